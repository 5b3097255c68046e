import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../src/app/library/seed-library.js';
import { getGoalBook } from '../../src/app/goal-book/get-goal-book.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
  await seedLibrary({ db: env.test.database.db, actor: { userId: null, name: 'test' }, book: sampleGoalBook() });
}, 60_000);
afterAll(() => env.close());

describe('year rollover and the indicator library in the browser', { timeout: 120_000 }, () => {
  it('previews the rollover of 2022 to 2023, confirms it and accepts a proposal', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2022/rollover`);
    await page.getByTestId('rollover-preview').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('确认由 2022 年度结转到 2023 年度？').waitFor();
    await dialog.getByText('复制 12 个项目、84 个指标').waitFor();
    // the deadline proposal with its reason
    await dialog.getByText('完成时限“2022年底”顺延为 2023 年底').first().waitFor();
    // nothing is written by the preview
    await expect(getGoalBook({ db: env.test.database.db, unitCode: '315002', year: 2023 })).rejects.toThrow();
    await page.getByTestId('rollover-confirm').click();
    await page.waitForURL((u) => u.pathname === '/u/315002/2023/rollover');
    await page.getByTestId('rollover-status').filter({ hasText: '草稿' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '项目完成时间' }).first();
    await row.getByRole('button', { name: /采\s*纳/ }).click();
    await row.getByText('已采纳').waitFor();
    const book = await getGoalBook({ db: env.test.database.db, unitCode: '315002', year: 2023 });
    expect(
      book.projects
        .flatMap((p) => p.indicators)
        .filter((i) => i.name === '项目完成时间')
        .map((i) => i.target.raw),
    ).toContain('2023年底');
    // 2022 still has its own targets
    const old = await getGoalBook({ db: env.test.database.db, unitCode: '315002', year: 2022 });
    expect(
      old.projects
        .flatMap((p) => p.indicators)
        .filter((i) => i.name === '项目完成时间')
        .map((i) => i.target.raw),
    ).toEqual(['2022年底', '2022年底', '2022年底']);
  });

  it('adds an indicator to a 2023 goal table by picking it from the library', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2023/projects/13022522P000R24100085`);
    await page.getByRole('button', { name: '新增指标' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('library-pick').click();
    await page.keyboard.type('购置质量');
    await page.locator('.ant-select-item-option').filter({ hasText: '购置质量合格率' }).click();
    await expect.poll(() => dialog.getByLabel('三级指标', { exact: true }).inputValue()).toBe('购置质量合格率');
    await dialog.getByLabel('指标值', { exact: true }).fill('100%');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const book = await getGoalBook({ db: env.test.database.db, unitCode: '315002', year: 2023 });
    const added = book.projects.find((p) => p.code === '13022522P000R24100085')!.indicators.find((i) => i.name === '购置质量合格率');
    expect(added).toMatchObject({ name: '购置质量合格率', level1: '产出指标', level2: '质量指标', target: { raw: '100%' } });
  });

  it('browses the library and opens an entry with its history', async () => {
    const page = await env.signIn('leader');
    await page.goto(`${env.url}/u/315002/2023/library`);
    await page.getByRole('button', { name: '法律援助案件受理数' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('各单位历年目标与实际').waitFor();
    await expect.poll(async () => drawer.getByRole('row').count()).toBeGreaterThanOrEqual(5);
    // the leader reads, never edits
    expect(await page.getByRole('button', { name: /新增指标/ }).count()).toBe(0);
  });
});
