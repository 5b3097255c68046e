import { readFileSync } from 'node:fs';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPayments } from '../../src/app/spending/import-payments.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/payments.csv');
const BASE = '/u/315002/2022';
const P1 = '13022522P000R24100085'; // 法律援助, 50000 元, plan 25/50/75/100

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  // the shared check's five payments: 法律援助 15000.50 元 by 30 June, 普法宣传 55000 元, one in July
  await importPayments({ db: env.test.database.db, scope: await cliScope(env.test.database.db, '315002'), year: 2022, actor: { userId: null, name: 'test', ip: 'local' }, source: { fileName: 'payments.csv', bytes: readFileSync(FIXTURE) } });
}, 120_000);
afterAll(() => env?.close());

/** Type a date into an antd DatePicker and commit it with Enter. */
async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Choose a project in a searchable select by typing part of its name. */
async function pickProject(page: Page, name: string) {
  const input = page.getByLabel('项目', { exact: true });
  await input.click();
  await input.fill(name);
  await page.locator('.ant-select-item-option', { hasText: name }).first().waitFor();
  await input.press('Enter');
}

const projectRow = (page: Page, code: string) => page.locator('tr.ant-table-row', { hasText: code });

async function enterPayment(page: Page, p: { project: string; date: string; amount: string; voucher: string; payee: string; summary: string }) {
  await pickProject(page, p.project);
  await pickDate(page, '支付日期', p.date);
  await page.getByLabel('金额（元）', { exact: true }).fill(p.amount);
  await page.getByLabel('凭证号', { exact: true }).fill(p.voucher);
  await page.getByLabel('收款方', { exact: true }).fill(p.payee);
  const summary = page.getByLabel('摘要', { exact: true });
  await summary.fill(p.summary);
  // keyboard entry: Enter in a text field records the payment
  await summary.press('Enter');
}

