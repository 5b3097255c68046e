import type { TUnitScope } from '../../core/access/scope.js';
import type { TMetricValue } from '../../contract/api/registers-api.js';
import { canonicalJson } from '../../core/canonical.js';
import { DomainError } from '../../core/errors.js';
import { yearPeriod } from '../../core/indicator-progress.js';
import type { TMetricStandard } from '../../core/metric-standard.js';
import { fenToYuan } from '../../core/money.js';
import type { TRegisterKind } from '../../core/register-kinds.js';
import { budgetInForce } from '../../core/spending/budget.js';
import { budgetControlRate, LEDGER_METRICS, type LedgerMetricDef } from '../../core/spending/ledger-metrics.js';
import type { Executor } from '../../db/client.js';
import { listBudgetRevisions, listLedgerProjects, paymentTotalsByProject, type BudgetRevisionRow, type LedgerProjectRow } from '../../repositories/spending.repository.js';
import { computeMetrics, computeMetricsByUnit } from '../../registers/framework/compute-metric.js';
import type { MetricDef } from '../../registers/framework/define.js';
import { METRICS } from '../../registers/registry.js';

/**
 * Every metric an indicator can be bound to, whatever it is computed from: the register metrics
 * (records of a 台账 sheet) and the ledger metrics (the spending ledger: `spending.budget-control`).
 * Binding, proposals, the progress board and the metric list all look metrics up here, so a ledger
 * metric is bound, proposed and shown exactly like a register metric.
 */
export interface CatalogMetric {
  key: string;
  name: string;
  kind: 'count' | 'rate' | 'sum';
  unit: string;
  description: string;
  filters?: Record<string, string> | undefined;
  lowerIsBetter?: boolean | undefined;
  standard?: TMetricStandard | undefined;
  source: 'register' | 'ledger';
  /** the register kind for a register metric (a 业务科室 binds only its own); null for the ledger (finance's) */
  registerKind: TRegisterKind | null;
  register: MetricDef | null;
}

const fromRegister = (m: MetricDef): CatalogMetric => ({ ...m, source: 'register', registerKind: m.sheet.kind, register: m });
const fromLedger = (m: LedgerMetricDef): CatalogMetric => ({ ...m, source: 'ledger', registerKind: null, register: null });

export const CATALOG: readonly CatalogMetric[] = [...METRICS.map(fromRegister), ...LEDGER_METRICS.map(fromLedger)];
const BY_KEY = new Map(CATALOG.map((m) => [m.key, m]));

export const findCatalogMetric = (key: string): CatalogMetric | undefined => BY_KEY.get(key);

export function requireCatalogMetric(key: string): CatalogMetric {
  const metric = BY_KEY.get(key);
  if (!metric) throw new DomainError('NOT_FOUND', { zh: `没有名为 ${key} 的取数口径；可用的有：${CATALOG.map((m) => m.key).join('、')}`, en: `No metric named ${key}` });
  return metric;
}

/** A computed metric; a ledger metric also gives the money behind its rate (元). */
export type TComputedMetric = TMetricValue;

/**
 * The key a computed (metric, filter) is kept under: the filter as canonical JSON. A rollup asks it for
 * every bound indicator of a province, so the usual filters (none, or one key) skip the general sort.
 */
export const metricKey = (metric: string, filter: Record<string, string> | null): string => {
  if (filter === null) return `${metric}|null`;
  const keys = Object.keys(filter);
  const only = keys.length === 1 ? filter[keys[0]!] : undefined;
  return typeof only === 'string' ? `${metric}|{${JSON.stringify(keys[0])}:${JSON.stringify(only)}}` : `${metric}|${canonicalJson(filter)}`;
};

/**
 * The values of the wanted (metric, filter) pairs for a unit's year as of a date: the register
 * metrics together one query over the daily aggregates (metric_daily); the ledger metrics together three queries (projects, payment totals,
 * budget revisions), however many projects are asked for. Register metrics count every unit of the
 * scope; the ledger is the root unit's own (its projects' budgets and payments).
 */
export async function computeMetricValues(exec: Executor, o: { scope: Pick<TUnitScope, 'rootUnit' | 'unitIds'>; year: number; asOf: string; wanted: Array<{ metric: string; filter: Record<string, string> | null }> }): Promise<Map<string, TComputedMetric>> {
  const out = new Map<string, TComputedMetric>();
  const distinct = new Map(o.wanted.filter((w) => BY_KEY.has(w.metric)).map((w) => [metricKey(w.metric, w.filter), w]));
  const ledger = [...distinct.entries()].filter(([, w]) => BY_KEY.get(w.metric)!.source === 'ledger');
  const registerWanted = [...distinct.entries()].filter(([, w]) => BY_KEY.get(w.metric)!.source === 'register');
  await Promise.all([
    (async () => {
      // every register metric from the daily aggregates in one query (metrics with windows of their own from their records)
      const values = await computeMetrics(exec, registerWanted.map(([, w]) => ({ metric: BY_KEY.get(w.metric)!.register!, filter: w.filter })), { unitIds: o.scope.unitIds, year: o.year, asOf: o.asOf });
      registerWanted.forEach(([key], i) => out.set(key, values[i]!));
    })(),
    (async () => {
      if (ledger.length === 0) return;
      for (const [key, value] of await computeLedger(exec, o.scope.rootUnit.id, o.year, o.asOf, ledger)) out.set(key, value);
    })(),
  ]);
  return out;
}

