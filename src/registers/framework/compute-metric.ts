import type { TMetricValue } from '../../contract/api/registers-api.js';
import { yearPeriod } from '../../core/indicator-progress.js';
import type { Executor } from '../../db/client.js';
import type { MetricDef, MetricPeriod } from './define.js';
import { aggregateMetric } from './metric.repository.js';

/** The period a metric covers for a year as of a date (domain rule: as of = end of that day, China time). */
export function metricPeriod(unitIds: readonly number[], year: number, asOf: string): MetricPeriod {
  const p = yearPeriod(year, asOf);
  return { unitIds: [...unitIds], year, start: p.start, end: p.end, empty: p.empty, asOf, elapsedMonths: p.elapsedMonths };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One metric's value for a scope's units (`unitIds`), year and date: count, sum, or rate (in %) with numerator and denominator. */
export async function computeMetric(exec: Executor, metric: MetricDef, o: { unitIds: readonly number[]; year: number; asOf: string; filter: Record<string, string> | null }): Promise<TMetricValue> {
  const agg = await aggregateMetric(exec, metric, { unitIds: o.unitIds, period: metricPeriod(o.unitIds, o.year, o.asOf), filter: o.filter });
  const value = metric.kind === 'count' ? agg.records : metric.kind === 'sum' ? agg.sum : agg.records === 0 ? null : round2((agg.numerator! / agg.records) * 100);
  return {
    metric: metric.key,
    name: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    description: metric.description,
    filter: o.filter,
    value,
    numerator: metric.kind === 'rate' ? agg.numerator : null,
    denominator: metric.kind === 'rate' ? agg.records : null,
    recordCount: agg.records,
  };
}
