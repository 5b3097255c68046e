import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCounty } from '../../src/documents/export-county.js';
import { COUNTY_HEADERS } from '../../src/documents/export/county-layout.js';
import { checkAggregates } from '../../src/app/aggregates/aggregates.js';
import { getCounty } from '../../src/app/county/get-county.js';
import { loadCountyDemo } from '../../src/app/demo/load-county-demo.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';
import { decideIndicatorValue, enterIndicatorValue, submitIndicatorValue } from '../../src/app/indicators/indicator-values.js';
import { getSpending } from '../../src/app/spending/get-spending.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { getGoalBook } from '../../src/app/goal-book/get-goal-book.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { reviewStoredGoalBook } from '../../src/app/review/review-goal-book-use-cases.js';
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

  it('counts each unit’s review findings as the unit’s own review does, kept with every goal-book revision', async () => {
    const county = await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-06-30', unitCode: '390000' });
    for (const u of county.units) {
      const review = await reviewStoredGoalBook({ db: database.db, scope: await cliScope(database.db, u.code), year: 2022 });
      const by = review.counts.bySeverity;
      expect({ code: u.code, ...u.review }).toEqual({ code: u.code, findings: review.findings.length, errors: by.error ?? 0, warnings: by.warning ?? 0, suggestions: by.suggestion ?? 0 });
    }
    expect(county.totals.review.findings).toBe(county.units.reduce((a, u) => a + u.review!.findings, 0));
    expect(county.totals.review.findings).toBeGreaterThan(0);

    // an edit of one unit's goal book (a new revision) is reviewed in its transaction
    const code = county.units[0]!.code;
    const book = await getGoalBook({ db: database.db, scope: await cliScope(database.db, code), year: 2022 });
    const project = book.projects[0]!;
    const edited = { ...book, projects: [{ ...project, indicators: [...project.indicators, { ...project.indicators[0]!, name: `${project.indicators[0]!.name}（重复）` }, { ...project.indicators[0]! }] }, ...book.projects.slice(1)] };
    await importGoalBook({ db: database.db, book: edited, actor, source: 'edit' });
    const after = (await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-06-30', unitCode: code })).units[0]!;
    const review = await reviewStoredGoalBook({ db: database.db, scope: await cliScope(database.db, code), year: 2022 });
    expect(after.review!.findings).toBe(review.findings.length);
    expect(after.review!.findings).toBeGreaterThan(county.units[0]!.review!.findings);
    expect((await checkAggregates({ db: database.db })).reviews.disagreements).toBe(0);
  });

  it('lights an unbound indicator by its approved value as the board does, and only once it is dated by the as-of date', async () => {
    // the first unit with two unbound quantitative indicators and an unbound qualitative one
    const candidates = (await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-12-31', unitCode: '390000' })).units.map((u) => u.code);
    const boards = await Promise.all(candidates.map(async (c) => getIndicatorProgress({ db: database.db, scope: await cliScope(database.db, c), year: 2022, asOf: '2022-12-31' })));
    const unboundOf = (b: (typeof boards)[number]) => b.indicators.filter((i) => i.source === 'missing');
    const before = boards.find((b) => unboundOf(b).filter((i) => i.direction !== 'qualitative').length >= 2 && unboundOf(b).some((i) => i.direction === 'qualitative'))!;
    const code = before.unit.code;
    const scope = await cliScope(database.db, code);
    const unbound = unboundOf(before);
    const quantitative = unbound.find((i) => i.direction !== 'qualitative')!;
    const qualitative = unbound.find((i) => i.direction === 'qualitative')!;
    const later = unbound.find((i) => i.direction !== 'qualitative' && i !== quantitative)!;
    expect([quantitative, qualitative, later].every(Boolean)).toBe(true);
    const approve = async (indicatorId: number, input: { value?: number; assessment?: '达成' | '部分达成' }, asOf: string) => {
      const v = await enterIndicatorValue({ db: database.db, scope, year: 2022, actor: { userId: null, name: 'enterer' }, indicatorId, input: { asOf, evidence: '台账', reason: '按台账核实', ...input } });
      await submitIndicatorValue({ db: database.db, scope, actor: { userId: null, name: 'enterer' }, valueId: v.id });
      await decideIndicatorValue({ db: database.db, scope, actor: { userId: null, name: 'approver' }, valueId: v.id, decision: 'approve' });
    };
    await approve(quantitative.indicatorId, { value: quantitative.targetValue! }, '2022-06-30');
    await approve(qualitative.indicatorId, { assessment: '部分达成' }, '2022-06-30');
    await approve(later.indicatorId, { value: later.targetValue! }, '2022-09-30');
    for (const asOf of ['2022-06-30', '2022-12-31']) {
      const board = await getIndicatorProgress({ db: database.db, scope, year: 2022, asOf });
      const row = (await getCounty({ db: database.db, subject: null, year: 2022, asOf, unitCode: code })).units[0]!;
      expect(row.lights).toEqual(board.department.lights);
      expect(row.lights.none).toBe(board.department.lights.none);
    }
    const june = await getIndicatorProgress({ db: database.db, scope, year: 2022, asOf: '2022-06-30' });
    expect(june.department.sources.manual + june.department.sources.assessment).toBe((before.department.sources.manual ?? 0) + (before.department.sources.assessment ?? 0) + 2);
  });

  it('lists only the units under the unit asked for, and the aggregates it reads agree with the records', async () => {
    const justice = await getCounty({ db: database.db, subject: null, year: 2022, asOf: '2022-12-31', unitCode: '390001' });
    expect(justice.units.map((u) => u.code)).toEqual(['390001']);
    expect((await checkAggregates({ db: database.db })).ok).toBe(true);
  });
});
