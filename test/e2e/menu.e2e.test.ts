import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

const menu = async (env: BrowserEnv, user: 'section' | 'correctionSection' | 'office') => {
  const page = await env.signIn(user);
  await page.goto(env.url + '/u/315002/2022/home');
  await page.getByRole('link', { name: '我的待办' }).waitFor();
  const links = await page.locator('.ant-menu a').allInnerTexts();
  await page.context().close();
  return links;
};

describe('the menu offers only pages the user may open', { timeout: 90_000 }, () => {
  it('does not offer a legal-aid section the correction and aftercare pages the API refuses it', async () => {
    const links = await menu(env, 'section');
    expect(links).toContain('业务台账');
    expect(links).not.toContain('社区矫正');
    expect(links).not.toContain('奖惩审批与联合检查');
    expect(links).not.toContain('安置帮教衔接');
  });

  it('offers them to the correction section and to a 司法所', async () => {
    expect(await menu(env, 'correctionSection')).toEqual(expect.arrayContaining(['社区矫正', '奖惩审批与联合检查']));
    expect(await menu(env, 'office')).toEqual(expect.arrayContaining(['社区矫正', '奖惩审批与联合检查', '安置帮教衔接']));
  });
});
