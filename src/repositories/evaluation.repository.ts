import { and, asc, eq, sql } from 'drizzle-orm';
import type { TScoringScheme } from '../contract/scoring-scheme.js';
import type { Executor } from '../db/client.js';
import { evaluationComments, evaluationLines, evaluationProjectNotes, evaluationReports, evaluationSchemes } from '../db/schema/evaluation.js';
import { units } from '../db/schema/units.js';

export type EvaluationReportRow = typeof evaluationReports.$inferSelect;
export type EvaluationLineRow = typeof evaluationLines.$inferSelect;

export async function findScheme(exec: Executor, unitId: number, year: number): Promise<TScoringScheme | null> {
  const [row] = await exec.select().from(evaluationSchemes).where(and(eq(evaluationSchemes.unitId, unitId), eq(evaluationSchemes.year, year)));
  return row?.scheme ?? null;
}

export async function upsertScheme(exec: Executor, unitId: number, year: number, scheme: TScoringScheme, byName: string): Promise<void> {
  await exec
    .insert(evaluationSchemes)
    .values({ unitId, year, scheme, updatedByName: byName })
    .onConflictDoUpdate({ target: [evaluationSchemes.unitId, evaluationSchemes.year], set: { scheme, updatedByName: byName, updatedAt: new Date() } });
}

export async function findReport(exec: Executor, unitId: number, year: number, options: { forUpdate?: boolean } = {}): Promise<EvaluationReportRow | undefined> {
  const query = exec.select().from(evaluationReports).where(and(eq(evaluationReports.unitId, unitId), eq(evaluationReports.year, year)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The unit-year's report, created as a draft on first use. */
export async function ensureReport(exec: Executor, unitId: number, year: number): Promise<EvaluationReportRow> {
  await exec.insert(evaluationReports).values({ unitId, year, state: 'draft' }).onConflictDoNothing();
  return (await findReport(exec, unitId, year, { forUpdate: true }))!;
}

export async function updateReport(exec: Executor, id: number, values: Partial<typeof evaluationReports.$inferInsert>): Promise<void> {
  await exec.update(evaluationReports).set(values).where(eq(evaluationReports.id, id));
}

export async function upsertLine(exec: Executor, values: typeof evaluationLines.$inferInsert): Promise<void> {
  const { signedScore, signReason, bandScore, deviation, updatedByName } = values;
  await exec
    .insert(evaluationLines)
    .values(values)
    .onConflictDoUpdate({ target: [evaluationLines.reportId, evaluationLines.indicatorId], set: { signedScore, signReason, bandScore, deviation, updatedByName, updatedAt: new Date() } });
}

export async function upsertProjectNote(exec: Executor, values: typeof evaluationProjectNotes.$inferInsert): Promise<void> {
  await exec
    .insert(evaluationProjectNotes)
    .values(values)
    .onConflictDoUpdate({ target: [evaluationProjectNotes.reportId, evaluationProjectNotes.projectCode], set: { actualResults: values.actualResults, updatedByName: values.updatedByName, updatedAt: new Date() } });
}

export async function listComments(exec: Executor, reportId: number) {
  return exec.select().from(evaluationComments).where(eq(evaluationComments.reportId, reportId)).orderBy(asc(evaluationComments.id));
}

export async function insertComment(exec: Executor, values: typeof evaluationComments.$inferInsert): Promise<void> {
  await exec.insert(evaluationComments).values(values);
}

export interface StoredLine {
  indicatorId: number;
  signedScore: number | null;
  signReason: string | null;
  bandScore: number | null;
  deviation: string | null;
}

/**
 * What a unit-year's self-evaluation holds beside its inputs, in one statement: the report (if any),
 * the stored scheme (if any), the report's lines and its projects' 实际完成情况.
 */
export async function findEvaluationState(
  exec: Executor,
  unitId: number,
  year: number,
): Promise<{ report: EvaluationReportRow | null; scheme: TScoringScheme | null; lines: StoredLine[]; notes: { projectCode: string; actualResults: string }[] }> {
  const [row] = await exec
    .select({
      report: evaluationReports,
      scheme: sql<TScoringScheme | null>`(select ${evaluationSchemes.scheme} from ${evaluationSchemes} where ${evaluationSchemes.unitId} = ${unitId} and ${evaluationSchemes.year} = ${year})`,
      lines: sql<StoredLine[] | null>`(select json_agg(json_build_object('indicatorId', l.indicator_id, 'signedScore', l.signed_score, 'signReason', l.sign_reason, 'bandScore', l.band_score, 'deviation', l.deviation)) from evaluation_line l where l.report_id = ${evaluationReports.id})`,
      notes: sql<{ projectCode: string; actualResults: string }[] | null>`(select json_agg(json_build_object('projectCode', n.project_code, 'actualResults', n.actual_results)) from evaluation_project_note n where n.report_id = ${evaluationReports.id})`,
    })
    .from(units)
    .leftJoin(evaluationReports, and(eq(evaluationReports.unitId, units.id), eq(evaluationReports.year, year)))
    .where(eq(units.id, unitId));
  return { report: row?.report ?? null, scheme: row?.scheme ?? null, lines: row?.lines ?? [], notes: row?.notes ?? [] };
}