/** What the ledger metrics of a unit's year are computed from: its projects, payment totals to date per project and budget revisions. */
export interface LedgerInputs {
  projects: readonly LedgerProjectRow[];
  totals: ReadonlyMap<number, { fen: number; count: number }>;
  revisions: readonly BudgetRevisionRow[];
}

async function computeLedger(exec: Executor, unitId: number, year: number, asOf: string, wanted: Array<[string, { metric: string; filter: Record<string, string> | null }]>): Promise<Map<string, TComputedMetric>> {
  const [projects, totals, revisions] = await Promise.all([listLedgerProjects(exec, unitId, year), paymentTotalsByProject(exec, unitId, year, asOf), listBudgetRevisions(exec, unitId, year)]);
  return ledgerValues({ projects, totals, revisions }, year, asOf, wanted);
}

function ledgerValues(inputs: LedgerInputs, year: number, asOf: string, wanted: Array<[string, { metric: string; filter: Record<string, string> | null }]>): Map<string, TComputedMetric> {
  const { projects, totals, revisions } = inputs;
  const empty = yearPeriod(year, asOf).empty;
  const out = new Map<string, TComputedMetric>();
  for (const [key, w] of wanted) {
    const metric = BY_KEY.get(w.metric)!;
    const code = w.filter?.project;
    const chosen = code === undefined ? projects : projects.filter((p) => p.code === code);
    let budgetFen = 0;
    let spentFen = 0;
    let count = 0;
    for (const p of chosen) {
      budgetFen += budgetInForce(p.budgetTotalFen, revisions.filter((r) => r.projectId === p.id), asOf);
      if (!empty) {
        spentFen += totals.get(p.id)?.fen ?? 0;
        count += totals.get(p.id)?.count ?? 0;
      }
    }
    out.set(key, {
      metric: metric.key,
      name: metric.name,
      kind: metric.kind,
      unit: metric.unit,
      description: metric.description,
      filter: w.filter,
      value: chosen.length === 0 ? null : budgetControlRate(spentFen, budgetFen),
      numerator: null,
      denominator: null,
      recordCount: count,
      ledger: { spent: fenToYuan(spentFen), budget: fenToYuan(budgetFen) },
    });
  }
  return out;
}

/**
 * The metric values of many units' boards at once (a county's rollup): every unit's register metrics
 * from metric_daily in one query grouped by unit (each unit's own records), the ledger metrics from
 * the spending inputs the caller already read for all of them. Same values as `computeMetricValues`
 * for a unit on its own.
 */
export async function computeMetricValuesByUnit(
  exec: Executor,
  o: { year: number; asOf: string; units: ReadonlyMap<number, { wanted: Array<{ metric: string; filter: Record<string, string> | null }>; ledger: LedgerInputs }> },
): Promise<Map<number, Map<string, TComputedMetric>>> {
  const registerWanted = new Map<number, Array<[string, { metric: string; filter: Record<string, string> | null }]>>();
  const out = new Map<number, Map<string, TComputedMetric>>();
  for (const [unitId, u] of o.units) {
    const distinct = [...new Map(u.wanted.filter((w) => BY_KEY.has(w.metric)).map((w) => [metricKey(w.metric, w.filter), w])).entries()];
    registerWanted.set(unitId, distinct.filter(([, w]) => BY_KEY.get(w.metric)!.source === 'register'));
    out.set(unitId, ledgerValues(u.ledger, o.year, o.asOf, distinct.filter(([, w]) => BY_KEY.get(w.metric)!.source === 'ledger')));
  }
  const values = await computeMetricsByUnit(exec, new Map([...registerWanted].map(([unitId, list]) => [unitId, list.map(([, w]) => ({ metric: BY_KEY.get(w.metric)!.register!, filter: w.filter }))])), { year: o.year, asOf: o.asOf });
  for (const [unitId, list] of registerWanted) list.forEach(([key], i) => out.get(unitId)!.set(key, values.get(unitId)![i]!));
  return out;
}

/** Every metric of the catalog, unfiltered, for a unit's year as of a date (the list offered for binding). */
export async function listMetricValues(o: { db: Executor; scope: TUnitScope; year: number; asOf: string }): Promise<TComputedMetric[]> {
  const values = await computeMetricValues(o.db, { scope: o.scope, year: o.year, asOf: o.asOf, wanted: CATALOG.map((m) => ({ metric: m.key, filter: null })) });
  return CATALOG.map((m) => values.get(metricKey(m.key, null))!);
}
