import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCounty } from '../../src/documents/export-county.js';
import { COUNTY_HEADERS } from '../../src/documents/export/county-layout.js';
import { checkAggregates } from '../../src/app/aggregates/aggregates.js';
import { getCounty } from '../../src/app/county/get-county.js';
import { loadCountyDemo } from '../../src/app/demo/load-county-demo.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';
import { getSpending } from '../../src/app/spending/get-spending.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import type { TCountyView } from '../../src/contract/api/county-api.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * The county rollup on a demo county (14 departments of 13 kinds, two of them justice bureaus with a
 * year of register records): every unit's row equals that unit's own spending view and progress
 * board, as of several dates; the totals add up; the aggregates the rollup reads agree with the records.
 */

let database: TestDatabase;
const actor = { userId: null, name: 'test' };

beforeAll(async () => {
  database = await createTestDatabase();
  await loadCountyDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, units: 14, actor });
}, 300_000);
afterAll(() => database.close());

describe('county rollup', () => {
  it('generates the same county again without writing anything', async () => {
    const again = await loadCountyDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, units: 14, actor });
    expect(again).toMatchObject({ status: 'present', units: 14, justiceBureaus: 2 });
  });

  it.each(['2022-03-31', '2022-06-30', '2022-12-31'])('as of %s, every unit equals its own spending view and board', async (asOf) => {
    const county: TCountyView = await getCounty({ db: database.db, subject: null, year: 2022, asOf, unitCode: '390000' });
    expect(county.units).toHaveLength(14);
    expect(county.parent).toEqual({ code: '390000', name: '示例县财政局' });
    let live = 0;
    for (const u of county.units) {
      const spending = await getSpending({ db: database.db, scope: await cliScope(database.db, u.code), year: 2022, asOf });
      const board = await getIndicatorProgress({ db: database.db, scope: await cliScope(database.db, u.code), year: 2022, asOf });
      expect({ code: u.code, budget: u.budget, spent: u.spent, executionRate: u.executionRate, planPercent: u.planPercent, gapPoints: u.gapPoints, light: u.light }).toEqual({
        code: spending.unit.code,
        budget: spending.total.budget,
        spent: spending.total.spent,
        executionRate: spending.total.executionRate,
        planPercent: spending.total.plannedPercent,
        gapPoints: spending.total.gapPoints,
        light: spending.total.light,
      });
      expect(u.lights).toEqual(board.department.lights);
      expect(u.indicators).toBe(board.department.indicators);
      live += board.department.live;
    }
    // the justice bureaus' registers and every unit's ledger metrics are live
    expect(live).toBeGreaterThan(14);
    const sum = (f: (u: TCountyView['units'][number]) => number) => Math.round(county.units.reduce((a, u) => a + f(u), 0) * 100) / 100;
    expect(county.totals.budget).toBe(sum((u) => u.budget));
    expect(county.totals.spent).toBe(sum((u) => u.spent));
    expect(county.totals.lights.red + county.totals.lights.green).toBe(sum((u) => u.lights.red + u.lights.green));
    expect(county.totals.reports.evaluation).toEqual({ 'not-started': 14 });
  });

  it('exports the table as .xlsx that reads back as the same rows and totals', async () => {
    const view = await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-06-30', unitCode: '390000' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportCounty(view)) as never);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows.findIndex((r) => r[0] === '单位编码');
    expect(rows[header]).toEqual([...COUNTY_HEADERS]);
    const body = rows.slice(header + 1, header + 1 + view.units.length);
    expect(body.map((r) => [r[0], r[1], Number(r[2]), Number(r[3]), Number(r[7]), Number(r[9])])).toEqual(view.units.map((u) => [u.code, u.name, u.budget, u.spent, u.lights.red, u.lights.green]));
    const total = rows[header + 1 + view.units.length]!;
    expect([total[0], Number(total[2]), Number(total[3])]).toEqual(['合计', view.totals.budget, view.totals.spent]);
  });

  it('lists only the units under the unit asked for, and the aggregates it reads agree with the records', async () => {
    const justice = await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-12-31', unitCode: '390001' });
    expect(justice.units.map((u) => u.code)).toEqual(['390001']);
    expect((await checkAggregates({ db: database.db })).ok).toBe(true);
  });
});
