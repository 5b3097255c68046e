import { and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { metricDaily } from '../../db/schema/aggregates.js';
import { unitIdIs } from '../../repositories/unit-ids.js';
import { columnsOf, isAggregated, metricsOfSheet, type MetricDef, type MetricPeriod, type SheetDef } from './define.js';

/**
 * metric_daily: the register metrics as daily deltas per unit, year and binding filter, kept by every
 * write (insertRecords, updateRecord, voidRecord call `adjustMetricAggregates` in their transaction)
 * and rebuilt or checked from the records here.
 *
 * How a record contributes: its metric conditions are the metric's own SQL (the same `where` and
 * `numerator` the live figure uses) evaluated with the period's end set to each day on which the
 * record's dates can change them — each date of the record plus 0, 1, 4 and 8 days, within the year of
 * its business date — and the record's state on each such day minus its state on the one before is
 * that day's delta. So a figure as of a date, summed from the deltas up to that date, is the live
 * figure; a property test (test/registers/aggregates.test.ts) checks it after random writes.
 */

const OFFSETS = [0, 1, 4, 8];

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The contribution rows (unit, year, metric, filter, day, Δrecords, Δnumerator, Δtotal) of one metric's records. */
function contributionQuery(metric: MetricDef, records: SQL | null): SQL {
  const sheet = metric.sheet;
  const c = columnsOf(sheet);
  const businessDate = c[sheet.dateKey]!;
  const year = sql`extract(year from ${businessDate})::int`;
  const start = sql`make_date(${year}, 1, 1)`;
  // the period as SQL: start of the business date's year, end = the candidate day
  const period = { unitIds: [], year: 0, start, end: sql.raw('cand.day'), empty: false, asOf: sql.raw('cand.day'), elapsedMonths: 0 } as unknown as MetricPeriod;
  const window = sql`${businessDate} between ${period.start} and ${period.end}`;
  const den = metric.where ? sql`(${window}) and (${metric.where(c, period)})` : window;
  const num = metric.kind === 'rate' ? sql`(${den}) and (${metric.numerator!(c, period)})` : sql`false`;
  const sumField = metric.kind === 'sum' ? sheet.fields.find((f) => f.key === metric.sumKey)! : null;
  const value = sumField ? sql`coalesce(${c[sumField.column]!}, 0)::float8` : sql`0::float8`;
  const dates = sheet.fields.filter((f) => f.type === 'date').map((f) => c[f.column]!);
  const candidates = sql.join(
    dates.flatMap((d) => OFFSETS.map((k) => (k === 0 ? sql`${d}` : sql`${d} + ${sql.raw(String(k))}`))),
    sql`, `,
  );
  const filters = Object.entries(metric.filters ?? {}).map(([name, key]) => {
    const f = sheet.fields.find((x) => x.key === key)!;
    return { name, column: c[f.column]! };
  });
  const filterColumns = filters.map((f, i) => sql`, ${f.column}::text as ${sql.raw(`f${i}`)}`);
  const filterValues = sql.join([sql`('', '')`, ...filters.map((f, i) => sql`(${f.name}::text, t.${sql.raw(`f${i}`)})`)], sql`, `);
  const where = and(isNull(c.voidedAt!), records ?? undefined);
  return sql`
    select t.unit_id, t.year, ${metric.key}::text as metric, f.name as filter_name, f.value as filter_value, t.day,
      sum(t.d_records)::int as records, sum(t.d_numerator)::int as numerator, sum(t.d_total)::float8 as total
    from (
      select s.*,
        s.den::int - coalesce(lag(s.den::int) over w, 0) as d_records,
        s.num::int - coalesce(lag(s.num::int) over w, 0) as d_numerator,
        (case when s.den then s.val else 0 end) - coalesce(lag(case when s.den then s.val else 0 end) over w, 0) as d_total
      from (
        select ${c.id!} as id, ${c.unitId!} as unit_id, ${year} as year, cand.day,
          coalesce((${den}), false) as den, coalesce((${num}), false) as num, ${value} as val ${sql.join(filterColumns, sql``)}
        from ${sheet.table}
        cross join lateral (select distinct x as day from unnest(array[${candidates}]::date[]) x where x between ${start} and make_date(${year}, 12, 31)) cand
        where ${where}
      ) s
      window w as (partition by s.id order by s.day)
    ) t
    cross join lateral (values ${filterValues}) f(name, value)
    where f.value is not null
    group by t.unit_id, t.year, f.name, f.value, t.day
    having sum(t.d_records) <> 0 or sum(t.d_numerator) <> 0 or sum(t.d_total) <> 0`;
}

function sheetContributions(sheet: SheetDef, records: SQL | null): SQL | null {
  const metrics = metricsOfSheet(sheet).filter(isAggregated);
  if (metrics.length === 0) return null;
  return sql.join(
    metrics.map((m) => sql`(${contributionQuery(m, records)})`),
    sql` union all `,
  );
}

/** The SQL text and parameters of a sheet's aggregated metrics' contributions: a changed definition means the stored aggregates are stale. */
export function contributionSql(sheet: SheetDef): string {
  const q = sheetContributions(sheet, null);
  if (!q) return '';
  const query = new PgDialect().sqlToQuery(q);
  return `${query.sql}\n${JSON.stringify(query.params)}`;
}

async function upsert(exec: Executor, rows: SQL, sign: 1 | -1): Promise<void> {
  await exec.execute(sql`
    insert into ${metricDaily} as d (unit_id, year, metric, filter_name, filter_value, day, records, numerator, total)
    select unit_id, year, metric, filter_name, filter_value, day, ${sign}::int * records, ${sign}::int * numerator, ${sign}::float8 * total
    from (${rows}) u
    order by unit_id, year, metric, filter_name, filter_value, day
    on conflict (unit_id, year, metric, filter_name, filter_value, day)
    do update set records = d.records + excluded.records, numerator = d.numerator + excluded.numerator, total = d.total + excluded.total`);
}

/**
 * Add (sign 1) or take out (sign -1) these records' contributions. Called with -1 before a record is
 * changed or voided and with 1 after it is inserted or changed, in the writer's transaction.
 */
export async function adjustMetricAggregates(exec: Executor, sheet: SheetDef, ids: readonly number[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  const rows = sheetContributions(sheet, inArray(columnsOf(sheet).id!, [...ids]));
  if (rows) await upsert(exec, rows, sign);
}

/** Recompute a sheet's aggregates from all its records (in force). */
export async function rebuildSheetAggregates(exec: Executor, sheet: SheetDef): Promise<void> {
  const metrics = metricsOfSheet(sheet).filter(isAggregated);
  if (metrics.length === 0) return;
  await exec.delete(metricDaily).where(inArray(metricDaily.metric, metrics.map((m) => m.key)));
  const rows = sheetContributions(sheet, null);
  if (rows) await upsert(exec, rows, 1);
}

export interface AggregateDisagreement {
  unitId: number;
  year: number;
  metric: string;
  filterName: string;
  filterValue: string;
  day: string;
  stored: { records: number; numerator: number; total: number };
  computed: { records: number; numerator: number; total: number };
}

/** Where a sheet's stored aggregates differ from a recompute from its records (at most `limit`, with the count). */
export async function compareSheetAggregates(exec: Executor, sheet: SheetDef, limit: number): Promise<{ count: number; sample: AggregateDisagreement[] }> {
  const metrics = metricsOfSheet(sheet).filter(isAggregated);
  const computed = sheetContributions(sheet, null);
  if (!computed) return { count: 0, sample: [] };
  const keys = metrics.map((m) => m.key);
  const rows = rowsOf<Record<string, unknown>>(
    await exec.execute(sql`
      with c as (${computed}),
      s as (select * from ${metricDaily} where ${inArray(metricDaily.metric, keys)} and (records <> 0 or numerator <> 0 or total <> 0)),
      diff as (
        select coalesce(c.unit_id, s.unit_id) as unit_id, coalesce(c.year, s.year) as year, coalesce(c.metric, s.metric) as metric,
          coalesce(c.filter_name, s.filter_name) as filter_name, coalesce(c.filter_value, s.filter_value) as filter_value, coalesce(c.day, s.day)::text as day,
          coalesce(s.records, 0) as s_records, coalesce(s.numerator, 0) as s_numerator, coalesce(s.total, 0) as s_total,
          coalesce(c.records, 0) as c_records, coalesce(c.numerator, 0) as c_numerator, coalesce(c.total, 0) as c_total
        from c full join s on c.unit_id = s.unit_id and c.year = s.year and c.metric = s.metric and c.filter_name = s.filter_name and c.filter_value = s.filter_value and c.day = s.day
        where c.records is distinct from s.records or c.numerator is distinct from s.numerator or abs(coalesce(c.total, 0) - coalesce(s.total, 0)) > 1e-6
      )
      select *, count(*) over ()::int as n from diff order by unit_id, year, metric, filter_name, filter_value, day limit ${limit}`),
  );
  return {
    count: Number(rows[0]?.n ?? 0),
    sample: rows.map((r) => ({
      unitId: Number(r.unit_id),
      year: Number(r.year),
      metric: String(r.metric),
      filterName: String(r.filter_name),
      filterValue: String(r.filter_value),
      day: String(r.day),
      stored: { records: Number(r.s_records), numerator: Number(r.s_numerator), total: Number(r.s_total) },
      computed: { records: Number(r.c_records), numerator: Number(r.c_numerator), total: Number(r.c_total) },
    })),
  };
}

export interface MetricTotals {
  records: number;
  numerator: number;
  total: number;
}

/**
 * The aggregated metrics' figures for some units' year up to a day, for each wanted (metric, filter):
 * ONE query over metric_daily, whatever the number of metrics. Key: `${metric}|${filterName}|${filterValue}`,
 * or per unit (`byUnit`, a county's rollup): `${unitId}|${metric}|${filterName}|${filterValue}`.
 */
export async function readMetricAggregates(
  exec: Executor,
  o: { unitIds: readonly number[]; year: number; end: string; wanted: ReadonlyArray<{ metric: string; filterName: string; filterValue: string }>; byUnit?: boolean },
): Promise<Map<string, MetricTotals>> {
  const out = new Map<string, MetricTotals>();
  if (o.wanted.length === 0 || o.unitIds.length === 0) return out;
  const metrics = [...new Set(o.wanted.map((w) => w.metric))];
  const rows = await exec
    .select({
      unitId: o.byUnit ? metricDaily.unitId : sql<number>`0`,
      metric: metricDaily.metric,
      filterName: metricDaily.filterName,
      filterValue: metricDaily.filterValue,
      records: sql<number>`sum(${metricDaily.records})::int`,
      numerator: sql<number>`sum(${metricDaily.numerator})::int`,
      total: sql<number>`sum(${metricDaily.total})::float8`,
    })
    .from(metricDaily)
    .where(
      and(
        unitIdIs(metricDaily.unitId, o.unitIds.length === 1 ? o.unitIds[0]! : o.unitIds),
        sql`${metricDaily.year} = ${o.year}`,
        inArray(metricDaily.metric, metrics),
        // by filter name only: a list of (name, value) pairs is matched row by row (hundreds of
        // project codes × every row), while the few names narrow as well and the map below picks
        inArray(metricDaily.filterName, [...new Set(o.wanted.map((w) => w.filterName))]),
        sql`${metricDaily.day} <= ${o.end}`,
      ),
    )
    .groupBy(...(o.byUnit ? [metricDaily.unitId] : []), metricDaily.metric, metricDaily.filterName, metricDaily.filterValue);
  for (const r of rows) out.set(`${o.byUnit ? `${r.unitId}|` : ''}${r.metric}|${r.filterName}|${r.filterValue}`, { records: Number(r.records), numerator: Number(r.numerator), total: Number(r.total) });
  return out;
}
