import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/api/app.js';
import { TEST_AUDIT_KEY } from './keys.js';
import { loadConfig } from '../../src/config.js';
import { createTestApp, TEST_CIPHER, TEST_PASSWORD, type TestApp, type TestUser } from './app.js';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserEnv {
  test: TestApp;
  url: string;
  browser: Browser;
  /** a new page signed in as the user, through the real login form */
  signIn(user: TestUser): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real app — built web, API, a fresh database with the sample and one user per role — on a random
 * port, and Debian's Chromium driven by playwright-core.
 */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` (npm test does it)');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: npm test installs Debian's chromium package`);
  const test = await createTestApp();
  // a second app on the same database, serving the built web as production does
  const config = loadConfig({ JIXIAO_DATA_DIR: '/nonexistent', JIXIAO_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const app = await buildApp({ database: test.database, config, webRoot: WEB_ROOT, cipher: TEST_CIPHER, auditKey: TEST_AUDIT_KEY });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const signIn = async (user: TestUser) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    await page.goto(url + '/login');
    await page.getByLabel('用户名').fill(user);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  };
  return {
    test,
    url,
    browser,
    signIn,
    close: async () => {
      await browser.close();
      await app.close();
      await test.close();
    },
  };
}
