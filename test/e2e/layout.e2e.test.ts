import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../src/app/library/seed-library.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/** screenshots to look at by hand (not asserted) */
const SHOTS = process.env.JIXIAO_SCREENSHOTS ?? '/tmp/jixiao-screenshots';
mkdirSync(SHOTS, { recursive: true });
const BASE = '/u/315002/2022';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedLibrary({ db: env.test.database.db, actor: { userId: null, name: 'test' }, book: sampleGoalBook() });
}, 120_000);
afterAll(() => env?.close());

/** how many lines a cell's text is laid out on (distinct tops of its text's line boxes); the body runs in the page */
const LINE_COUNT = new Function(
  'el',
  `const tops = new Set();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
  }
  return tops.size;`,
) as (el: unknown) => number;
const lineCount = (cell: Locator) => cell.evaluate(LINE_COUNT);

describe('tables laid out to be read', { timeout: 90_000 }, () => {
  it('shows the library’s indicator levels on two lines, not broken every two characters', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + `${BASE}/library`);
    const row = page.locator('tr', { has: page.getByRole('button', { name: '法律援助案件受理数', exact: true }) });
    await row.waitFor();
    const headers = await page.getByTestId('library-table').locator('thead th').allInnerTexts();
    const cells = row.locator('td');
    const levels = cells.nth(headers.findIndex((h) => h.includes('一级指标')));
    expect(await levels.innerText()).toContain('产出指标');
    expect(await lineCount(levels)).toBe(2);
    const excluded = cells.nth(headers.findIndex((h) => h.includes('不计入')));
    expect(await lineCount(excluded)).toBeLessThanOrEqual(3);
    // and no column is squeezed to a character a line to make room for them
    for (let i = 0; i < headers.length; i++) expect(await lineCount(cells.nth(i)), headers[i]).toBeLessThanOrEqual(4);
    await page.screenshot({ path: `${SHOTS}/library.png`, fullPage: true });
    await page.context().close();
  });

  it('gives every column of the revision history a header and keeps 第 1 次修订 on one line', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + `${BASE}/revisions`);
    const row = page.locator('tr.ant-table-row').first();
    await row.waitFor();
    const headers = await page.locator('thead th').allInnerTexts();
    // the expand column has no header; every other one names what it holds
    expect(headers.slice(1).filter((h) => h.trim() === '')).toHaveLength(0);
    expect(await lineCount(row.locator('td').nth(1))).toBe(1);
    await page.context().close();
  });
});
