import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../src/app/library/seed-library.js';
import { getGoalBook } from '../../src/app/goal-book/get-goal-book.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { sampleGoalBook } from '../helpers/fixtures.js';
import { approveValue } from '../helpers/evaluation.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';

let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
  const db = env.test.database.db;
  await seedLibrary({ db, actor: { userId: null, name: 'test' }, book: sampleGoalBook() });
  // one 2022 actual: 法律援助案件受理数 401 (live figures, the evaluation not approved)
  const board = await getIndicatorProgress({ db, scope: await cliScope(db, '315002'), year: 2022, asOf: '2022-12-31' });
  await approveValue(db, board.indicators.find((i) => i.projectCode === '13022522P000R24100085' && i.name.startsWith('法律援助案件受理数'))!.indicatorId, { value: 401 });
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
    await expect(getGoalBook({ db: env.test.database.db, scope: await cliScope(env.test.database.db, '315002'), year: 2023 })).rejects.toThrow();
    await page.getByTestId('rollover-confirm').click();
    await page.waitForURL((u) => u.pathname === '/u/315002/2023/rollover');
    await page.getByTestId('rollover-status').filter({ hasText: '草稿' }).waitFor();
    await page.getByTestId('proposed-法律援助案件受理数（件)').first().filter({ hasText: '≥442件' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '项目完成时间' }).first();
    await row.getByRole('button', { name: /采\s*纳/ }).click();
    await row.getByText('已采纳').waitFor();
    const book = await getGoalBook({ db: env.test.database.db, scope: await cliScope(env.test.database.db, '315002'), year: 2023 });
    expect(
      book.projects
        .flatMap((p) => p.indicators)
        .filter((i) => i.name === '项目完成时间')
        .map((i) => i.target.raw),
    ).toContain('2023年底');
    // 2022 still has its own targets
    const old = await getGoalBook({ db: env.test.database.db, scope: await cliScope(env.test.database.db, '315002'), year: 2022 });
    expect(
      old.projects
        .flatMap((p) => p.indicators)
        .filter((i) => i.name === '项目完成时间')
        .map((i) => i.target.raw),
    ).toEqual(['2022年底', '2022年底', '2022年底']);
  });

  it("shows the draft on the 2023 overview and last year's actual beside this year's on the board", async () => {
    const page = await env.signIn('leader');
    await page.goto(`${env.url}/u/315002/2023/overview`);
    await page.getByTestId('rollover-draft').filter({ hasText: '由 2022 年度结转，为草稿' }).waitFor();
    await page.goto(`${env.url}/u/315002/2023/indicators`);
    await page.getByRole('columnheader', { name: '上年实际' }).first().waitFor();
    const db = env.test.database.db;
    const board = await getIndicatorProgress({ db, scope: await cliScope(db, '315002'), year: 2023, asOf: '2023-06-30' });
    const id = board.indicators.find((i) => i.projectCode === '13022522P000R24100085' && i.name.startsWith('法律援助案件受理数'))!.indicatorId;
    await page.getByTestId(`previous-${id}`).filter({ hasText: '401' }).waitFor();
  });

  it('adds an indicator to a 2023 goal table by picking it from the library', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2023/projects/13022522P000R24100085`);
    await page.getByRole('button', { name: '新增指标' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('library-pick').click();
    await page.keyboard.type('购置质量');
    // picked with the keyboard once the search has made it the active option: a click could land where the
    // list was a frame earlier, while it still shrinks to the options that match (seen on a loaded CI machine)
    await page.locator('.ant-select-item-option-active').filter({ hasText: '购置质量合格率' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByLabel('三级指标', { exact: true }).inputValue()).toBe('购置质量合格率');
    await dialog.getByLabel('指标值', { exact: true }).fill('100%');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const book = await getGoalBook({ db: env.test.database.db, scope: await cliScope(env.test.database.db, '315002'), year: 2023 });
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
