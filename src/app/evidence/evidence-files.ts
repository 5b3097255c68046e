import type { TUnitScope, TUnitNode } from '../../core/access/scope.js';
import { createHash } from 'node:crypto';
import type { TEvidenceFile } from '../../contract/api/registers-api.js';
import type { TAccessSubject } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import { detectEvidenceType, evidenceProblem } from '../../core/evidence.js';
import type { Db, Executor } from '../../db/client.js';
import { findEvidenceFile, insertEvidenceFile, listEvidenceFiles, type EvidenceFileMeta } from '../../repositories/evidence.repository.js';
import type { TEvidenceOwnerKind } from '../../db/schema/index.js';
import { findIndicatorValue, findIndicatorWithProject } from '../../repositories/indicator-tracking.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { moveValue } from '../indicators/indicator-values.js';

/**
 * Evidence (佐证材料) attached to a manual value or an assessment: checked by its bytes (type by
 * magic numbers, at most 20 MB), stored in the database with its SHA-256, every upload audited. Only
 * the value's author attaches, while the value may still be changed (draft or returned — the
 * workflow's `edit` move); whoever may read the indicator lists and downloads. The table is owned by
 * kind and id (`owner_kind`, `owner_id`), so a report line can carry evidence the same way.
 */

export function evidenceView(row: EvidenceFileMeta): TEvidenceFile {
  return {
    id: row.id,
    ownerKind: row.ownerKind,
    ownerId: row.ownerId,
    indicatorId: row.indicatorId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

async function valueOfYear(db: Executor, unit: TUnitNode, year: number, valueId: number, forUpdate: boolean) {
  const value = await findIndicatorValue(db, unit.id, valueId, { forUpdate });
  const indicator = value ? await findIndicatorWithProject(db, unit.id, value.indicatorId) : undefined;
  if (!value || !indicator || indicator.indicator.year !== year) throw new DomainError('NOT_FOUND', { zh: `${year}年度没有编号为 ${valueId} 的指标完成值`, en: `No indicator value ${valueId} in ${year}` });
  return value;
}

/** An upload checked by its bytes (type by magic numbers, size), with its name and SHA-256; refused with a located error. */
export function checkedUpload(file: { fileName: string; bytes: Uint8Array }): { fileName: string; mediaType: string; sha256: string; bytes: Uint8Array } {
  const fileName = file.fileName.trim().slice(0, 200) || '佐证材料';
  const problem = evidenceProblem(file.bytes, fileName);
  if (problem) throw new DomainError(problem.code, problem.message);
  const type = detectEvidenceType(file.bytes, fileName)!;
  return { fileName, mediaType: type.mediaType, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes };
}

/** Store a checked upload for its owner and audit it (`evidence.upload`), inside the caller's transaction. */
export async function storeEvidence(
  tx: Executor,
  o: { unitId: number; actor: Actor; owner: { kind: TEvidenceOwnerKind; id: string }; indicatorId: number; file: ReturnType<typeof checkedUpload>; audit?: Record<string, unknown> },
): Promise<TEvidenceFile> {
  const { fileName, mediaType, sha256, bytes } = o.file;
  const row = await insertEvidenceFile(tx, {
    unitId: o.unitId,
    ownerKind: o.owner.kind,
    ownerId: o.owner.id,
    indicatorId: o.indicatorId,
    fileName,
    mediaType,
    size: bytes.length,
    sha256,
    content: bytes,
    uploadedBy: o.actor.userId,
    uploadedByName: o.actor.name,
  });
  await recordAudit(tx, {
    actor: o.actor,
    unitId: o.unitId,
    action: 'evidence.upload',
    entity: 'evidence_file',
    entityId: String(row.id),
    after: { owner: o.owner, indicatorId: o.indicatorId, ...o.audit, fileName, mediaType, size: row.size, sha256 },
  });
  return evidenceView(row);
}

export async function attachEvidenceToValue(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject?: TAccessSubject | null; valueId: number; file: { fileName: string; bytes: Uint8Array } }): Promise<TEvidenceFile> {
  const file = checkedUpload(o.file);
  return o.db.transaction(async (tx) => {
    const value = await valueOfYear(tx, o.scope.rootUnit, o.year, o.valueId, true);
    // attaching changes what will be approved: only its author, while it may still be edited
    moveValue(value, 'edit', o.actor, o.subject);
    // the audit names the owner as before: { kind, id } with the value's numeric id
    return storeEvidence(tx, { unitId: o.scope.rootUnit.id, actor: o.actor, owner: { kind: 'indicator_value', id: String(value.id) }, indicatorId: value.indicatorId, file, audit: { owner: { kind: 'indicator_value', id: value.id } } });
  });
}

export async function listEvidenceOfValue(o: { db: Db; scope: TUnitScope; year: number; valueId: number }): Promise<TEvidenceFile[]> {
  await valueOfYear(o.db, o.scope.rootUnit, o.year, o.valueId, false);
  return (await listEvidenceFiles(o.db, o.scope.rootUnit.id, 'indicator_value', String(o.valueId))).map(evidenceView);
}

/** A file's bytes for download, with its name and type; only the unit's own files. */
export async function readEvidenceFile(o: { db: Db; scope: TUnitScope; fileId: number }): Promise<{ fileName: string; mediaType: string; bytes: Buffer; sha256: string }> {
  const row = await findEvidenceFile(o.db, o.scope.rootUnit.id, o.fileId);
  // a report line's files are read through the report's own routes, by those who may read the report
  if (!row || row.ownerKind !== 'indicator_value') throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.fileId} 的佐证材料`, en: `No evidence file ${o.fileId}` });
  return { fileName: row.fileName, mediaType: row.mediaType, bytes: Buffer.from(row.content), sha256: row.sha256 };
}
