import { randomBytes } from 'node:crypto';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { rebuildAggregates } from '../src/app/aggregates/aggregates.js';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import { getCounty } from '../src/app/county/get-county.js';
import { loadCountyDemo } from '../src/app/demo/load-county-demo.js';
import { getIndicatorBoard } from '../src/app/indicators/get-indicator-board.js';
import { getSpending } from '../src/app/spending/get-spending.js';
import { cliScope } from '../src/app/units/resolve-scope.js';
import type { Database } from '../src/db/client.js';
import { computeMetric } from '../src/registers/framework/compute-metric.js';
import { staffSheet } from '../src/registers/correction/index.js';
import { findMetric, REGISTERS } from '../src/registers/registry.js';
import { median, once } from './harness.js';
import { openBenchDatabase } from './bench-database.js';

/**
 * Issue 14 "live at any size": one unit's board and spending view, the county rollup (150 units) and a
 * province rollup (2,000 units), each beside the raw SQL time of the same answer computed from the
 * records (every bound register metric aggregated over its records, payments summed per project).
 *
 * Data: `demo county` (150 units, goal books, a year of payments, registers for its justice bureaus),
 * then the first justice bureau's year of register records copied until the database holds
 * COUNTY_BENCH_RECORDS register records (default 1,000,000 on PostgreSQL, 100,000 on PGlite) and its
 * payments copied until COUNTY_BENCH_PAYMENTS (default 1,000,000 / 100,000), all in 2022, the year
 * measured; the aggregates rebuilt once from the records (timed). The province: COUNTY_BENCH_PROVINCE
 * units (default 2,000; 0 skips it) generated under their own parent, registers for one bureau only.
 */

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const actor = { userId: null, name: 'bench' };
// a server answers the same use-case over and over: the figures are of warm code (V8 optimises a
// function after it has run a while), the first cold runs discarded like a server's first requests
const WARM = 15;

const count = async (database: Database, table: string) => Number(rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

/**
 * Copy the unit's 2022 register records (same year, same dates) until the registers hold `target`
 * records. The officer roster (社区矫正执法人员) is not copied: it is the people who work there, not
 * case records — a county bureau has tens of officers, and copies of the roster made 21,000 of them at
 * 5M, which the study-hours compliance rate (a rate over the officers) then read.
 */
async function growRegisters(database: Database, unitId: number, target: number): Promise<number> {
  const sheets = REGISTERS.flatMap((r) => r.sheets).filter((s) => s !== staffSheet);
  let total = 0;
  let own = 0;
  for (const s of sheets) {
    total += await count(database, getTableName(s.table));
    own += Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from ${s.table} where unit_id = ${unitId}`))[0]!.n);
  }
  const copies = Math.max(0, Math.ceil((target - total) / Math.max(1, own)));
  if (copies > 0) {
    for (const sheet of sheets) {
      const columns = Object.entries(getTableColumns(sheet.table)).filter(([key]) => key !== 'id');
      const names = sql.join(columns.map(([, c]) => sql.identifier(c.name)), sql`, `);
      await database.db.execute(sql`insert into ${sheet.table} (${names}) select ${names} from ${sheet.table}, generate_series(1, ${copies}::int) k where unit_id = ${unitId}`);
      await database.db.execute(sql`vacuum analyze ${sheet.table}`);
    }
  }
  let after = 0;
  for (const s of sheets) after += await count(database, getTableName(s.table));
  return after;
}

/** Copy the unit's payments (new voucher numbers) until the payment table holds `target` rows; payment_daily follows by its trigger. */
async function growPayments(database: Database, unitId: number, target: number): Promise<number> {
  const have = await count(database, 'payment');
  const own = Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from payment where unit_id = ${unitId}`))[0]!.n);
  const copies = Math.max(0, Math.ceil((target - have) / Math.max(1, own)));
  for (let k = 1; k <= copies; k += 50) {
    await database.db.execute(sql`
      insert into payment (unit_id, year, project_id, paid_on, amount_fen, voucher_no, payee, summary, fund_source, status, version, created_by_name, updated_by_name)
      select unit_id, year, project_id, paid_on, greatest(1, amount_fen / 100), voucher_no || '-c' || k, payee, summary, fund_source, status, 1, created_by_name, updated_by_name
      from payment, generate_series(${k}::int, ${Math.min(copies, k + 49)}::int) k where unit_id = ${unitId} and voucher_no not like '%-c%'`);
  }
  await database.db.execute(sql`vacuum analyze payment`);
  await database.db.execute(sql`vacuum analyze payment_daily`);
  await database.db.execute(sql`vacuum analyze metric_daily`);
  return count(database, 'payment');
}

/**
 * Statistics for the planner, as a server's autovacuum keeps them after bulk loads (the PostgreSQL
 * server here runs with autovacuum off, so a loaded table would otherwise be planned as if it were empty).
 */
async function analyze(database: Database): Promise<void> {
  await database.db.execute(sql`analyze`);
}

