import { and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import type { AggregateDisagreement } from '../framework/aggregate.repository.js';
import type { MetricPeriod, SheetAggregate } from '../framework/define.js';
import { correctionStudy, correctionStudyHoursDaily, correctionStudyHoursMonthly } from './schema.js';
import { rowsOf } from '../../db/rows.js';

/**
 * The study hours per unit and officer name (correction_study_hours_monthly / _daily), kept by every
 * write of the study sheet in its transaction (the framework's record writes call `adjust`), rebuilt
 * and checked with the metric aggregates. The study-hours compliance rate sums them instead of the
 * study records: O(officers × (12 + 31)) rows a year, whatever the number of study records.
 */

type Table = typeof correctionStudyHoursMonthly | typeof correctionStudyHoursDaily;

const BUCKETS: ReadonlyArray<{ table: Table; name: string; key: SQL }> = [
  { table: correctionStudyHoursMonthly, name: 'month', key: sql`date_trunc('month', ${correctionStudy.studiedOn})::date` },
  { table: correctionStudyHoursDaily, name: 'day', key: sql`${correctionStudy.studiedOn}` },
];

/** Hours of the study records in force (those of `ids`, or all) by unit, officer name and bucket. */
const contributions = (key: SQL, ids: readonly number[] | null) => sql`
  select ${correctionStudy.unitId} as unit_id, ${correctionStudy.staffName} as staff_name, ${key} as k, sum(${correctionStudy.hours})::int as hours
  from ${correctionStudy}
  where ${and(isNull(correctionStudy.voidedAt), ids ? inArray(correctionStudy.id, [...ids]) : undefined)}
  group by 1, 2, 3`;

async function upsert(exec: Executor, b: (typeof BUCKETS)[number], ids: readonly number[] | null, sign: 1 | -1): Promise<void> {
  const bucket = sql.raw(b.name);
  await exec.execute(sql`
    insert into ${b.table} as t (unit_id, staff_name, ${bucket}, hours)
    select unit_id, staff_name, k, ${sign}::int * hours from (${contributions(b.key, ids)}) c
    order by unit_id, k, staff_name
    on conflict (unit_id, ${bucket}, staff_name) do update set hours = t.hours + excluded.hours`);
}

export const studyHoursAggregate: SheetAggregate = {
  definition: () => BUCKETS.map((b) => `${b.name}: ${new PgDialect().sqlToQuery(contributions(b.key, null)).sql}`).join('\n'),
  async adjust(exec, ids, sign) {
    if (ids.length === 0) return;
    for (const b of BUCKETS) await upsert(exec, b, ids, sign);
  },
  async rebuild(exec) {
    for (const b of BUCKETS) {
      await exec.delete(b.table);
      await upsert(exec, b, null, 1);
    }
  },
  async compare(exec, limit) {
    let count = 0;
    const sample: AggregateDisagreement[] = [];
    for (const b of BUCKETS) {
      const bucket = sql.raw(b.name);
      const rows = rowsOf<{ unit_id: number; staff_name: string; k: string; stored: number; computed: number; n: number }>(
        await exec.execute(sql`
          with c as (select * from (${contributions(b.key, null)}) x where hours <> 0),
          s as (select unit_id, staff_name, ${bucket} as k, hours from ${b.table} where hours <> 0),
          diff as (
            select coalesce(c.unit_id, s.unit_id) as unit_id, coalesce(c.staff_name, s.staff_name) as staff_name, coalesce(c.k, s.k)::text as k,
              coalesce(s.hours, 0) as stored, coalesce(c.hours, 0) as computed
            from c full join s on c.unit_id = s.unit_id and c.staff_name = s.staff_name and c.k = s.k
            where c.hours is distinct from s.hours
          )
          select *, count(*) over ()::int as n from diff order by unit_id, k, staff_name limit ${limit}`),
      );
      count += Number(rows[0]?.n ?? 0);
      for (const r of rows)
        sample.push({
          unitId: Number(r.unit_id),
          year: Number(r.k.slice(0, 4)),
          metric: `correction.study-hours/${b.name}`,
          filterName: 'staffName',
          filterValue: r.staff_name,
          day: r.k,
          stored: { records: 0, numerator: 0, total: Number(r.stored) },
          computed: { records: 0, numerator: 0, total: Number(r.computed) },
        });
    }
    return { count, sample: sample.slice(0, limit) };
  },
};

/**
 * The period's study hours (unit_id, staff_name, hours) of the scope's units from the aggregates: the
 * months within the period whole, and the days of the month it ends in when that month is not over.
 * The period starts on the first of a month (1 January), so no month is cut at its start.
 */
export function studyHoursOfPeriod(p: MetricPeriod): SQL {
  const m = correctionStudyHoursMonthly;
  const d = correctionStudyHoursDaily;
  const end = sql`${p.end}::date`;
  const endMonth = sql`date_trunc('month', ${end})::date`;
  return sql`
    select unit_id, staff_name, sum(hours) as hours from (
      select ${m.unitId} as unit_id, ${m.staffName} as staff_name, ${m.hours} as hours from ${m}
      where ${inArray(m.unitId, p.unitIds)} and ${m.month} >= ${p.start}::date and ${m.month} < ${endMonth} + (case when ${end} + 1 = (${endMonth} + interval '1 month')::date then interval '1 month' else interval '0' end)
      union all
      select ${d.unitId}, ${d.staffName}, ${d.hours} from ${d}
      where ${inArray(d.unitId, p.unitIds)} and ${d.day} between greatest(${p.start}::date, ${endMonth}) and ${end} and ${end} + 1 < (${endMonth} + interval '1 month')::date
    ) h
    group by unit_id, staff_name`;
}

/** The same hours summed from the study records in force: what the aggregates must answer (tests compare the two). */
export function studyHoursOfPeriodFromRecords(p: MetricPeriod): SQL {
  const s = correctionStudy;
  return sql`
    select ${s.unitId} as unit_id, ${s.staffName} as staff_name, sum(${s.hours}) as hours from ${s}
    where ${inArray(s.unitId, p.unitIds)} and ${s.voidedAt} is null and ${s.studiedOn} between ${p.start} and ${p.end}
    group by ${s.unitId}, ${s.staffName}`;
}
