import { sql, type SQL } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAggregates, rebuildAggregates } from '../../src/app/aggregates/aggregates.js';
import { isoDate } from '../../src/core/dates.js';
import { computeMetric, computeMetrics, metricPeriod } from '../../src/registers/framework/compute-metric.js';
import { isAggregated, metricsOfSheet, type MetricDef, type RecordValues, type SheetDef } from '../../src/registers/framework/define.js';
import type { FieldDef } from '../../src/registers/framework/fields.js';
import { insertRecords, updateRecord, voidRecord } from '../../src/registers/framework/record.repository.js';
import { toColumns } from '../../src/registers/framework/records.js';
import { studyHoursNumerator, studySheet } from '../../src/registers/correction/index.js';
import { studyHoursOfPeriod, studyHoursOfPeriodFromRecords } from '../../src/registers/correction/study-hours.repository.js';
import { REGISTERS, requireMetric } from '../../src/registers/registry.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * The daily aggregates (metric_daily) agree with the records after any sequence of writes: random
 * records of every sheet with aggregated metrics — dates scattered around the year's edges and close
 * to each other (so decisions fall within and outside their 3- and 7-day deadlines), random options —
 * inserted in batches (as an import does), changed and voided; then every aggregated metric, as of
 * random dates, unfiltered and by each binding filter, equals the figure computed from the records,
 * the check finds no disagreement, and a rebuild leaves the same figures. Metrics with a window of
 * their own (terms overlapping the period) are compared in the years before, of and after their
 * records' dates — their steady rows (metric_steady) answer the years after.
 */

let database: TestDatabase;
let unitSeq = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const SHEETS = REGISTERS.flatMap((r) => r.sheets).filter((s) => metricsOfSheet(s).some(isAggregated));
const BASE = Date.UTC(2021, 11, 20);
const dayOf = (n: number) => {
  const d = new Date(BASE + n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** A value for a field: dates near the record's base day, options from the declaration, a few project codes. */
function fieldValue(f: FieldDef, base: number): fc.Arbitrary<unknown> {
  const optional = <T>(a: fc.Arbitrary<T>) => (f.required ? a : fc.option(a, { nil: null, freq: 3 }));
  if (f.type === 'date') return optional(fc.integer({ min: -3, max: 12 }).map((k) => dayOf(Math.max(0, base + k))));
  if (f.type === 'enum') return optional(fc.constantFrom(...f.options!));
  if (f.type === 'bool') return optional(fc.boolean());
  if (f.type === 'int' || f.type === 'money') return optional(fc.integer({ min: 0, max: 30 }));
  if (f.key === 'projectCode') return optional(fc.constantFrom('P1', 'P2'));
  if (f.key === 'office') return optional(fc.constantFrom('甲司法所', '乙司法所'));
  // officers and their study records meet by name
  if (f.key === 'staffName' || (f.key === 'name' && f.type === 'text')) return fc.constantFrom('张三', '李四', '王五');
  return fc.constant('x');
}

const recordOf = (sheet: SheetDef): fc.Arbitrary<RecordValues> =>
  fc.integer({ min: 0, max: 390 }).chain((base) => fc.record(Object.fromEntries(sheet.fields.map((f) => [f.key, fieldValue(f, base)]))) as fc.Arbitrary<RecordValues>);

type Op = { kind: 'insert'; records: RecordValues[] } | { kind: 'update'; pick: number; record: RecordValues } | { kind: 'void'; pick: number };

const opsOf = (sheet: SheetDef): fc.Arbitrary<Op[]> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.array(recordOf(sheet), { minLength: 1, maxLength: 12 }).map((records): Op => ({ kind: 'insert', records })) },
      { weight: 2, arbitrary: fc.tuple(fc.nat(), recordOf(sheet)).map(([pick, record]): Op => ({ kind: 'update', pick, record })) },
      { weight: 1, arbitrary: fc.nat().map((pick): Op => ({ kind: 'void', pick })) },
    ),
    { minLength: 1, maxLength: 8 },
  );