/** The same answers from the records: every bound register metric over its records, payments summed per project. */
async function rawAnswer(database: Database, unitIds: number[], asOf: string): Promise<void> {
  const bindings = rowsOf<{ unit_id: number; metric: string; filter: Record<string, string> | string | null }>(
    await database.db.execute(sql`select distinct b.unit_id, b.metric, b.filter from indicator_binding b join indicator i on i.id = b.indicator_id where i.year = 2022 and b.unit_id = any(${`{${unitIds.join(',')}}`}::int[])`),
  );
  await Promise.all([
    database.db.execute(sql`select project_id, sum(amount_fen) from payment where unit_id = any(${`{${unitIds.join(',')}}`}::int[]) and year = 2022 and paid_on <= ${asOf} and status = 'active' group by project_id`),
    ...bindings
      .filter((b) => findMetric(b.metric))
      .map((b) => computeMetric(database.db, findMetric(b.metric)!, { unitIds: [Number(b.unit_id)], year: 2022, asOf, filter: typeof b.filter === 'string' ? (JSON.parse(b.filter) as Record<string, string>) : b.filter })),
  ]);
}

export default async function countyBench(): Promise<void> {
  // COUNTY_BENCH_KEEP=1 leaves the database for profiling (EXPLAIN ANALYZE); drop it by hand after
  const { database, drop, pg: onPg } = await openBenchDatabase('county', { keep: Boolean(process.env.COUNTY_BENCH_KEEP) });
  const records = num('COUNTY_BENCH_RECORDS', onPg ? 1_000_000 : 100_000);
  const payments = num('COUNTY_BENCH_PAYMENTS', onPg ? 1_000_000 : 100_000);
  const province = num('COUNTY_BENCH_PROVINCE', 2000);
  const asOf = '2022-06-30';
  try {
    const cipher = new PersonalDataCipher(randomBytes(32));
    await once('demo county: 150 units (goal books, payments, registers)', () => loadCountyDemo({ db: database.db, cipher, year: 2022, units: 150, actor }));
    const unit = await cliScope(database.db, '390001');
    let total = 0;
    await once(`copy register records of 390001 to ≈ ${records.toLocaleString('en')}`, async () => {
      total = await growRegisters(database, unit.rootUnit.id, records);
    });
    let paid = 0;
    await once(`copy payments of 390001 to ≈ ${payments.toLocaleString('en')}`, async () => {
      paid = await growPayments(database, unit.rootUnit.id, payments);
    });
    console.log(`register records: ${total.toLocaleString('en')}, payments: ${paid.toLocaleString('en')}`);
    let rebuilt = { ms: 0, reviewMs: 0, goalBooks: 0 };
    await once('rebuild the daily aggregates from the records', async () => {
      rebuilt = await rebuildAggregates({ db: database.db });
    });
    console.log(`  of which reviewing ${rebuilt.goalBooks} goal books again: ${rebuilt.reviewMs} ms`);
    await analyze(database);
    const daily = await count(database, 'metric_daily');
    console.log(`metric_daily rows: ${daily.toLocaleString('en')}, metric_steady rows: ${(await count(database, 'metric_steady')).toLocaleString('en')}, payment_daily rows: ${(await count(database, 'payment_daily')).toLocaleString('en')}`);

    await median('one unit’s board (390001, June; with 上年实际)', 31, () => getIndicatorBoard({ db: database.db, scope: unit, year: 2022, asOf }), { aim: '≤ 20 ms', warmup: WARM });
    await median('  raw SQL: its metrics and payments from the records', 7, () => rawAnswer(database, [unit.rootUnit.id], asOf), { warmup: 1 });
    await median('one unit’s spending view (390001)', 31, () => getSpending({ db: database.db, scope: unit, year: 2022, asOf }), { aim: '≤ 20 ms', warmup: WARM });
    await median('  raw SQL: its payments summed from the records', 7, () => database.db.execute(sql`select project_id, sum(amount_fen) from payment where unit_id = ${unit.rootUnit.id} and year = 2022 and paid_on <= ${asOf} and status = 'active' group by project_id`), { warmup: 1 });
    const county = await cliScope(database.db, '390000');
    await median('county rollup (150 units)', 9, () => getCounty({ db: database.db, subject: null, year: 2022, asOf, unitCode: '390000' }), { aim: '≤ 200 ms', warmup: 5 });
    await median('  raw SQL: the same from the records', 5, () => rawAnswer(database, county.unitIds, asOf), { warmup: 1 });

    if (province > 0) {
      await once(`demo province: ${province} units (registers for one bureau)`, () => loadCountyDemo({ db: database.db, cipher, year: 2022, units: province, actor, registerBureaus: 1 }));
      await analyze(database);
      const p = await cliScope(database.db, '130000');
      await median(`province rollup (${province} units)`, 5, () => getCounty({ db: database.db, subject: null, year: 2022, asOf, unitCode: '130000' }), { aim: '≤ 1 s', warmup: 3 });
      await median('  raw SQL: the same from the records', 3, () => rawAnswer(database, p.unitIds, asOf), { warmup: 1 });
    }
  } finally {
    await drop();
  }
}
