import { and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { metricDaily, metricSteady } from '../../db/schema/aggregates.js';
import { unitIdIs } from '../../repositories/unit-ids.js';
import { columnsOf, isAggregated, metricsOfSheet, type MetricDef, type MetricPeriod, type SheetDef } from './define.js';
import { rowsOf } from '../../db/rows.js';

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

/** The contribution rows (unit, year, metric, filter, day, Δrecords, Δnumerator, Δtotal) of one metric's records. */
function contributionQuery(metric: MetricDef, records: SQL | null): SQL {
  const sheet = metric.sheet;
  const c = columnsOf(sheet);
  const businessDate = c[sheet.dateKey]!;
  const windowed = metric.window !== undefined;
  // the year a figure is asked for: the business date's, or for a metric with a window of its own
  // every year from the record's first date to the year after its last (metric_steady: the later ones)
  const year = windowed ? sql.raw('y.year') : sql`extract(year from ${businessDate})::int`;
  const start = sql`make_date(${year}, 1, 1)`;
  // the period as SQL: start of that year, end = the candidate day
  const period = { unitIds: [], year: 0, start, end: sql.raw('cand.day'), empty: false, asOf: sql.raw('cand.day'), elapsedMonths: 0 } as unknown as MetricPeriod;
  const window = windowed ? metric.window!(c, period) : sql`${businessDate} between ${period.start} and ${period.end}`;
  const den = metric.where ? sql`(${window}) and (${metric.where(c, period)})` : window;
  const num = metric.kind === 'rate' ? sql`(${den}) and (${metric.numerator!(c, period)})` : sql`false`;
  const sumField = metric.kind === 'sum' ? sheet.fields.find((f) => f.key === metric.sumKey)! : null;
  const value = sumField ? sql`coalesce(${c[sumField.column]!}, 0)::float8` : sql`0::float8`;
  const dates = dateColumns(sheet);
  // a windowed record's state on 1 January (a term begun in an earlier year) is a change of that year too
  const candidates = sql.join(
    [...(windowed ? [start] : []), ...dates.flatMap((d) => OFFSETS.map((k) => (k === 0 ? sql`${d}` : sql`${d} + ${sql.raw(String(k))}`)))],
    sql`, `,
  );
  const years = windowed ? sql` cross join lateral generate_series(extract(year from least(${sql.join(dates, sql`, `)}))::int, extract(year from greatest(${sql.join(dates, sql`, `)}))::int + 1) y(year)` : sql``;
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
        from ${sheet.table}${years}
        cross join lateral (select distinct x as day from unnest(array[${candidates}]::date[]) x where x between ${start} and make_date(${year}, 12, 31)) cand
        where ${where}
      ) s
      window w as (partition by s.id${windowed ? sql`, s.year` : sql``} order by s.day)
    ) t
    cross join lateral (values ${filterValues}) f(name, value)
    where f.value is not null
    group by t.unit_id, t.year, f.name, f.value, t.day
    having sum(t.d_records) <> 0 or sum(t.d_numerator) <> 0 or sum(t.d_total) <> 0`;
}

const dateColumns = (sheet: SheetDef) => sheet.fields.filter((f) => f.type === 'date').map((f) => columnsOf(sheet)[f.column]!);

/**
 * A windowed metric's steady rows (unit, metric, filter, from_year, records, numerator, total): what
 * each record adds to every year from the second after its last date on. Then every date of the record
 * (plus at most 8 days) lies before that year, so comparing them with the period's start and end gives
 * the same answer in each such year: the record's state on that year's 1 January holds for them all.
 */
function steadyQuery(metric: MetricDef, records: SQL | null): SQL {
  const sheet = metric.sheet;
  const c = columnsOf(sheet);
  const dates = dateColumns(sheet);
  const fromYear = sql`(extract(year from greatest(${sql.join(dates, sql`, `)}))::int + 2)`;
  const start = sql`make_date(${fromYear}, 1, 1)`;
  const period = { unitIds: [], year: 0, start, end: start, empty: false, asOf: start, elapsedMonths: 0 } as unknown as MetricPeriod;
  const window = metric.window!(c, period);
  const den = metric.where ? sql`(${window}) and (${metric.where(c, period)})` : window;
  const num = metric.kind === 'rate' ? sql`(${den}) and (${metric.numerator!(c, period)})` : sql`false`;
  const sumField = metric.kind === 'sum' ? sheet.fields.find((f) => f.key === metric.sumKey)! : null;
  const value = sumField ? sql`coalesce(${c[sumField.column]!}, 0)::float8` : sql`0::float8`;
  const { columns, values } = filterParts(metric);
  return sql`
    select t.unit_id, ${metric.key}::text as metric, f.name as filter_name, f.value as filter_value, t.from_year,
      sum(t.den::int)::int as records, sum(t.num::int)::int as numerator, sum(case when t.den then t.val else 0 end)::float8 as total
    from (
      select ${c.unitId!} as unit_id, ${fromYear} as from_year, coalesce((${den}), false) as den, coalesce((${num}), false) as num, ${value} as val ${sql.join(columns, sql``)}
      from ${sheet.table}
      where ${and(isNull(c.voidedAt!), records ?? undefined)}
    ) t
    cross join lateral (values ${values}) f(name, value)
    where f.value is not null
    group by t.unit_id, f.name, f.value, t.from_year
    having sum(t.den::int) <> 0 or sum(t.num::int) <> 0 or sum(case when t.den then t.val else 0 end) <> 0`;
}

/** The binding filters' columns (f0, f1 …) and the (name, value) rows a record contributes under: unfiltered and by each filter. */
function filterParts(metric: MetricDef): { columns: SQL[]; values: SQL } {
  const sheet = metric.sheet;
  const c = columnsOf(sheet);
  const filters = Object.entries(metric.filters ?? {}).map(([name, key]) => ({ name, column: c[sheet.fields.find((x) => x.key === key)!.column]! }));
  return {
    columns: filters.map((f, i) => sql`, ${f.column}::text as ${sql.raw(`f${i}`)}`),
    values: sql.join([sql`('', '')`, ...filters.map((f, i) => sql`(${f.name}::text, t.${sql.raw(`f${i}`)})`)], sql`, `),
  };
}

function sheetSteady(sheet: SheetDef, records: SQL | null): SQL | null {
  const metrics = metricsOfSheet(sheet).filter((m) => isAggregated(m) && m.window !== undefined);
  if (metrics.length === 0) return null;
  return sql.join(
    metrics.map((m) => sql`(${steadyQuery(m, records)})`),
    sql` union all `,
  );
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
  const steady = sheetSteady(sheet, null);
  const s = steady ? new PgDialect().sqlToQuery(steady) : null;
  return `${query.sql}\n${JSON.stringify(query.params)}${s ? `\n${s.sql}\n${JSON.stringify(s.params)}` : ''}`;
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

async function upsertSteady(exec: Executor, rows: SQL, sign: 1 | -1): Promise<void> {
  await exec.execute(sql`
    insert into ${metricSteady} as d (unit_id, metric, filter_name, filter_value, from_year, records, numerator, total)
    select unit_id, metric, filter_name, filter_value, from_year, ${sign}::int * records, ${sign}::int * numerator, ${sign}::float8 * total
    from (${rows}) u
    order by unit_id, metric, filter_name, filter_value, from_year
    on conflict (unit_id, metric, filter_name, filter_value, from_year)
    do update set records = d.records + excluded.records, numerator = d.numerator + excluded.numerator, total = d.total + excluded.total`);
}

/**
 * Add (sign 1) or take out (sign -1) these records' contributions (and to the sheet's own aggregate). Called with -1 before a record is
 * changed or voided and with 1 after it is inserted or changed, in the writer's transaction.
 */
export async function adjustMetricAggregates(exec: Executor, sheet: SheetDef, ids: readonly number[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) return;
  const rows = sheetContributions(sheet, inArray(columnsOf(sheet).id!, [...ids]));
  if (rows) await upsert(exec, rows, sign);
  const steady = sheetSteady(sheet, inArray(columnsOf(sheet).id!, [...ids]));
  if (steady) await upsertSteady(exec, steady, sign);
  await sheet.aggregate?.adjust(exec, ids, sign);
}

/** Recompute a sheet's aggregates from all its records (in force). */
export async function rebuildSheetAggregates(exec: Executor, sheet: SheetDef): Promise<void> {
  await sheet.aggregate?.rebuild(exec);
  const metrics = metricsOfSheet(sheet).filter(isAggregated);
  if (metrics.length === 0) return;
  await exec.delete(metricDaily).where(inArray(metricDaily.metric, metrics.map((m) => m.key)));
  await exec.delete(metricSteady).where(inArray(metricSteady.metric, metrics.map((m) => m.key)));
  const rows = sheetContributions(sheet, null);
  if (rows) await upsert(exec, rows, 1);
  const steady = sheetSteady(sheet, null);
  if (steady) await upsertSteady(exec, steady, 1);
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
  const own = (await sheet.aggregate?.compare(exec, limit)) ?? { count: 0, sample: [] };
  const metrics = await compareMetricAggregates(exec, sheet, limit);
  return { count: own.count + metrics.count, sample: [...own.sample, ...metrics.sample].slice(0, limit) };
}

async function compareMetricAggregates(exec: Executor, sheet: SheetDef, limit: number): Promise<{ count: number; sample: AggregateDisagreement[] }> {
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
  const steady = await compareSteady(exec, sheet, keys, limit);
  return {
    count: Number(rows[0]?.n ?? 0) + steady.count,
    sample: [...steady.sample, ...rows.map((r) => ({
      unitId: Number(r.unit_id),
      year: Number(r.year),
      metric: String(r.metric),
      filterName: String(r.filter_name),
      filterValue: String(r.filter_value),
      day: String(r.day),
      stored: { records: Number(r.s_records), numerator: Number(r.s_numerator), total: Number(r.s_total) },
      computed: { records: Number(r.c_records), numerator: Number(r.c_numerator), total: Number(r.c_total) },
    }))].slice(0, limit),
  };
}

/** The same for metric_steady (a disagreement's year is its from_year, its day 'steady'). */
async function compareSteady(exec: Executor, sheet: SheetDef, keys: string[], limit: number): Promise<{ count: number; sample: AggregateDisagreement[] }> {
  const computed = sheetSteady(sheet, null);
  if (!computed) return { count: 0, sample: [] };
  const rows = rowsOf<Record<string, unknown>>(
    await exec.execute(sql`
      with c as (${computed}),
      s as (select * from ${metricSteady} where ${inArray(metricSteady.metric, keys)} and (records <> 0 or numerator <> 0 or total <> 0)),
      diff as (
        select coalesce(c.unit_id, s.unit_id) as unit_id, coalesce(c.from_year, s.from_year) as year, coalesce(c.metric, s.metric) as metric,
          coalesce(c.filter_name, s.filter_name) as filter_name, coalesce(c.filter_value, s.filter_value) as filter_value,
          coalesce(s.records, 0) as s_records, coalesce(s.numerator, 0) as s_numerator, coalesce(s.total, 0) as s_total,
          coalesce(c.records, 0) as c_records, coalesce(c.numerator, 0) as c_numerator, coalesce(c.total, 0) as c_total
        from c full join s on c.unit_id = s.unit_id and c.from_year = s.from_year and c.metric = s.metric and c.filter_name = s.filter_name and c.filter_value = s.filter_value
        where c.records is distinct from s.records or c.numerator is distinct from s.numerator or abs(coalesce(c.total, 0) - coalesce(s.total, 0)) > 1e-6
      )
      select *, count(*) over ()::int as n from diff order by unit_id, year, metric, filter_name, filter_value limit ${limit}`),
  );
  return {
    count: Number(rows[0]?.n ?? 0),
    sample: rows.map((r) => ({
      unitId: Number(r.unit_id),
      year: Number(r.year),
      metric: String(r.metric),
      filterName: String(r.filter_name),
      filterValue: String(r.filter_value),
      day: 'steady',
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
  const names = [...new Set(o.wanted.map((w) => w.filterName))];
  // by filter name only: a list of (name, value) pairs is matched row by row (hundreds of project
  // codes × every row), while the few names narrow as well and the map below picks
  const where = (t: typeof metricDaily | typeof metricSteady) =>
    and(unitIdIs(t.unitId, o.unitIds.length === 1 ? o.unitIds[0]! : o.unitIds), inArray(t.metric, metrics), inArray(t.filterName, names));
  const unit = o.byUnit ? sql`unit_id` : sql`0`;
  // the year's daily deltas up to the day, and the steady rows of windowed metrics' records from earlier years
  const rows = rowsOf<{ unit_id: number; metric: string; filter_name: string; filter_value: string; records: number; numerator: number; total: number }>(
    await exec.execute(sql`
      select ${unit} as unit_id, metric, filter_name, filter_value, sum(records)::int as records, sum(numerator)::int as numerator, sum(total)::float8 as total
      from (
        select unit_id, metric, filter_name, filter_value, records, numerator, total from ${metricDaily}
        where ${where(metricDaily)} and ${metricDaily.year} = ${o.year} and ${metricDaily.day} <= ${o.end}
        union all
        select unit_id, metric, filter_name, filter_value, records, numerator, total from ${metricSteady}
        where ${where(metricSteady)} and ${metricSteady.fromYear} <= ${o.year}
      ) x
      group by ${o.byUnit ? sql`unit_id, ` : sql``}metric, filter_name, filter_value`),
  ).map((r) => ({ unitId: r.unit_id, metric: r.metric, filterName: r.filter_name, filterValue: r.filter_value, records: r.records, numerator: r.numerator, total: r.total }));
  for (const r of rows) out.set(`${o.byUnit ? `${r.unitId}|` : ''}${r.metric}|${r.filterName}|${r.filterValue}`, { records: Number(r.records), numerator: Number(r.numerator), total: Number(r.total) });
  return out;
}
