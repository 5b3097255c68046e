import { and, desc, eq } from 'drizzle-orm';
import type { TWorkflowState } from '../core/workflow.js';
import type { Executor } from '../db/client.js';
import { unitIdIs } from './unit-ids.js';
import { departmentGoals, evaluationReports, monitoringReports } from '../db/schema/index.js';

/** What a county's rollup reads for many units at once besides spending and indicators. */

/** The units among `unitIds` with a goal book (部门整体目标) for the year. */
export async function unitsWithGoalBook(exec: Executor, unitIds: readonly number[], year: number): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await exec
    .select({ unitId: departmentGoals.unitId })
    .from(departmentGoals)
    .where(and(unitIdIs(departmentGoals.unitId, unitIds), eq(departmentGoals.year, year)));
  return new Set(rows.map((r) => r.unitId));
}

/** Each unit's latest monitoring report of the year (its month and state) and its self-evaluation report's state. */
export async function reportStates(exec: Executor, unitIds: readonly number[], year: number): Promise<{ monitoring: Map<number, { month: number; state: TWorkflowState }>; evaluation: Map<number, TWorkflowState> }> {
  if (unitIds.length === 0) return { monitoring: new Map(), evaluation: new Map() };
  const [monitoring, evaluation] = await Promise.all([
    exec
      .selectDistinctOn([monitoringReports.unitId], { unitId: monitoringReports.unitId, month: monitoringReports.month, state: monitoringReports.state })
      .from(monitoringReports)
      .where(and(unitIdIs(monitoringReports.unitId, unitIds), eq(monitoringReports.year, year)))
      .orderBy(monitoringReports.unitId, desc(monitoringReports.month)),
    exec
      .select({ unitId: evaluationReports.unitId, state: evaluationReports.state })
      .from(evaluationReports)
      .where(and(unitIdIs(evaluationReports.unitId, unitIds), eq(evaluationReports.year, year))),
  ]);
  return { monitoring: new Map(monitoring.map((r) => [r.unitId, { month: r.month, state: r.state }])), evaluation: new Map(evaluation.map((r) => [r.unitId, r.state])) };
}
