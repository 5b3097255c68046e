import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** screenshots to look at by hand (not asserted) */
const SHOTS = process.env.JIXIAO_SCREENSHOTS ?? '/tmp/jixiao-screenshots';
mkdirSync(SHOTS, { recursive: true });
const BASE = '/u/315002/2022';
const CJK = /[\u4e00-\u9fff]/;

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

/** the page's own words (column headers, statistic titles, pagination, criterion tags) that are still Chinese */
const chineseChrome = async (page: Page) =>
  (await page.locator('th, .ant-statistic-title, .ant-pagination-total-text, .ant-tag-checkable').allInnerTexts()).map((text) => text.trim()).filter((text) => CJK.test(text));

describe('the goal-book pages in English', { timeout: 90_000 }, () => {
  it('names headings, counts, criteria and columns in English, leaving only the data in Chinese', async () => {
    const page = await env.signIn('finance');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(env.url + `${BASE}/overview`);
    await page.getByRole('heading', { name: '乐亭县司法局 · 2022 performance goals' }).waitFor();
    await page.getByText('Department goals: 18 items').waitFor();
    // the year picker says 2022, not 2022年
    await expect.poll(() => page.getByLabel('Year').locator('..').getAttribute('title')).toBe('2022');
    expect(await chineseChrome(page)).toEqual([]);

    await page.goto(env.url + `${BASE}/department`);
    await page.getByText('乐亭县司法局 · 2022 department goals').waitFor();

    await page.goto(env.url + `${BASE}/review`);
    await page.getByText(/^Measurability \d+$/).waitFor();
    await page.getByText(/^\d+ findings$/).waitFor();
    expect(await chineseChrome(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/review-en.png`, fullPage: true });

    await page.goto(env.url + `${BASE}/revisions`);
    await page.getByRole('columnheader', { name: 'Source' }).waitFor();
    await page.getByRole('columnheader', { name: 'Count' }).waitFor();
    expect(await chineseChrome(page)).toEqual([]);

    await page.goto(env.url + `${BASE}/registers`);
    await page.getByRole('tab', { name: 'Legal aid' }).waitFor();
    await page.getByRole('tab', { name: 'Satisfaction surveys' }).waitFor();

    await page.goto(env.url + `${BASE}/spending`);
    await page.getByRole('columnheader', { name: /Projected year-end/ }).waitFor();
    expect(await chineseChrome(page)).toEqual([]);
    await page.context().close();
  });

  it('previews an import and edits a project in English, with a located English error for a bad amount', async () => {
    const finance = await env.test.login('finance');
    await env.test.as(finance, { method: 'PATCH', url: `/api/units/315002/years/2022/projects/13022522P000R24100085`, payload: { spendingPlan: [{ month: 6, cumulativePercent: 40 }, { month: 12, cumulativePercent: 100 }] } });
    const page = await env.signIn('finance');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(env.url + '/import');
    await page.locator('input[type=file]').setInputFiles({ name: 'laoting-justice-2022.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE_PATH) });
    await page.getByText('Preview: 乐亭县司法局 (315002) 2022').waitFor();
    await page.getByText('An import is all or nothing', { exact: false }).waitFor();
    await page.getByText(/^Changes（\d+）$/).click();
    await page.getByRole('columnheader', { name: 'Field' }).waitFor();
    await page.getByText('end of month 6: 40%').waitFor();
    expect(await chineseChrome(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/import-preview-en.png`, fullPage: true });

    await page.goto(env.url + `${BASE}/projects/13022522P000R24100085`);
    await page.getByRole('button', { name: 'Edit project' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('Other funds（10k yuan）').fill('abc');
    await drawer.getByText('Enter an amount in 10k yuan, at most six decimals (to the fen)').waitFor();
    expect(await drawer.getByText('month-end').count()).toBeGreaterThan(0);
    const drawerText = await drawer.innerText();
    expect(drawerText).not.toMatch(/财政资金|其他资金|月底|万元/);
    await page.context().close();
  });

  it('previews and imports a payment file in English: counts, units and the per-project line', async () => {
    const page = await env.signIn('finance');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${env.url}${BASE}/payments`);
    await page.getByLabel('Amount (yuan)').first().waitFor();
    expect(await page.locator('.ant-input-suffix').allInnerTexts()).toContain('yuan');
    await page.goto(`${env.url}${BASE}/payments/import`);
    const csv = '项目编码,支付日期,金额（元）,凭证号,收款方,摘要\n13022522P000R2410006X,2022-07-06,800.50,EN-0001,某印刷厂,海报\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'payments-en.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-by-project').waitFor();
    expect(await chineseChrome(page)).toEqual([]);
    const suffixes = await page.locator('.ant-statistic-content-suffix').allInnerTexts();
    expect(suffixes.join(' ')).not.toMatch(CJK);
    await page.getByRole('button', { name: /Import 1/ }).click();
    await page.getByText('普法宣传: 1 payments, 800.50 yuan').waitFor();
    await page.context().close();
  });
});

describe('a register in English', { timeout: 90_000 }, () => {
  it('names the sheet, its columns and its form fields in English, and says what a field needs in English', async () => {
    const page = await env.signIn('section');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${env.url}${BASE}/registers/legal-aid/cases`);
    await page.getByRole('columnheader', { name: 'Accepted on' }).waitFor();
    await page.getByRole('columnheader', { name: 'Justice office' }).waitFor();
    await page.getByRole('columnheader', { name: 'Case type' }).waitFor();
    await page.getByText('Legal aid cases').first().waitFor();
    expect(await chineseChrome(page)).toEqual([]);
    // the filters are named in English too
    await page.getByLabel('Applicant category').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/register-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'New record' }).first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('New record: Legal aid cases').waitFor();
    const labels = (await drawer.locator('.ant-form-item-label label').allInnerTexts()).map((text) => text.trim());
    expect(labels).toEqual(expect.arrayContaining(['Justice office', 'Case source', 'Applicant name', 'Accepted on', 'Follow-up satisfaction']));
    expect(labels.filter((text) => CJK.test(text))).toEqual([]);
    await drawer.getByTestId('record-save').click();
    await drawer.getByText(/Case source/).nth(1).waitFor();
    expect((await drawer.locator('.ant-form-item-explain-error').allInnerTexts()).filter((text) => CJK.test(text))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/register-form-en.png`, fullPage: true });
    await drawer.getByRole('button', { name: 'Cancel' }).click();

    // the server's problem, beside its field and above the form, in English
    await page.getByText('Duty shifts', { exact: true }).click();
    await page.getByText('No records in Duty shifts yet').waitFor();
    await page.getByRole('button', { name: 'New record' }).first().click();
    const form = page.locator('.ant-drawer').filter({ hasText: 'New record: Duty shifts' });
    await form.getByLabel('Duty date').fill('2022-03-01');
    await form.getByLabel('Duty date').press('Enter');
    await form.getByLabel('Duty place').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '看守所' }).click();
    await form.getByLabel('On duty').fill('赵律师');
    await form.getByLabel('Consultations answered (people)').fill('5000');
    await form.getByTestId('record-save').click();
    await form.getByTestId('record-error').getByText('Duty shifts has errors: Consultations answered (people): cannot be more than 1000').waitFor();
    await form.locator('.ant-form-item-explain-error').getByText('cannot be more than 1000', { exact: true }).waitFor();
    await page.context().close();
  });
});
