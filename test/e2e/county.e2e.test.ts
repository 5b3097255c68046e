import { readFileSync } from 'node:fs';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCountyUnits } from '../../src/app/demo/county-units.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { importPayments } from '../../src/app/spending/import-payments.js';
import { findUnitByCode } from '../../src/repositories/goal-book.repository.js';
import { insertUnit } from '../../src/repositories/unit.repository.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/payments.csv');
const actor = { userId: null, name: 'test', ip: 'local' };

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  const db = env.test.database.db;
  await importPayments({ db, scope: await cliScope(db, '315002'), year: 2022, actor, source: { fileName: 'payments.csv', bytes: readFileSync(FIXTURE) } });
  // an education bureau under the sample unit: the finance user's scope holds both
  const spec = generateCountyUnits({ units: 2, year: 2022, seed: 2022, justiceBook: sampleGoalBook(), codePrefix: '31' })[1]!;
  await insertUnit(db, { code: spec.code, name: spec.name, parentId: (await findUnitByCode(db, '315002'))!.id });
  await importGoalBook({ db, book: spec.book, actor });
}, 120_000);
afterAll(() => env?.close());

describe('county dashboard in the browser', { timeout: 90_000 }, () => {
  it('lists the units of the scope, filters, sorts, exports the table and drills down to a unit’s indicators', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2022/county?asOf=2022-06-30`);
    const rows = page.locator('tr.ant-table-row');
    await rows.filter({ hasText: '310002' }).waitFor();
    expect(await rows.count()).toBe(2);
    // 315002 spent 70,000.50 元 (7.00 万元) by 30 June: 法律援助 15,000.50 and 普法宣传 55,000
    await expect.poll(() => rows.filter({ hasText: '315002' }).innerText()).toContain('7.00');
    await page.getByRole('img', { name: '各单位执行率与计划进度' }).waitFor();
    // every bar's figure and note stay inside their chart (they ran past its edge and were cut off)
    for (const name of ['各单位执行率与计划进度', '各单位指标红灯数']) {
      const overflow = await page.getByRole('img', { name }).evaluate((svg) => {
        const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        return [...svg.querySelectorAll('text')].map((t) => t.getBBox()).filter((b) => b.x + b.width > width).length;
      });
      expect(overflow).toBe(0);
    }
    // each unit's review findings, counted when its goal book was saved, link to its review
    const findings = page.getByTestId('county-review-315002');
    expect(Number(await findings.innerText())).toBeGreaterThan(0);
    expect(await findings.getAttribute('href')).toBe('/u/315002/2022/review');

    await page.getByTestId('county-search').locator('input').fill('教育');
    await page.getByTestId('county-search').locator('input').press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('county-search').locator('input').fill('');
    await expect.poll(() => rows.count()).toBe(2);

    const budgets = () => rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[2]!.textContent!.replace(/,/g, ''))));
    const header = page.getByRole('columnheader', { name: '预算数（万元）' });
    await header.click();
    await expect.poll(async () => { const b = await budgets(); return b[0]! <= b[1]!; }).toBe(true);
    await header.click();
    await expect.poll(async () => { const b = await budgets(); return b[0]! >= b[1]!; }).toBe(true);
    expect(new Set(await budgets()).size).toBe(2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('county-export').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const codes: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => codes.push(String(row.getCell(1).value ?? '')));
    expect(codes).toEqual(expect.arrayContaining(['单位编码', '315002', '310002', '合计']));

    await page.getByRole('link', { name: '310002' }).click();
    await page.waitForURL(/\/u\/310002\/2022\/indicators/);
    await page.getByText('按时完成率').first().waitFor();
  });
});