const AS_OF = fc.integer({ min: 0, max: 400 }).map(dayOf);

/**
 * Sheets whose table keeps a key unique (one 零报告 per office and day, voided or not): the generated
 * writes that would break it are left out, as the use-cases refuse them before they reach the table.
 */
const UNIQUE_KEYS: Record<string, string[]> = { 'correction/daily-reports': ['office', 'reportDate'] };

async function run(sheet: SheetDef, ops: Op[], into?: number): Promise<number> {
  unitSeq++;
  const unit = into !== undefined ? { id: into } : await ensureUnit(database.db, { code: `AGG${unitSeq}`, name: `汇总测试${unitSeq}` });
  const ids: number[] = [];
  const uniqueKey = UNIQUE_KEYS[`${sheet.kind}/${sheet.id}`];
  const keyOf = (r: RecordValues) => (uniqueKey ? JSON.stringify(uniqueKey.map((k) => r[k])) : null);
  const taken = new Map<string, number>();
  const free = (r: RecordValues, id: number | null) => {
    const key = keyOf(r);
    return key === null || !taken.has(key) || taken.get(key) === id;
  };
  for (const op of ops) {
    await database.db.transaction(async (tx) => {
      if (op.kind === 'insert') {
        const records = op.records.filter((r) => {
          if (!free(r, null)) return false;
          const key = keyOf(r);
          if (key !== null) taken.set(key, -1);
          return true;
        });
        const inserted = await insertRecords(tx, sheet, records.map((r) => ({ ...toColumns(sheet, r, TEST_CIPHER), unitId: unit.id })));
        records.forEach((r, n) => keyOf(r) !== null && taken.set(keyOf(r)!, inserted[n]!));
        ids.push(...inserted);
      } else if (ids.length > 0 && op.kind === 'update') {
        const id = ids[op.pick % ids.length]!;
        if (!free(op.record, id)) return;
        for (const [key, owner] of taken) if (owner === id) taken.delete(key);
        if (keyOf(op.record) !== null) taken.set(keyOf(op.record)!, id);
        await updateRecord(tx, sheet, [unit.id], id, toColumns(sheet, op.record, TEST_CIPHER));
      }
      else if (ids.length > 0 && op.kind === 'void') {
        // a voided 零报告 keeps its office and day (the key stays taken)
        const id = ids.splice(op.pick % ids.length, 1)[0]!;
        await voidRecord(tx, sheet, [unit.id], id, { by: null, reason: '重复录入' });
      }
    });
  }
  return unit.id;
}

/** Every aggregated metric of the sheet, unfiltered and by each filter value, from the aggregates and from the records. */
async function compare(sheet: SheetDef, unitId: number, asOf: string, year: number): Promise<void> {
  const wanted = metricsOfSheet(sheet)
    .filter(isAggregated)
    .flatMap((metric) => [{ metric, filter: null }, ...Object.keys(metric.filters ?? {}).flatMap((name) => ['P1', 'P2', '法律援助'].map((v) => ({ metric, filter: { [name]: v } })))]);
  const fromAggregates = await computeMetrics(database.db, wanted, { unitIds: [unitId], year, asOf });
  const fromRecords = await Promise.all(wanted.map((w) => computeMetric(database.db, w.metric, { unitIds: [unitId], year, asOf, filter: w.filter })));
  expect(fromAggregates).toEqual(fromRecords);
}

