import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { columnsOf, type MetricDef, type MetricPeriod } from './define.js';
import { selectRecords, type StoredRow } from './record.repository.js';

/**
 * One SQL aggregate per metric over its sheet, scoped by unit_id = any(the scope's unitIds) and the period (the business date
 * within [year-01-01, min(asOf, year-12-31)] unless the metric declares its own window), and the same
 * conditions again to list the records behind the figure. Voided records (作废) count nowhere: the
 * condition is here, in the one place every figure, drill-down and unlisted count builds its SQL.
 */

export interface MetricScope {
  unitIds: readonly number[];
  period: MetricPeriod;
  filter: Record<string, string> | null;
}

export function metricWhere(metric: MetricDef, scope: MetricScope): SQL {
  const c = columnsOf(metric.sheet);
  const p = scope.period;
  const parts: SQL[] = [inArray(c.unitId!, [...scope.unitIds]), isNull(c.voidedAt!), metric.window ? metric.window(c, p) : sql`${c[metric.sheet.dateKey]!} between ${p.start} and ${p.end}`];
  if (metric.where) parts.push(metric.where(c, p));
  for (const [name, value] of Object.entries(scope.filter ?? {})) {
    const key = metric.filters?.[name];
    const f = key ? metric.sheet.fields.find((x) => x.key === key) : undefined;
    if (!f) throw new Error(`metric ${metric.key} has no filter ${name}`);
    parts.push(eq(c[f.column]!, value));
  }
  return and(...parts)!;
}

const sumColumn = (metric: MetricDef) => columnsOf(metric.sheet)[metric.sheet.fields.find((f) => f.key === metric.sumKey)!.column]!;

export interface MetricAggregate {
  /** records counted (count, sum) or in the denominator (rate) */
  records: number;
  numerator: number | null;
  sum: number | null;
}

export async function aggregateMetric(exec: Executor, metric: MetricDef, scope: MetricScope): Promise<MetricAggregate> {
  // as of a date before the year nothing counts; a metric's own window (a term overlapping the period)
  // would still match the reversed bounds, so the empty period is never queried
  if (scope.period.empty) return { records: 0, numerator: metric.kind === 'rate' ? 0 : null, sum: metric.kind === 'sum' ? 0 : null };
  const c = columnsOf(metric.sheet);
  const selection: Record<string, SQL> = { records: sql<number>`count(*)::int` };
  if (metric.kind === 'rate') selection.numerator = sql<number>`(count(*) filter (where ${metric.numerator!(c, scope.period)}))::int`;
  if (metric.kind === 'sum') selection.sum = sql<number>`coalesce(sum(${sumColumn(metric)}), 0)::float8`;
  const [row] = (await exec
    .select(selection as never)
    .from(metric.sheet.table)
    .where(metricWhere(metric, scope))) as Array<{ records: number; numerator?: number; sum?: number }>;
  return { records: Number(row?.records ?? 0), numerator: metric.kind === 'rate' ? Number(row?.numerator ?? 0) : null, sum: metric.kind === 'sum' ? Number(row?.sum ?? 0) : null };
}

/** `aggregateMetric` for each unit of the scope on its own (a county's rollup): one query grouped by unit. */
export async function aggregateMetricByUnit(exec: Executor, metric: MetricDef, scope: MetricScope): Promise<Map<number, MetricAggregate>> {
  const out = new Map<number, MetricAggregate>();
  if (scope.period.empty) return out;
  const c = columnsOf(metric.sheet);
  const selection: Record<string, SQL | AnyPgColumn> = { unitId: c.unitId!, records: sql<number>`count(*)::int` };
  if (metric.kind === 'rate') selection.numerator = sql<number>`(count(*) filter (where ${metric.numerator!(c, scope.period)}))::int`;
  if (metric.kind === 'sum') selection.sum = sql<number>`coalesce(sum(${sumColumn(metric)}), 0)::float8`;
  const rows = (await exec
    .select(selection as never)
    .from(metric.sheet.table)
    .where(metricWhere(metric, scope))
    .groupBy(c.unitId!)) as Array<{ unitId: number; records: number; numerator?: number; sum?: number }>;
  for (const row of rows) out.set(Number(row.unitId), { records: Number(row.records), numerator: metric.kind === 'rate' ? Number(row.numerator ?? 0) : null, sum: metric.kind === 'sum' ? Number(row.sum ?? 0) : null });
  return out;
}

