import { randomBytes } from 'node:crypto';
import { cliScope } from '../src/app/units/resolve-scope.js';
import ExcelJS from 'exceljs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { getSpending } from '../src/app/spending/get-spending.js';
import { importPayments } from '../src/app/spending/import-payments.js';
import { loadSpendingYear } from '../src/app/spending/spending-year.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { readPaymentFile } from '../src/documents/payments/read-payment-file.js';
import { insertPayments, type PaymentInsert } from '../src/repositories/spending.repository.js';
import { sampleGoalBook } from '../test/helpers/fixtures.js';
import { median, once } from './harness.js';

/**
 * Issue "spending": the department's spending view with 100,000 payments (aim ≤ 50 ms on PostgreSQL)
 * and importing 10,000 payment rows from an .xlsx (aim ≤ 2 s). On PGlite always; on PostgreSQL too
 * when DATABASE_URL is set (in throw-away databases made from a migrated template).
 */

const actor = { userId: null, name: 'bench' };
const YEAR = 2022;
const UNIT = '315002';

/** A migrated database holding the sample goal book, and a way to get fresh copies of it. */
interface Engine {
  label: string;
  fresh(): Promise<Database>;
  dispose(): Promise<void>;
}

async function pgliteEngine(): Promise<Engine> {
  const client = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
  const dump = await client.dumpDataDir('none');
  await database.close();
  const open: Database[] = [];
  return {
    label: 'PGlite',
    fresh: async () => {
      const d = await openDatabase({ pglite: await PGlite.create({ loadDataDir: dump }), migrate: false });
      open.push(d);
      return d;
    },
    dispose: async () => {
      await Promise.all(open.map((d) => d.close()));
    },
  };
}

async function postgresEngine(url: string): Promise<Engine> {
  const tag = `jixiao_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const urlOf = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  await admin.query(`create database "${tag}_tpl"`);
  const template = await openDatabase({ databaseUrl: urlOf(`${tag}_tpl`) });
  await importGoalBook({ db: template.db, book: sampleGoalBook(), actor });
  await template.close();
  const open: Array<{ name: string; database: Database }> = [];
  return {
    label: 'PostgreSQL',
    fresh: async () => {
      const name = `${tag}_${open.length}`;
      await admin.query(`create database "${name}" template "${tag}_tpl"`);
      const database = await openDatabase({ databaseUrl: urlOf(name), migrate: false });
      open.push({ name, database });
      return database;
    },
    dispose: async () => {
      for (const { name, database } of open) {
        await database.close();
        await admin.query(`drop database if exists "${name}" with (force)`);
      }
      await admin.query(`drop database if exists "${tag}_tpl" with (force)`);
      await admin.end();
    },
  };
}

/** A deterministic spread of payments over the projects and the year. */
function* paymentsFor(projects: Array<{ id: number; code: string; budgetTotalFen: number }>, count: number, unitId: number) {
  const totalBudget = projects.reduce((s, p) => s + p.budgetTotalFen, 0);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    // pick projects in proportion to their budget, so no project runs out
    let pick = next() * totalBudget;
    const project = projects.find((p) => (pick -= p.budgetTotalFen) < 0) ?? projects[0]!;
    const day = 1 + Math.floor(next() * 365);
    const date = new Date(Date.UTC(YEAR, 0, day)).toISOString().slice(0, 10);
    const amountFen = 100 + Math.floor(next() * 9_900); // 1 to 100 元: 10,000 of them stay within the budgets
    yield { project, date, amountFen, voucherNo: `B${String(i).padStart(6, '0')}`, unitId };
  }
}

async function spendingView(engine: Engine): Promise<void> {
  const database = await engine.fresh();
  const scope = await loadSpendingYear(database.db, (await cliScope(database.db, UNIT)).rootUnit, YEAR);
  await once(`${engine.label}: insert 100,000 payments (setup, batches of 1,000)`, async () => {
    const rows: PaymentInsert[] = [];
    for (const p of paymentsFor(scope.projects, 100_000, scope.unit.id)) {
      rows.push({
        unitId: p.unitId,
        year: YEAR,
        projectId: p.project.id,
        paidOn: p.date,
        amountFen: p.amountFen,
        voucherNo: p.voucherNo,
        payee: '某公司',
        summary: '基准测试',
        fundSource: 'fiscal',
        status: 'active',
        voidReason: null,
        version: 1,
        createdById: null,
        createdByName: 'bench',
        updatedById: null,
        updatedByName: 'bench',
      });
    }
    await database.db.transaction((tx) => insertPayments(tx, rows));
  });
  await database.db.execute(sql`analyze payment`);
  const unitScope = await cliScope(database.db, UNIT);
  const view = await getSpending({ db: database.db, scope: unitScope, year: YEAR, asOf: '2022-06-30' });
  if (view.projects.length !== 12) throw new Error('the spending view lost projects');
  await median(`${engine.label}: department spending view, 100,000 payments`, 30, () => getSpending({ db: database.db, scope: unitScope, year: YEAR, asOf: '2022-06-30' }), {
    aim: engine.label === 'PostgreSQL' ? '≤ 50 ms' : '≤ 50 ms on PostgreSQL',
    warmup: 3,
  });
}

async function paymentWorkbook(count: number): Promise<Buffer> {
  const database = await (await pgliteEngine()).fresh();
  const scope = await loadSpendingYear(database.db, (await cliScope(database.db, UNIT)).rootUnit, YEAR);
  await database.close();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('支付明细');
  sheet.addRow(['项目编码', '支付日期', '金额（元）', '凭证号', '收款方', '摘要', '资金来源']);
  for (const p of paymentsFor(scope.projects, count, scope.unit.id)) {
    sheet.addRow([p.project.code, p.date, p.amountFen / 100, p.voucherNo, '乐亭县某印务有限公司', '普法宣传资料印制', '财政资金']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importBench(engine: Engine, bytes: Buffer): Promise<void> {
  const databases: Database[] = [];
  for (let n = 0; n < 4; n++) databases.push(await engine.fresh());
  let i = 0;
  await median(
    `${engine.label}: import 10,000 payment rows from .xlsx`,
    3,
    async () => {
      const target = databases[i++]!.db;
      const result = await importPayments({ db: target, scope: await cliScope(target, UNIT), year: YEAR, actor, source: { fileName: 'bench.xlsx', bytes } });
      if (result.imported !== 10_000) throw new Error(`imported ${result.imported}`);
    },
    { aim: '≤ 2 s', warmup: 1 },
  );
}

export default async function spendingBench(): Promise<void> {
  const bytes = await paymentWorkbook(10_000);
  console.log(`(generated a 10,000-row .xlsx of ${(bytes.length / 1024).toFixed(0)} KB)`);
  await median('read the 10,000-row .xlsx (no database)', 5, () => readPaymentFile(bytes), { warmup: 1 });
  const engines: Array<() => Promise<Engine>> = [pgliteEngine];
  if (process.env.DATABASE_URL) engines.push(() => postgresEngine(process.env.DATABASE_URL!));
  for (const make of engines) {
    const engine = await make();
    try {
      await spendingView(engine);
      await importBench(engine, bytes);
    } finally {
      await engine.dispose();
    }
  }
}