// each test signs in afresh and walks several pages on an embedded database
describe('spending against the plan in the browser', { timeout: 90_000 }, () => {
  it('shows the plan in force, the spent figure and a behind-plan alert as of 30 June', async () => {
    const page = await env.signIn('finance');
    await page.getByRole('link', { name: '预算执行' }).click();
    await page.getByText('各项目执行情况').waitFor();
    await pickDate(page, '截至日期', '2022-06-30');
    await page.waitForURL(/asOf=2022-06-30/);
    await page.getByText('截至 2022-06-30').first().waitFor();

    const row = projectRow(page, P1);
    const cells = await row.locator('td').allTextContents();
    expect(cells).toContain('50%'); // the milestone in force: 6月底 50%
    expect(cells).toContain('1.50'); // 15000.50 元 spent, in 万元
    expect(cells).toContain('30.00%');
    expect(cells).toContain('−20.00');
    expect(await row.getByText('黄灯').count()).toBe(1);

    const alert = page.getByTestId('behind-plan').filter({ hasText: '法律援助' });
    expect(await alert.textContent()).toContain('6月底计划支出 50%，实际执行 30.00%，落后 20.00 个百分点，还需支出 1.00 万元才能达到计划进度');
    // 普法宣传 is at 55% of its budget: ahead of plan, no alert
    expect(await page.getByTestId('behind-plan').filter({ hasText: '普法宣传' }).count()).toBe(0);

    // the department chart carries its figures in its text alternative
    const chart = page.getByRole('img', { name: /部门累计支出进度/ });
    expect(await chart.getAttribute('aria-label')).toContain('截至 2022-06-30');
    // a row opens the project's own chart
    await row.click();
    await page.getByRole('img', { name: /法律援助 累计支出进度/ }).waitFor();
    await page.context().close();
  });

  it('records a payment inline, sees it in the list, the totals and the execution, and is refused an overspend', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}${BASE}/payments`);
    const total = page.getByTestId('payments-total');
    await total.getByText('170,000.50').waitFor();

    await enterPayment(page, { project: '法律援助', date: '2022-06-10', amount: '2000', voucher: 'PZ-0101', payee: '某律师事务所', summary: '法律援助案件补贴' });
    await page.locator('tr.ant-table-row', { hasText: 'PZ-0101' }).getByText('2,000.00').waitFor();
    await total.getByText('172,000.50').waitFor();
    // ready for the next entry: focus back on the project, the voucher number moved on
    expect(await page.evaluate("document.activeElement?.closest('.ant-select') !== null")).toBe(true);
    expect(await page.getByLabel('凭证号', { exact: true }).inputValue()).toBe('PZ-0102');

    // 50000 元 budget, 17000.50 spent: another 40000 goes over, and the unit refuses overspending
    await enterPayment(page, { project: '法律援助', date: '2022-06-20', amount: '40000', voucher: 'PZ-0102', payee: '某律师事务所', summary: '超支测试' });
    const refusal = page.getByTestId('entry-error');
    await refusal.waitFor();
    const text = await refusal.textContent();
    expect(text).toContain('超出当时在用预算 50000.00 元 7000.50 元');
    expect(text).toContain('禁止超支');
    expect(await total.textContent()).toContain('172,000.50');
    expect(await page.locator('tr.ant-table-row', { hasText: '超支测试' }).count()).toBe(0);

    await page.goto(`${env.url}${BASE}/spending?asOf=2022-06-30`);
    await projectRow(page, P1).waitFor();
    expect(await projectRow(page, P1).locator('td').allTextContents()).toContain('1.70');
    await page.context().close();
  });

  it('warns instead of refusing once the setting says so, then voids the payment with a reason kept in its history', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}${BASE}/spending?asOf=2022-06-30`);
    await page.getByRole('button', { name: /执行设置/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('超支提醒').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('spending-settings').getByText('超支控制：超支提醒').waitFor();

    await page.goto(`${env.url}${BASE}/payments`);
    await enterPayment(page, { project: '法律援助', date: '2022-06-20', amount: '40000', voucher: 'PZ-0200', payee: '某律师事务所', summary: '超支提醒测试' });
    const warning = page.getByTestId('entry-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('超支提醒”，已保存');

    const row = page.locator('tr.ant-table-row', { hasText: 'PZ-0200' });
    await row.getByRole('button', { name: '作废 PZ-0200' }).click();
    const voidDialog = page.getByRole('dialog');
    await voidDialog.getByRole('button', { name: /确认作废/ }).click();
    await voidDialog.getByText('请填写原因').waitFor();
    await voidDialog.getByLabel('作废原因').fill('金额超出预算，暂缓支付');
    await voidDialog.getByRole('button', { name: /确认作废/ }).click();
    await row.getByText('已作废').waitFor();

    await row.getByRole('button', { name: '历史 PZ-0200' }).click();
    const history = page.getByTestId('history-entry');
    await history.nth(1).waitFor();
    expect(await history.nth(1).textContent()).toContain('金额超出预算，暂缓支付');
    await page.context().close();
  });

  it('imports a CSV through the preview: problems named by row and column, nothing stored until confirmed', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}${BASE}/payments`);
    await page.getByRole('button', { name: /导入支付明细/ }).click();
    await page.waitForURL(/payments\/import/);
    const header = '项目编码,支付日期,金额（元）,凭证号,收款方,摘要\n';
    const broken = `${header}${P1},2022-07-05,1200.00,PZ-0301,某印刷厂,宣传册\n${P1},2022-07-06,12.5x,PZ-0302,某印刷厂,海报\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.getByTestId('import-has-problems').waitFor();
    expect(await page.getByTestId('import-problems').textContent()).toContain('第3行C列（金额（元））');
    expect(await page.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true);

    const good = `${header}${P1},2022-07-05,1200.00,PZ-0301,某印刷厂,宣传册\n13022522P000R2410006X,2022-07-06,800.50,PZ-0302,某印刷厂,海报\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'payments-july.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByText('导入预览：payments-july.csv').waitFor();
    await page.getByText('全部 2 笔检查通过，合计 2,000.50 元').waitFor();
    expect(await page.getByTestId('import-by-project').textContent()).toContain('普法宣传');
    // the preview stored nothing
    const listed = await env.test.as(await env.test.login('finance'), { method: 'GET', url: '/api/units/315002/years/2022/payments?q=PZ-030' });
    expect(listed.json().total).toBe(0);

    await page.getByRole('button', { name: /确认导入 2 笔/ }).click();
    await page.getByText('已导入 2 笔支付，合计 2,000.50 元').waitFor();
    await page.getByRole('button', { name: '支付登记' }).click();
    await page.locator('tr.ant-table-row', { hasText: 'PZ-0301' }).waitFor();
    await page.context().close();
  });

  it('revises a budget from a date, with its reason in the history', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}${BASE}/spending?asOf=2022-06-30`);
    await projectRow(page, P1).getByRole('button', { name: '调整预算' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('调整后预算数（万元）').fill('6');
    expect(await dialog.getByLabel('其中：财政资金（万元）').inputValue()).toBe('6');
    await dialog.getByLabel('调整原因').fill('乐财预〔2022〕15号追加');
    await dialog.getByRole('button', { name: /保存调整/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const cells = await projectRow(page, P1).locator('td').allTextContents();
    expect(cells.some((c) => c.startsWith('6.00') && c.includes('年初 5.00'))).toBe(true);
    await projectRow(page, P1).click();
    await page.getByText('乐财预〔2022〕15号追加').waitFor();
    await page.context().close();
  });

  it('shows a leader the figures and the list, without entry, correction or revision', async () => {
    const page = await env.signIn('leader');
    await page.getByRole('link', { name: '支付登记' }).click();
    await page.getByTestId('payments-total').waitFor();
    await page.locator('tr.ant-table-row', { hasText: 'PZ-0101' }).waitFor();
    expect(await page.getByText('逐笔登记').count()).toBe(0);
    expect(await page.getByLabel('金额（元）', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^编辑 / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /导入支付明细/ }).count()).toBe(0);
    await page.getByRole('link', { name: '预算执行' }).click();
    await page.getByText('各项目执行情况').waitFor();
    expect(await page.getByRole('button', { name: '调整预算' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /执行设置/ }).count()).toBe(0);
    await page.context().close();
  });

  it('does not offer the spending pages to a role that may not read them', async () => {
    const page = await env.signIn('office');
    await page.getByRole('link', { name: '部门总览' }).waitFor();
    expect(await page.getByRole('link', { name: '预算执行' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '支付登记' }).count()).toBe(0);
    await page.context().close();
  });
});