/**
 * Which of the records behind a figure a reader gets listed: a 司法所 reader only its office's
 * (`office`), and sealed records (社区矫正法 Art.54) left out for readers who may not see them — both
 * in the SQL, so nothing outside the reader's scope is read, let alone decrypted.
 */
export interface DrillScope {
  office: string | null;
  excludeSealed: boolean;
}

const EVERY_RECORD: DrillScope = { office: null, excludeSealed: false };

function drillScopeWhere(metric: MetricDef, s: DrillScope): SQL[] {
  const c = columnsOf(metric.sheet);
  const parts: SQL[] = [];
  if (s.office !== null) parts.push(eq(c.office!, s.office));
  if (s.excludeSealed && metric.sheet.sealedKey) parts.push(sql`${c[metric.sheet.sealedKey]!} is not true`);
  return parts;
}

export interface UnlistedCounts {
  /** records of other offices (a 司法所 reader) */
  hidden: number;
  /** sealed records in the reader's office scope it may not see: counted, never listed */
  sealed: number;
  /** of those, in a rate's numerator (null for counts and sums) */
  sealedInNumerator: number | null;
}

/** The records behind a figure the reader does not get listed, counted with one count(*) over the same conditions. */
export async function countUnlisted(exec: Executor, metric: MetricDef, scope: MetricScope, s: DrillScope): Promise<UnlistedCounts> {
  const sealedKey = s.excludeSealed ? metric.sheet.sealedKey : undefined;
  const none: UnlistedCounts = { hidden: 0, sealed: 0, sealedInNumerator: metric.kind === 'rate' ? 0 : null };
  if (scope.period.empty || (s.office === null && sealedKey === undefined)) return none;
  const c = columnsOf(metric.sheet);
  const zero = sql<number>`0`;
  const inOffice = s.office === null ? sql`true` : sql`${c.office!} = ${s.office}`;
  const sealed = sealedKey ? sql`${inOffice} and ${c[sealedKey]!} is true` : null;
  const [row] = (await exec
    .select({
      hidden: s.office === null ? zero : sql<number>`(count(*) filter (where ${c.office!} is distinct from ${s.office}))::int`,
      sealed: sealed ? sql<number>`(count(*) filter (where ${sealed}))::int` : zero,
      sealedInNumerator: sealed && metric.kind === 'rate' ? sql<number>`(count(*) filter (where ${sealed} and (${metric.numerator!(c, scope.period)})))::int` : zero,
    })
    .from(metric.sheet.table)
    .where(metricWhere(metric, scope))) as Array<{ hidden: number; sealed: number; sealedInNumerator: number }>;
  return { hidden: Number(row?.hidden ?? 0), sealed: Number(row?.sealed ?? 0), sealedInNumerator: metric.kind === 'rate' ? Number(row?.sealedInNumerator ?? 0) : null };
}

/**
 * The records behind a metric's figure in business-date order, within the reader's scope, one page of
 * them (limit null: all); for a rate each says whether it is in the numerator.
 */
export async function drillMetric(
  exec: Executor,
  metric: MetricDef,
  scope: MetricScope,
  o: DrillScope & { limit?: number | null; offset?: number } = EVERY_RECORD,
): Promise<Array<StoredRow & { inNumerator?: boolean }>> {
  if (scope.period.empty) return [];
  const c = columnsOf(metric.sheet);
  const extra: Record<string, SQL> = metric.kind === 'rate' ? { inNumerator: sql<boolean>`coalesce((${metric.numerator!(c, scope.period)}), false)` } : {};
  return selectRecords(exec, metric.sheet, and(metricWhere(metric, scope), ...drillScopeWhere(metric, o))!, { extra, limit: o.limit ?? null, offset: o.offset ?? 0 });
}
