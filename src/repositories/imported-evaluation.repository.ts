import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { importedEvaluations } from '../db/schema/evaluation.js';
import { units } from '../db/schema/units.js';

export type ImportedEvaluationRow = typeof importedEvaluations.$inferSelect;

export async function findImportedEvaluation(exec: Executor, unitId: number, year: number): Promise<ImportedEvaluationRow | undefined> {
  const [row] = await exec.select().from(importedEvaluations).where(and(eq(importedEvaluations.unitId, unitId), eq(importedEvaluations.year, year)));
  return row;
}

/** The unit-year's imported evaluation, replaced when imported again. */
export async function upsertImportedEvaluation(exec: Executor, v: { unitId: number; year: number; content: unknown; sourceName: string; importedByName: string }): Promise<void> {
  await exec
    .insert(importedEvaluations)
    .values(v)
    .onConflictDoUpdate({
      target: [importedEvaluations.unitId, importedEvaluations.year],
      set: { content: v.content, sourceName: v.sourceName, importedByName: v.importedByName, importedAt: new Date() },
    });
}

/** Units with exactly this name (a self-evaluation may name its unit without a code). */
export async function findUnitsByName(exec: Executor, name: string) {
  return exec.select().from(units).where(eq(units.name, name));
}
