import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

/** screenshots to look at by hand (not asserted) */
const SHOTS = process.env.JIXIAO_SCREENSHOTS ?? '/tmp/jixiao-screenshots';
mkdirSync(SHOTS, { recursive: true });

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

describe('units and offices in the browser', { timeout: 90_000 }, () => {
  it('lets the administrator add a 司法所 and a unit, and refuses a duplicate with the server’s reason', async () => {
    const page = await env.signIn('admin');
    await page.goto(env.url + '/admin/units');
    await page.getByTestId('unit-315002').waitFor();
    const offices = page.getByTestId('offices-315002');
    await offices.getByLabel('新增司法所名称').fill('测试司法所');
    await offices.getByLabel('新增司法所名称').press('Enter');
    await offices.getByText('测试司法所', { exact: true }).waitFor();
    // the register forms read the same list
    const lists = (await env.test.as(await env.test.login('section'), { method: 'GET', url: '/api/units/315002/offices' })).json() as { offices: string[] };
    expect(lists.offices).toContain('测试司法所');
    // the same name again: refused, the reason shown beside the field
    await offices.getByLabel('新增司法所名称').fill('测试司法所');
    await offices.getByRole('button', { name: /添\s*加/ }).click();
    await offices.getByText('已有司法所“测试司法所”').waitFor();
    // removed after confirming; the list no longer offers it
    await offices.getByText('测试司法所', { exact: true }).click();
    await page.getByRole('button', { name: /确\s*认/ }).click();
    await expect.poll(async () => ((await env.test.as(await env.test.login('section'), { method: 'GET', url: '/api/units/315002/offices' })).json() as { offices: string[] }).offices).not.toContain('测试司法所');

    await page.getByTestId('unit-add').click();
    await page.getByLabel('单位编码').fill('315077');
    await page.getByLabel('单位名称').fill('乐亭县测试局');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('unit-315077').waitFor();
    await page.screenshot({ path: `${SHOTS}/units-admin.png`, fullPage: true });
    await page.context().close();
  });

  it('does not offer the page to a finance officer', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/u/315002/2022/home');
    await page.getByRole('link', { name: '我的待办' }).waitFor();
    // the menu the finance officer sees has the other pages, not this one
    await page.getByRole('link', { name: '支付登记' }).waitFor();
    expect(await page.getByRole('link', { name: '单位与司法所' }).count()).toBe(0);
    await page.context().close();
  });
});
