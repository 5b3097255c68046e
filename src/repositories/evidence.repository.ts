import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { evidenceFiles, type TEvidenceOwnerKind } from '../db/schema/index.js';

/** Storage of evidence files (佐证材料): bytes in the database, listed without them. */

export type EvidenceFileRow = typeof evidenceFiles.$inferSelect;
export type EvidenceFileMeta = Omit<EvidenceFileRow, 'content'>;

const META = {
  id: evidenceFiles.id,
  unitId: evidenceFiles.unitId,
  ownerKind: evidenceFiles.ownerKind,
  ownerId: evidenceFiles.ownerId,
  indicatorId: evidenceFiles.indicatorId,
  fileName: evidenceFiles.fileName,
  mediaType: evidenceFiles.mediaType,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedByName: evidenceFiles.uploadedByName,
  uploadedAt: evidenceFiles.uploadedAt,
};

export async function insertEvidenceFile(exec: Executor, values: Omit<typeof evidenceFiles.$inferInsert, 'id'>): Promise<EvidenceFileMeta> {
  const [row] = await exec.insert(evidenceFiles).values(values).returning(META);
  return row!;
}

export async function listEvidenceFiles(exec: Executor, unitId: number, ownerKind: TEvidenceOwnerKind, ownerId: string): Promise<EvidenceFileMeta[]> {
  return exec
    .select(META)
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.unitId, unitId), eq(evidenceFiles.ownerKind, ownerKind), eq(evidenceFiles.ownerId, ownerId)))
    .orderBy(asc(evidenceFiles.id));
}

export async function findEvidenceFile(exec: Executor, unitId: number, id: number): Promise<EvidenceFileRow | undefined> {
  const [row] = await exec.select().from(evidenceFiles).where(and(eq(evidenceFiles.unitId, unitId), eq(evidenceFiles.id, id)));
  return row;
}

/** The files of every owner whose id starts with `prefix` (a report's lines: `reportId/`; digits and a slash, nothing to escape), oldest first. */
export async function listEvidenceFilesByPrefix(exec: Executor, unitId: number, ownerKind: TEvidenceOwnerKind, prefix: string): Promise<EvidenceFileMeta[]> {
  return exec
    .select(META)
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.unitId, unitId), eq(evidenceFiles.ownerKind, ownerKind), like(evidenceFiles.ownerId, `${prefix}%`)))
    .orderBy(asc(evidenceFiles.id));
}

export async function findEvidenceMeta(exec: Executor, unitId: number, id: number): Promise<EvidenceFileMeta | undefined> {
  const [row] = await exec.select(META).from(evidenceFiles).where(and(eq(evidenceFiles.unitId, unitId), eq(evidenceFiles.id, id)));
  return row;
}

export async function deleteEvidenceFile(exec: Executor, unitId: number, id: number): Promise<void> {
  await exec.delete(evidenceFiles).where(and(eq(evidenceFiles.unitId, unitId), eq(evidenceFiles.id, id)));
}
