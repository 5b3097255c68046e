import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

const BASE = '/u/315002/2022';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

async function signInWith(username: string, password: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(env.url + '/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

describe('hardening in the browser', { timeout: 90_000 }, () => {
  it('sends a user with an administrator-set password to the change form, and lets them in after', async () => {
    const admin = await env.test.login('admin');
    const created = await env.test.as(admin, { method: 'POST', url: '/api/users', payload: { username: 'newclerk', displayName: '新会计', password: 'Init-Pw-7391', role: 'finance', unitCode: '315002' } });
    expect(created.statusCode).toBe(200);
    const page = await signInWith('newclerk', 'Init-Pw-7391');
    await page.waitForURL(/\/account\/password$/);
    await page.getByText('您的密码由管理员设置，请先修改密码').waitFor();
    // typing another page's address still ends at the form
    await page.goto(env.url + `${BASE}/payments`);
    await page.waitForURL(/\/account\/password$/);
    await page.getByLabel('当前密码').fill('Init-Pw-7391');
    await page.getByLabel('新密码', { exact: true }).fill('Woaini1314!');
    await page.getByLabel('确认新密码').fill('Woaini1314!');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('这是常见密码，很容易被猜中，请换一个').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Own-Choice-4826');
    await page.getByLabel('确认新密码').fill('Own-Choice-4826');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/u\/315002\/2022\/overview$/);
    await page.goto(env.url + `${BASE}/payments`);
    await page.getByText('逐笔登记').first().waitFor();
    expect(page.url()).toContain('/payments');
    await page.context().close();
  });

  it('says why a date outside the year is not taken in the payment form', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + `${BASE}/payments`);
    const date = page.getByLabel('支付日期', { exact: true });
    await date.click();
    await date.fill('2023-01-05');
    await date.press('Enter');
    await page.getByText('支付日期须在 2022 年内：本页登记的是 2022 年度的支付').waitFor();
    await page.context().close();
  });
});
