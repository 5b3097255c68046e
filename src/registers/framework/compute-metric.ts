import type { TMetricValue } from '../../contract/api/registers-api.js';
import { yearPeriod } from '../../core/indicator-progress.js';
import type { Executor } from '../../db/client.js';
import { readMetricAggregates, type MetricTotals } from './aggregate.repository.js';
import { isAggregated, type MetricDef, type MetricPeriod } from './define.js';
import { aggregateMetric, aggregateMetricByUnit, type MetricAggregate } from './metric.repository.js';

/** The period a metric covers for a year as of a date (domain rule: as of = end of that day, China time). */
export function metricPeriod(unitIds: readonly number[], year: number, asOf: string): MetricPeriod {
  const p = yearPeriod(year, asOf);
  return { unitIds: [...unitIds], year, start: p.start, end: p.end, empty: p.empty, asOf, elapsedMonths: p.elapsedMonths };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function metricValue(metric: MetricDef, agg: MetricAggregate, filter: Record<string, string> | null): TMetricValue {
  const value = metric.kind === 'count' ? agg.records : metric.kind === 'sum' ? agg.sum : agg.records === 0 ? null : round2((agg.numerator! / agg.records) * 100);
  return {
    metric: metric.key,
    name: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    description: metric.description,
    filter,
    value,
    numerator: metric.kind === 'rate' ? agg.numerator : null,
    denominator: metric.kind === 'rate' ? agg.records : null,
    recordCount: agg.records,
  };
}

/** One metric's value for a scope's units (`unitIds`), year and date, computed from the records: count, sum, or rate (in %) with numerator and denominator. */
export async function computeMetric(exec: Executor, metric: MetricDef, o: { unitIds: readonly number[]; year: number; asOf: string; filter: Record<string, string> | null }): Promise<TMetricValue> {
  const agg = await aggregateMetric(exec, metric, { unitIds: o.unitIds, period: metricPeriod(o.unitIds, o.year, o.asOf), filter: o.filter });
  return metricValue(metric, agg, o.filter);
}

/** A metric's value from its metric_daily totals (none: no record counted). */
function fromTotals(w: WantedMetric, t: MetricTotals | undefined): TMetricValue {
  const totals = t ?? { records: 0, numerator: 0, total: 0 };
  return metricValue(w.metric, { records: totals.records, numerator: w.metric.kind === 'rate' ? totals.numerator : null, sum: w.metric.kind === 'sum' ? totals.total : null }, w.filter);
}

export interface WantedMetric {
  metric: MetricDef;
  filter: Record<string, string> | null;
}

/** The (filter name, value) a filter is kept under in metric_daily: none, or one of the metric's filters; more than one is not kept. */
function aggregateFilter(w: WantedMetric): { filterName: string; filterValue: string } | null {
  const entries = Object.entries(w.filter ?? {});
  if (entries.length === 0) return { filterName: '', filterValue: '' };
  if (entries.length === 1 && w.metric.filters?.[entries[0]![0]] !== undefined) return { filterName: entries[0]![0], filterValue: entries[0]![1] };
  return null;
}

/**
 * Many metrics' values for some units' year as of a date: those kept in metric_daily in ONE query over
 * the daily aggregates (O(days × metrics), whatever the number of records), the others (own windows,
 * several filters) one aggregate each over their records. Same figures as `computeMetric`.
 */
export async function computeMetrics(exec: Executor, wanted: readonly WantedMetric[], o: { unitIds: readonly number[]; year: number; asOf: string }): Promise<TMetricValue[]> {
  const period = metricPeriod(o.unitIds, o.year, o.asOf);
  const fromAggregates = wanted.map((w) => (isAggregated(w.metric) ? aggregateFilter(w) : null));
  // the aggregates and the metrics computed from their records, side by side
  const [totals, live] = await Promise.all([
    period.empty
      ? new Map<string, MetricTotals>()
      : readMetricAggregates(exec, { unitIds: o.unitIds, year: o.year, end: period.end, wanted: wanted.flatMap((w, i) => (fromAggregates[i] ? [{ metric: w.metric.key, ...fromAggregates[i] }] : [])) }),
    Promise.all(wanted.map((w, i) => (fromAggregates[i] ? null : computeMetric(exec, w.metric, { ...o, filter: w.filter })))),
  ]);
  return wanted.map((w, i) => {
    const key = fromAggregates[i];
    return key ? fromTotals(w, totals.get(`${w.metric.key}|${key.filterName}|${key.filterValue}`)) : live[i]!;
  });
}

/**
 * The same figures for each unit on its own (a county's rollup: each unit's records, not its
 * sub-units'): the aggregated metrics of every unit in ONE query over metric_daily grouped by unit.
 */
export async function computeMetricsByUnit(exec: Executor, wanted: ReadonlyMap<number, readonly WantedMetric[]>, o: { year: number; asOf: string }): Promise<Map<number, TMetricValue[]>> {
  const period = metricPeriod([], o.year, o.asOf);
  const keyOf = (w: WantedMetric) => (isAggregated(w.metric) ? aggregateFilter(w) : null);
  const all = [...wanted.values()].flat();
  const totals = period.empty
    ? new Map()
    : await readMetricAggregates(exec, { unitIds: [...wanted.keys()], year: o.year, end: period.end, byUnit: true, wanted: all.flatMap((w) => { const k = keyOf(w); return k ? [{ metric: w.metric.key, ...k }] : []; }) });
  // metrics not kept in metric_daily: one query per (metric, filter) grouped by unit, over the units asking for it
  const live = new Map<string, { w: WantedMetric; units: number[] }>();
  for (const [unitId, list] of wanted)
    for (const w of list)
      if (!keyOf(w)) {
        const k = `${w.metric.key}|${JSON.stringify(w.filter)}`;
        const entry = live.get(k) ?? { w, units: [] };
        entry.units.push(unitId);
        live.set(k, entry);
      }
  const liveValues = new Map<string, Map<number, MetricAggregate>>();
  await Promise.all(
    [...live].map(async ([k, { w, units }]) => {
      liveValues.set(k, await aggregateMetricByUnit(exec, w.metric, { unitIds: units, period: metricPeriod(units, o.year, o.asOf), filter: w.filter }));
    }),
  );
  const none: MetricAggregate = { records: 0, numerator: 0, sum: 0 };
  const out = new Map<number, TMetricValue[]>();
  for (const [unitId, list] of wanted) {
    out.set(
      unitId,
      list.map((w) => {
        const key = keyOf(w);
        if (!key) {
          const a = liveValues.get(`${w.metric.key}|${JSON.stringify(w.filter)}`)?.get(unitId) ?? none;
          return metricValue(w.metric, { records: a.records, numerator: w.metric.kind === 'rate' ? a.numerator : null, sum: w.metric.kind === 'sum' ? a.sum : null }, w.filter);
        }
        return fromTotals(w, totals.get(`${unitId}|${w.metric.key}|${key.filterName}|${key.filterValue}`));
      }),
    );
  }
  return out;
}