describe('metric aggregates', () => {
  for (const sheet of SHEETS) {
    it(`${sheet.kind}/${sheet.id}: random writes, changes and voids keep the aggregates equal to the records`, async () => {
      await fc.assert(
        fc.asyncProperty(opsOf(sheet), fc.array(AS_OF, { minLength: 2, maxLength: 4 }), async (ops, dates) => {
          const unitId = await run(sheet, ops);
          for (const asOf of dates) for (const year of [2021, 2022, 2023, 2024, 2025]) await compare(sheet, unitId, asOf, year);
        }),
        { numRuns: 12, seed: 20221231 },
      );
    });
  }

  // the study-hours compliance rate reads the officers' records and the study hours kept by
  // correction_study_hours_monthly/_daily: random writes of both sheets keep it equal to the rate
  // whose hours are summed from the study records, on the board (computeMetrics) and on its own
  it('correction: random writes of officers and study records keep the study-hours rate equal to the one from the study records', async () => {
    const metric = requireMetric('correction.study-hours-compliance-rate');
    const fromRecords: MetricDef = { ...metric, numerator: studyHoursNumerator(studyHoursOfPeriodFromRecords) };
    const staff = REGISTERS.flatMap((r) => r.sheets).find((s) => s.kind === 'correction' && s.id === 'staff')!;
    await fc.assert(
      fc.asyncProperty(opsOf(studySheet), opsOf(staff), opsOf(studySheet), fc.array(AS_OF, { minLength: 2, maxLength: 4 }), async (study, officers, more, dates) => {
        const unitId = await run(studySheet, study);
        await run(staff, officers, unitId);
        await run(studySheet, more, unitId);
        // month ends: the period then covers that month whole (monthly rows), otherwise by day
        for (const asOf of [...dates, '2022-01-31', '2022-02-27', '2022-02-28', '2022-12-31'])
          for (const year of [2021, 2022, 2023]) {
            // the hours themselves (a rate flips only where they cross an officer's due hours)
            const period = metricPeriod([unitId], year, asOf);
            const hours = async (q: SQL) => ((await database.db.execute(sql`select staff_name, hours::int from (${q}) h order by staff_name`)) as unknown as { rows: unknown[] }).rows;
            if (!period.empty) expect(await hours(studyHoursOfPeriod(period))).toEqual(await hours(studyHoursOfPeriodFromRecords(period)));
            const expected = await computeMetric(database.db, fromRecords, { unitIds: [unitId], year, asOf, filter: null });
            expect(await computeMetric(database.db, metric, { unitIds: [unitId], year, asOf, filter: null })).toEqual(expected);
            expect(await computeMetrics(database.db, [{ metric, filter: null }], { unitIds: [unitId], year, asOf })).toEqual([expected]);
          }
      }),
      { numRuns: 15, seed: 20221231 },
    );
  });

  it('finds no disagreement after them, finds a tampered row, and a rebuild restores it', async () => {
    expect((await checkAggregates({ db: database.db })).ok).toBe(true);
    await database.db.execute(`update metric_daily set records = records + 1 where ctid = (select ctid from metric_daily where records <> 0 limit 1)` as never);
    const broken = await checkAggregates({ db: database.db });
    expect(broken.ok).toBe(false);
    expect(broken.metrics.disagreements).toBe(1);
    await rebuildAggregates({ db: database.db });
    expect((await checkAggregates({ db: database.db })).ok).toBe(true);
    // a windowed metric's steady rows (every later year) are checked and rebuilt as well (today's windowed
    // metrics all end with their terms, so their records add nothing to the years after: a stray row)
    await database.db.execute(`insert into metric_steady (unit_id, metric, from_year, records) values (1, 'correction.people-under-correction', 2030, 1)` as never);
    const steady = await checkAggregates({ db: database.db });
    expect(steady.metrics.disagreements).toBe(1);
    expect(steady.metrics.sample[0]!.day).toBe('steady');
    await rebuildAggregates({ db: database.db });
    expect((await checkAggregates({ db: database.db })).ok).toBe(true);
    // the study hours kept per officer as well, by month and by day
    for (const table of ['correction_study_hours_monthly', 'correction_study_hours_daily']) {
      await database.db.execute(`update ${table} set hours = hours + 1 where ctid = (select ctid from ${table} where hours <> 0 limit 1)` as never);
      const hours = await checkAggregates({ db: database.db });
      expect(hours.metrics.disagreements).toBe(1);
      expect(hours.metrics.sample[0]!.filterName).toBe('staffName');
      await rebuildAggregates({ db: database.db });
      expect((await checkAggregates({ db: database.db })).ok).toBe(true);
    }
  });
});
