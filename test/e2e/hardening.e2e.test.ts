import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

const BASE = '/u/315002/2022';
/** screenshots to look at by hand (not asserted) */
const SHOTS = process.env.JIXIAO_SCREENSHOTS ?? '/tmp/jixiao-screenshots';
mkdirSync(SHOTS, { recursive: true });

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
    await page.waitForURL(/\/u\/315002\/2022\/(home|overview)$/);
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

  it('shows the audit log as words: action names, object names, before and after with the change marked', async () => {
    const finance = await env.test.login('finance');
    const created = await env.test.as(finance, { method: 'POST', url: '/api/units/315002/years/2022/payments', payload: { projectCode: '13022522P000R24100085', paidOn: '2022-03-01', amount: 100, voucherNo: '记-0042', payee: '某律所', summary: '办案补贴' } });
    expect(created.statusCode).toBe(200);
    const fix = await env.test.as(finance, { method: 'PATCH', url: `/api/units/315002/years/2022/payments/${created.json().payment.id}`, payload: { amount: 880, reason: '金额录入错误', version: 1 } });
    expect(fix.statusCode).toBe(200);
    const page = await env.signIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url + '/admin/audit');
    const row = page.locator('tr.ant-table-row', { hasText: '修改支付' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('法律援助 · 记-0042');
    const body = await page.locator('.ant-table-tbody').textContent();
    expect(body).not.toContain('payment.update');
    expect(body).not.toMatch(/indicator_value \d|"amountFen"/);
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ant-table-expanded-row').first();
    await detail.getByText('880.00 元').waitFor();
    await expect(detail.textContent()).resolves.toMatch(/金额.*100\.00 元.*880\.00 元.*已改/);
    await page.screenshot({ path: `${SHOTS}/audit-zh.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows English mode in English: roles, units, server messages', async () => {
    const page = await env.signIn('finance');
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(env.url + `${BASE}/overview`);
    await page.getByText('10k yuan').first().waitFor();
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('Finance');
    await page.screenshot({ path: `${SHOTS}/overview-en.png`, fullPage: true });
    // the page asks the server for English, and a refusal comes back in English
    const asked = page.waitForRequest((r) => r.url().includes('/api/units/999999/'));
    await page.goto(env.url + '/u/999999/2022/spending');
    expect((await asked).headers()['accept-language']).toBe('en');
    await page.getByText('You may not access the data of unit 999999').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/no-access-en.png`, fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.context().close();
  });

  it('gives the reviewer a no-access page with a way home for a register address', async () => {
    const page = await env.signIn('reviewer');
    await page.goto(env.url + `${BASE}/registers/legal-aid/cases`);
    await page.getByText('无权访问此页面').waitFor();
    expect(await page.getByRole('button', { name: /重\s*试/ }).count()).toBe(0);
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(/\/(home|overview)$/);
    await page.context().close();
  });

  it('says what is missing when the administrator saves an empty user form, in words', async () => {
    const page = await env.signIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url + '/admin/users');
    await page.getByRole('button', { name: '新增用户' }).click();
    await page.getByRole('dialog').getByText('2–40 位字母、数字、下划线、点或连字符').first().waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请选择角色').first().waitFor();
    const text = await page.getByRole('dialog').textContent();
    expect(text).not.toContain('请输入角色');
    expect(text).not.toContain('A-Za-z');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks for the comment in words when a review comment is empty', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + `${BASE}/review`);
    await page.getByRole('button', { name: '填写意见' }).click();
    await page.getByText('请填写意见内容').waitFor();
    expect(await page.getByText('请输入text').count()).toBe(0);
    await page.context().close();
  });
});
