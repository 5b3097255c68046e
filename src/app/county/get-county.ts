import type { TCountyUnit, TCountyView } from '../../contract/api/county-api.js';
import { readableUnitIds, type TAccessSubject } from '../../core/access/scope.js';
import { rollUpExecution } from '../../core/spending/execution.js';
import { DEFAULT_SPENDING_SETTINGS } from '../../contract/api/spending-api.js';
import type { Executor } from '../../db/client.js';
import { paymentTotalsFromDaily } from '../../repositories/aggregate.repository.js';
import { reportStates, unitsWithGoalBook } from '../../repositories/county.repository.js';
import { listReviewSummaries, type ReviewSummaryRow } from '../../repositories/review.repository.js';
import { latestApprovedValues, listRollupIndicators } from '../../repositories/indicator-tracking.repository.js';
import { getUnitSettings, listBudgetRevisions, listLedgerProjects } from '../../repositories/spending.repository.js';
import { loadUnitTree } from '../../repositories/unit.repository.js';
import { rollupLights } from '../indicators/get-indicator-progress.js';
import { computeMetricValuesByUnit } from '../indicators/metric-catalog.js';
import { executionFigures } from '../spending/get-spending.js';
import { SPENDING_SETTINGS_KEY, spendingSettingsOf } from '../spending/spending-settings.js';
import { resolveScope } from '../units/resolve-scope.js';

const groupBy = <T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> => {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
};

const reviewOf = (r: ReviewSummaryRow | undefined) => (r ? { findings: r.findings, errors: r.errors, warnings: r.warnings, suggestions: r.suggestions } : null);

const countBy = (values: readonly string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

/**
 * 汇总看板: every unit of the reader's data scope (or under `unitCode`) with a goal book for the year —
 * its spending view's total (budget in force, spent, execution rate, the plan step, the light), its
 * progress board's lights, the state of its monitoring and self-evaluation reports and the count of
 * its goal book's review findings (kept per revision in review_summary: one row per unit, no review run here). The same
 * figures as each unit's own spending view and board (both are assembled by the same functions from
 * the same rows), read for all units at once: a fixed number of statements whatever the number of
 * units — spending from payment_daily, register metrics from metric_daily. Each unit's figures count
 * its own records and payments (not its sub-units').
 */
export async function getCounty(o: { db: Executor; subject: TAccessSubject | null; year: number; asOf: string; unitCode?: string | undefined }): Promise<TCountyView> {
  const tree = await loadUnitTree(o.db);
  const scope = o.unitCode ? await resolveScope({ db: o.db, subject: o.subject, unitCode: o.unitCode, tree }) : null;
  const candidates = scope ? scope.unitIds : [...readableUnitIds(o.subject, tree)];
  const withBook = await unitsWithGoalBook(o.db, candidates, o.year);
  const ids = candidates.filter((id) => withBook.has(id));
  const [projects, revisions, totals, settings, indicators, approved, reports, reviews] = await Promise.all([
    listLedgerProjects(o.db, ids, o.year),
    listBudgetRevisions(o.db, ids, o.year),
    paymentTotalsFromDaily(o.db, ids, o.year, o.asOf),
    getUnitSettings(o.db, ids, SPENDING_SETTINGS_KEY),
    listRollupIndicators(o.db, ids, o.year, o.asOf),
    latestApprovedValues(o.db, ids, o.year, o.asOf),
    reportStates(o.db, ids, o.year),
    listReviewSummaries(o.db, ids, o.year),
  ]);
  const projectsOf = groupBy(projects, (p) => p.unitId);
  const revisionsOf = groupBy(revisions, (r) => r.unitId);
  const litOf = groupBy(indicators.lit, (r) => r.unitId);
  const approvedOf = new Map(approved.map((v) => [v.indicatorId, v]));
  const ledgerOf = (id: number) => ({ projects: projectsOf.get(id) ?? [], revisions: revisionsOf.get(id) ?? [], totals });
  const values = await computeMetricValuesByUnit(o.db, {
    year: o.year,
    asOf: o.asOf,
    units: new Map(ids.map((id) => [id, { wanted: (litOf.get(id) ?? []).flatMap((r) => (r.metric === null ? [] : [{ metric: r.metric, filter: r.filter }])), ledger: ledgerOf(id) }])),
  });
  const byId = new Map(tree.map((u) => [u.id, u]));
  // most units keep the default settings: made once, only read here
  const defaults = spendingSettingsOf(undefined);
  const unitFigures = ids.map((id) => {
    const unit = byId.get(id)!;
    const spending = executionFigures({
      year: o.year,
      asOf: o.asOf,
      settings: settings.has(id) ? spendingSettingsOf(settings.get(id)) : defaults,
      projects: projectsOf.get(id) ?? [],
      revisions: revisionsOf.get(id) ?? [],
      spent: new Map((projectsOf.get(id) ?? []).map((p) => [p.id, totals.get(p.id)?.fen ?? 0])),
    }).total;
    const count = indicators.counts.get(id) ?? 0;
    const lights = rollupLights({ year: o.year, asOf: o.asOf, indicators: count, lit: litOf.get(id) ?? [], approved: approvedOf, values: values.get(id)! });
    const monitoring = reports.monitoring.get(id);
    const row: TCountyUnit = {
      code: unit.code,
      name: unit.name,
      parentCode: unit.parentId === null ? null : (byId.get(unit.parentId)?.code ?? null),
      budget: spending.budget,
      spent: spending.spent,
      executionRate: spending.executionRate,
      planPercent: spending.plannedPercent,
      gapPoints: spending.gapPoints,
      light: spending.light,
      indicators: count,
      lights,
      reports: { monitoring: monitoring?.state ?? 'not-started', monitoringMonth: monitoring?.month ?? null, evaluation: reports.evaluation.get(id) ?? 'not-started' },
      review: reviewOf(reviews.get(id)),
    };
    return { row, spending };
  });
  unitFigures.sort((a, b) => a.row.code.localeCompare(b.row.code));
  const total = rollUpExecution(
    unitFigures.map((u) => u.spending),
    DEFAULT_SPENDING_SETTINGS.lightThresholds,
  );
  const lights = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  for (const { row } of unitFigures) for (const k of Object.keys(lights) as Array<keyof typeof lights>) lights[k] += row.lights[k];
  const review = { findings: 0, errors: 0, warnings: 0, suggestions: 0 };
  for (const { row } of unitFigures) for (const k of Object.keys(review) as Array<keyof typeof review>) review[k] += row.review?.[k] ?? 0;
  return {
    year: o.year,
    asOf: o.asOf,
    parent: scope ? { code: scope.rootUnit.code, name: scope.rootUnit.name } : null,
    units: unitFigures.map((u) => u.row),
    totals: {
      units: unitFigures.length,
      budget: total.budget,
      spent: total.spent,
      executionRate: total.executionRate,
      planPercent: total.plannedPercent,
      lights,
      review,
      reports: { monitoring: countBy(unitFigures.map((u) => u.row.reports.monitoring)), evaluation: countBy(unitFigures.map((u) => u.row.reports.evaluation)) },
    },
  };
}
