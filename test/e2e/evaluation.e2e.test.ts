import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readEvaluationTables } from '../../src/documents/evaluation/read-evaluation-tables.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';
import { approveAllActuals } from '../helpers/evaluation.js';

const LAW = '13022522P000R24100104'; // 法制建设
let env: BrowserEnv;
let printingId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  // every actual approved and met, except 文件印刷数量: 372 of ≥400 (score 12.5 × 372 ÷ 400 = 11.63)
  const ids = await approveAllActuals(env.test.database.db, { [`${LAW}|文件印刷数量`]: { value: 372 } });
  printingId = ids.get(`${LAW}|文件印刷数量`)!;
}, 180_000);
afterAll(() => env?.close());

const openEvaluation = async (page: Page) => {
  await page.getByRole('link', { name: '绩效自评', exact: true }).click();
  await page.getByTestId('evaluation-state').waitFor();
};
const state = (page: Page) => page.getByTestId('evaluation-state').textContent();

describe('绩效自评 in the browser', { timeout: 150_000 }, () => {
  it('finance fills the missed line a section may not, submits, the leader approves and locks, the locked report is exported and printed', async () => {
    const section = await env.signIn('section');
    await openEvaluation(section);
    expect(await section.getByText('提交前还需处理 1 项').count()).toBe(1);
    // the score explains itself with its numbers
    await section.locator(`#p-${LAW}`).getByText('11.63', { exact: true }).hover();
    await section.getByText('实际 372 未达到目标 ≥400份：12.5 × 372 ÷ 400 = 11.63').waitFor();
    // a section may not submit: no button for it; 法制建设 is not its business (legal aid, surveys): no field
    expect(await section.getByRole('button', { name: '提 交' }).count()).toBe(0);
    expect(await section.getByTestId(`deviation-${printingId}`).count()).toBe(0);
    await section.context().close();

    const finance = await env.signIn('finance');
    await openEvaluation(finance);
    const deviation = finance.getByTestId(`deviation-${printingId}`);
    await deviation.fill('印刷厂停产两个月，余量已安排次年一季度补印');
    await deviation.blur();
    await finance.getByText('已保存').first().waitFor();
    await finance.getByText(/提交前还需处理/).waitFor({ state: 'detached' });
    await finance.getByRole('button', { name: /提\s*交/ }).click();
    await finance.getByTestId('evaluation-state').getByText('已提交待审批').waitFor();
    // four-eyes: finance has no approve button
    expect(await finance.getByRole('button', { name: '审批通过' }).count()).toBe(0);
    await finance.context().close();

    const leader = await env.signIn('leader');
    await openEvaluation(leader);
    await leader.getByRole('button', { name: '审批通过' }).click();
    await leader.getByTestId('evaluation-state').getByText('已审批').waitFor();
    await leader.getByRole('button', { name: /锁\s*定/ }).click();
    await leader.getByTestId('evaluation-state').getByText('已锁定').waitFor();
    expect(await state(leader)).toBe('已锁定');
    const shownTotal = Number(await leader.getByTestId(`total-${LAW}`).textContent());
    expect(shownTotal).toBe(0 + 11.63 + 12.5 * 3 + 15 * 2 + 10); // nothing paid in this database: execution 0

    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe('315002乐亭县司法局-2022年度绩效自评表.xlsx');
    const tables = await readEvaluationTables(await readFile((await download.path())!), 'xlsx');
    const law = tables.find((x) => x.projectName === '法制建设')!;
    expect(law.total).toBe(shownTotal);
    expect(law.indicators.find((i) => i.name === '文件印刷数量')!.score).toBe(11.63);

    // the print view: no navigation, one sheet a project, signature lines
    const [print] = await Promise.all([leader.context().waitForEvent('page'), leader.getByRole('button', { name: /打\s*印/ }).click()]);
    await print.locator('.print-root .sheet').first().waitFor();
    expect(await print.locator('.print-root .sheet').count()).toBe(12);
    expect(await print.locator('.ant-layout-sider').count()).toBe(0);
    expect(await print.locator('.print-root .signatures').first().textContent()).toContain('单位负责人：');
  });
});
