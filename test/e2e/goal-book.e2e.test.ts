import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoalDocument } from '../../src/documents/read-goal-document.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { SAMPLE_PATH, sampleGoalBook, withoutWarnings } from '../helpers/fixtures.js';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

describe('goal book in the browser', { timeout: 90_000 }, () => {
  it('opens a project and sees 法律援助案件受理数 with ≥396件 in the paper-form table', async () => {
    const page = await env.signIn('finance');
    // the landing page is 我的待办; the goal-book overview is one click away
    await page.getByRole('link', { name: '部门总览', exact: true }).click();
    await page.getByRole('heading', { name: /乐亭县司法局 · 2022年度绩效目标/ }).waitFor();
    await expect(page.getByText('122.06')).toBeTruthy();
    await page.getByRole('link', { name: '法律援助', exact: true }).click();
    await page.waitForURL(/projects\/13022522P000R24100085/);
    const table = page.getByRole('table', { name: '1.法律援助绩效目标表' });
    const row = table.locator('tr', { hasText: '法律援助案件受理数（件)' });
    await row.waitFor();
    expect(await row.locator('td', { hasText: '≥396件' }).count()).toBe(1);
    // the merged category cell spans the four 产出指标 rows, as on paper
    expect(await table.locator('td', { hasText: '产出指标' }).getAttribute('rowspan')).toBe('4');
    await page.context().close();
  });

  it('edits an indicator through the form, with the target read live, and the change is a revision', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/u/315002/2022/projects/13022522P000R24100085');
    await page.getByRole('button', { name: '编辑 法律援助案件受理数（件)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('指标值', { exact: true }).fill('≥400件');
    // the preview follows the typing: wait for it rather than read it at once
    await dialog.getByTestId('target-preview').filter({ hasText: '≥ 400 件' }).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('td', { hasText: '≥400件' }).waitFor();
    await page.goto(env.url + '/u/315002/2022/revisions');
    await page.getByText('修改 1 个项目').first().waitFor();
    await page.context().close();
  });

  it('uploads a document, previews the changes with warnings and findings, confirms the import', async () => {
    // make sure the stored book differs from the document, whatever ran before
    const finance = await env.test.login('finance');
    await env.test.as(finance, { method: 'PATCH', url: '/api/units/315002/years/2022/projects/13022522P000R24100085', payload: { purpose: '临时修改的资金用途' } });
    const page = await env.signIn('finance');
    await page.goto(env.url + '/import');
    await page.locator('input[type=file]').setInputFiles({ name: 'laoting-justice-2022.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE_PATH) });
    await page.getByText('导入预览：乐亭县司法局（315002）2022年度').waitFor();
    // the edit above is undone by the original document: one project changes
    await page.getByText(/修改 1 个项目/).first().waitFor();
    await page.getByText(/解析提示（1）/).waitFor();
    await page.getByText(/审核发现（71）/).waitFor();
    await page.getByRole('button', { name: /确认导入/ }).click();
    await page.getByText('已导入：乐亭县司法局 2022年度').waitFor();
    await page.context().close();
  });

  it('shows a located Chinese error for a broken document and stores nothing', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/import');
    const broken = readFileSync(SAMPLE_PATH, 'utf8').replace('\t5.00\n\t其中', '\t5.0x\n\t其中');
    await page.locator('input[type=file]').setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from(broken) });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('表1《法律援助绩效目标表》第3行第3列（预算数）');
    await page.context().close();
  });

  it('downloads an export that imports back to the stored goal book', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/u/315002/2022/overview');
    await page.getByRole('heading', { name: /2022年度绩效目标/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe('315002乐亭县司法局-2022年度绩效目标.xlsx');
    const bytes = readFileSync((await download.path())!);
    expect(withoutWarnings(await readGoalDocument(bytes))).toEqual(withoutWarnings(sampleGoalBook()));
    await page.context().close();
  });

  it('links a review finding to the very cell it concerns', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/u/315002/2022/review');
    const row = page.locator('tr', { hasText: '用文字“百分比”写单位' }).filter({ hasText: '法制建设' });
    await row.getByRole('link', { name: '法制建设' }).click();
    await page.waitForURL(/projects\/13022522P000R24100104\?cell=1:target/);
    const focused = page.locator('td[data-focused="true"]');
    await focused.waitFor();
    expect(await focused.textContent()).toBe('100百分比');
    await page.context().close();
  });

  it('shows a one-click fix before it changes the document, and undoes it from the revision history', async () => {
    const page = await env.signIn('finance');
    await page.goto(env.url + '/u/315002/2022/review');
    const row = page.locator('tr', { hasText: '用文字“百分比”写单位' }).filter({ hasText: '法制建设' });
    await row.getByRole('button', { name: /一键修正/ }).click();
    // nothing is written yet: the dialog shows the cell before and after
    const confirm = page.getByRole('dialog').filter({ has: page.getByTestId('fix-preview') });
    await confirm.locator('.ant-modal-confirm-title', { hasText: '按审核意见修改正式文本（1 处）？' }).waitFor();
    await confirm.getByTestId('fix-preview').getByText('100百分比').waitFor();
    await confirm.getByTestId('fix-preview').getByText('100%', { exact: true }).waitFor();
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    await page.goto(env.url + '/u/315002/2022/projects/13022522P000R24100104?cell=1:target');
    expect(await page.locator('td[data-focused="true"]').textContent()).toBe('100百分比');

    await page.goto(env.url + '/u/315002/2022/review');
    await page.locator('tr', { hasText: '用文字“百分比”写单位' }).filter({ hasText: '法制建设' }).getByRole('button', { name: /一键修正/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认修改' }).click();
    await page.getByText(/已保存 · 第 \d+ 次修订/).waitFor();
    await page.goto(env.url + '/u/315002/2022/projects/13022522P000R24100104?cell=1:target');
    await page.locator('td[data-focused="true"]', { hasText: '100%' }).waitFor();

    // 撤销此修订 on the newest revision (the fix): confirmed, it becomes a revision of its own
    await page.goto(env.url + '/u/315002/2022/revisions');
    const undo = page.locator('[data-testid^="undo-"]').first();
    const number = Number((await undo.getAttribute('data-testid'))!.slice('undo-'.length));
    await undo.click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('undo-preview') });
    await dialog.locator('.ant-modal-confirm-title', { hasText: `撤销第 ${number} 次修订？` }).waitFor();
    await dialog.getByRole('button', { name: '撤销此修订' }).click();
    await page.getByText(`已撤销第 ${number} 次修订`).waitFor();
    await page.locator('tr', { hasText: `撤销第 ${number} 次修订` }).getByText('撤销修订').waitFor();
    await page.goto(env.url + '/u/315002/2022/projects/13022522P000R24100104?cell=1:target');
    await page.locator('td[data-focused="true"]', { hasText: '100百分比' }).waitFor();

    // undone once: the second undo is refused with the reason
    await page.goto(env.url + '/u/315002/2022/revisions');
    await page.getByTestId(`undo-${number}`).click();
    await page.getByRole('dialog').getByRole('button', { name: '撤销此修订' }).click();
    await page.getByText(`第 ${number + 1} 次修订之后又修改了`).waitFor();
    await page.context().close();
  });

  it('hides editing from a leader, whom the API would refuse anyway', async () => {
    const page = await env.signIn('leader');
    await page.goto(env.url + '/u/315002/2022/projects/13022522P000R24100085');
    await page.getByRole('table', { name: '1.法律援助绩效目标表' }).waitFor();
    expect(await page.getByRole('button', { name: /新增指标/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '导入绩效目标' }).count()).toBe(0);
    await page.context().close();
  });

  it('switches the interface to English', async () => {
    const page = await env.signIn('finance');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '部门总览' }).waitFor();
    await page.context().close();
  });
});
