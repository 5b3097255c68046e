import { cliScope } from '../src/app/units/resolve-scope.js';
import { randomBytes } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import { rebuildAggregates } from '../src/app/aggregates/aggregates.js';
import { loadRegisterDemo } from '../src/app/demo/load-register-demo.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { getIndicatorProgress } from '../src/app/indicators/get-indicator-progress.js';
import type { Database } from '../src/db/client.js';
import { CLI_VIEWER } from '../src/registers/framework/access.js';
import { exportRegisterRecords } from '../src/registers/framework/export-records.js';
import { listRegisterRecords } from '../src/registers/framework/list-records.js';
import { METRICS, REGISTERS, sheetFromPath } from '../src/registers/registry.js';
import { computeMetric } from '../src/registers/framework/compute-metric.js';
import { sampleGoalBook } from '../test/helpers/fixtures.js';
import { openBenchDatabase as openEngineDatabase } from './bench-database.js';
import { median, once } from './harness.js';
import type { VoidedFilter } from '../src/registers/framework/record.repository.js';

/**
 * Issue "registers": the median time to compute all of the sample unit's indicator actuals (the whole
 * progress board: every bound metric, one SQL aggregate each) with about one million register records
 * (aim ≤ 200 ms on PostgreSQL), a register list page (aim ≤ 30 ms), and one export of a year's
 * mediation disputes as .xlsx (printed, no aim).
 *
 * The records: the demo year of the sample unit (6,885 records over 19 sheets), copied 29 times into
 * each of the five years 2018–2022 (dates moved by whole years) — 145 × 6,885 ≈ 1.0 million, about
 * 200,000 in the measured year. On PostgreSQL the bench creates a database of its own and drops it;
 * on PGlite (no DATABASE_URL) it uses 3 copies a year (≈ 100,000 records), PGlite being a one-process
 * database for an office, not for a province.
 */

const YEARS = [-4, -3, -2, -1, 0];

async function openBenchDatabase(): Promise<{ database: Database; drop: () => Promise<void>; copies: number }> {
  const url = process.env.DATABASE_URL;
  const { database, drop } = await openEngineDatabase('registers');
  return { database, copies: url ? 29 : 3, drop };
}

/** Copy every register row of the unit `copies` times into each year, dates moved by whole years. */
async function multiply(database: Database, unitId: number, copies: number): Promise<number> {
  let total = 0;
  for (const register of REGISTERS) {
    for (const sheet of register.sheets) {
      const columns = Object.entries(getTableColumns(sheet.table)).filter(([key]) => key !== 'id');
      const dateColumns = new Set(sheet.fields.filter((f) => f.type === 'date').map((f) => f.column));
      const names = sql.join(columns.map(([, c]) => sql.identifier(c.name)), sql`, `);
      const values = sql.join(
        columns.map(([key, c]) => (dateColumns.has(key) ? sql`(${sql.identifier(c.name)} + make_interval(years => y.off))::date` : sql.identifier(c.name))),
        sql`, `,
      );
      await database.db.execute(sql`
        insert into ${sheet.table} (${names})
        select ${values} from ${sheet.table}, unnest(${`{${YEARS.join(',')}}`}::int[]) y(off), generate_series(1, ${copies}) k
        where unit_id = ${unitId} and (y.off <> 0 or k > 1)`);
    }
  }
  for (const register of REGISTERS) {
    for (const sheet of register.sheets) {
      // as autovacuum leaves a table in use: statistics and the visibility map (index-only scans)
      await database.db.execute(sql`vacuum analyze ${sheet.table}`);
      const [row] = ((await database.db.execute(sql`select count(*)::int as n from ${sheet.table}`)) as unknown as { rows: Array<{ n: number }> }).rows;
      total += row!.n;
    }
  }
  return total;
}

export default async function registersBench(): Promise<void> {
  const { database, drop, copies } = await openBenchDatabase();
  try {
    const actor = { userId: null, name: 'bench' };
    const cipher = new PersonalDataCipher(randomBytes(32));
    await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
    await once('load the demo year (6,885 records, validated, encrypted)', () => loadRegisterDemo({ db: database.db, cipher, year: 2022, actor }));
    const unit = await cliScope(database.db, '315002');
    let total = 0;
    await once(`copy into 2018–2022 (${copies} copies a year)`, async () => {
      total = await multiply(database, unit.rootUnit.id, copies);
    });
    console.log(`register records: ${total.toLocaleString('en')} (unit 315002, five years)`);
    // the copies went in by raw SQL, past the writes that keep metric_daily: rebuild it from the records
    await once('rebuild the daily aggregates from the records', () => rebuildAggregates({ db: database.db }));

    let live = 0;
    await median(
      'all indicator actuals of the unit (progress board, 2022)',
      15,
      async () => {
        const board = await getIndicatorProgress({ db: database.db, scope: unit, year: 2022, asOf: '2022-12-31' });
        live = board.department.live;
      },
      { aim: '≤ 200 ms on PostgreSQL', warmup: 3 },
    );
    console.log(`  (${live} live indicators)`);
    const timings: Array<[string, number]> = [];
    for (const metric of METRICS) {
      const start = performance.now();
      await computeMetric(database.db, metric, { unitIds: unit.unitIds, year: 2022, asOf: '2022-12-31', filter: metric.filters?.project ? { project: '13022522P000R24100085' } : null });
      timings.push([metric.key, performance.now() - start]);
    }
    timings.sort((a, b) => b[1] - a[1]);
    console.log(`  slowest metrics: ${timings.slice(0, 4).map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`).join(', ')}`);

    const list = (path: string, viewer = CLI_VIEWER, filters: Record<string, string> = {}, voided: VoidedFilter = 'exclude') => () =>
      listRegisterRecords({
        db: database.db,
        cipher,
        scope: unit,
        sheet: sheetFromPath(path),
        viewer,
        actor,
        query: { year: 2022, filters, page: 3, pageSize: 20, unmasked: false, voided, asOf: '2022-12-31' },
      });
    await median('register list page: mediation disputes, 2022, page 3 of 20', 30, list('mediation/disputes'), { aim: '≤ 30 ms' });
    await median('register list page: legal-aid cases, 2022, filtered', 30, list('legal-aid/cases', CLI_VIEWER, { decision: '给予援助' }), { aim: '≤ 30 ms' });
    const officeViewer = { subject: { userId: 1, role: 'office' as const, unitId: unit.rootUnit.id, grantedUnitIds: [], sections: [], office: '胡家坨司法所', dataScope: 'office' as const } };
    await median('register list page: a 司法所’s disputes, 2022', 30, list('mediation/disputes', officeViewer), { aim: '≤ 30 ms' });
    // the index serves records in force; 显示已作废 (rare) may scan the table
    await median('register list page: mediation disputes, voided shown too', 30, list('mediation/disputes', CLI_VIEWER, {}, 'include'));

    let exported: { count: number; bytes: Buffer } = { count: 0, bytes: Buffer.alloc(0) };
    await once('export mediation disputes, 2022, as .xlsx (every record)', async () => {
      exported = await exportRegisterRecords({ db: database.db, cipher, scope: unit, sheet: sheetFromPath('mediation/disputes'), viewer: CLI_VIEWER, actor, query: { year: 2022, filters: {}, unmasked: false, asOf: '2022-12-31' } });
    });
    console.log(`  (${exported.count.toLocaleString('en')} records, ${(exported.bytes.length / 1e6).toFixed(1)} MB)`);
  } finally {
    await drop();
  }
}
