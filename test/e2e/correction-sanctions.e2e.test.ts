import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

const PEOPLE = '/api/units/315002/registers/correction/people/records';
let env: BrowserEnv;
let personId: number;

beforeAll(async () => {
  env = await startBrowserEnv();
  const office = await env.test.login('office');
  const res = await env.test.as(office, { method: 'POST', url: PEOPLE, payload: { name: '韩立新', correctionType: '缓刑', startOn: '2022-01-10', endOn: '2023-01-09' } });
  if (res.statusCode !== 200) throw new Error(res.body);
  personId = (res.json() as { id: number }).id;
}, 180_000);
afterAll(() => env?.close());

/** choose an option of an antd select, again if the click landed while the dropdown was still opening */
async function choose(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog', { name: '登记奖惩' });
  await dialog.getByLabel(label, { exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await dropdown.getByTitle(option, { exact: true }).click();
  await dropdown.waitFor({ state: 'hidden', timeout: 10_000 }).catch(async () => {
    await dropdown.getByTitle(option, { exact: true }).click();
    await dropdown.waitFor({ state: 'hidden', timeout: 10_000 });
  });
}

async function date(page: Page, dialogName: string, label: string, value: string) {
  const input = page.getByRole('dialog', { name: dialogName }).getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Enter');
}

async function openPerson(page: Page) {
  await page.goto(`${env.url}/u/315002/2022/registers/correction/people`);
  await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '缓刑' }).getByRole('button', { name: '查看' }).click();
  await page.getByTestId('sanctions-section').waitFor();
}

describe('sanctions on the person’s page', { timeout: 150_000 }, () => {
  it('records a 训诫 twice, shows the 警告 proposal, proposes it, and the section decides it', async () => {
    const page = await env.signIn('office');
    await openPerson(page);
    const section = page.getByTestId('sanctions-section');
    for (const n of [1, 2]) {
      await section.getByTestId('sanction-add').click();
      const dialog = page.getByRole('dialog', { name: '登记奖惩' });
      await choose(page, '种类', '训诫');
      await choose(page, '事由', '一般违规');
      await dialog.getByText('按本地阶梯，该情形一般给予：训诫').waitFor();
      await date(page, '登记奖惩', '行为发生日期', `2022-03-0${n}`);
      await dialog.getByLabel('事实和依据').fill(`第${n}次未按规定报告`);
      await dialog.getByLabel('文书编号').fill(`乐司矫训〔2022〕${n}号`);
      await date(page, '登记奖惩', '决定日期', `2022-03-1${n}`);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await section.getByText(`乐司矫训〔2022〕${n}号 · 2022-03-1${n}`).waitFor();
    }
    // the grounds are masked until asked for
    expect(await section.getByText('敏感信息已遮蔽').count()).toBe(2);
    const proposal = section.getByTestId('sanction-proposal');
    await proposal.getByText('系统建议：警告。受到训诫 2 次仍未改正（满 2 次应给予警告）').waitFor();

    await proposal.getByTestId('sanction-adopt').click();
    const dialog = page.getByRole('dialog', { name: '登记奖惩' });
    await dialog.getByText(/依据：#\d+、#\d+/).waitFor();
    await choose(page, '事由', '一般违规');
    await date(page, '登记奖惩', '行为发生日期', '2022-04-01');
    await dialog.getByLabel('事实和依据').fill('两次训诫后仍未改正');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('已提交待审批').waitFor();
    expect(await section.getByTestId('sanction-proposal').count()).toBe(0);
    // the office proposed it: it may not decide it
    expect(await section.getByRole('button', { name: '审批奖惩建议' }).count()).toBe(0);
    await page.context().close();

    const boss = await env.signIn('correctionSection');
    await openPerson(boss);
    const theirs = boss.getByTestId('sanctions-section');
    await theirs.getByRole('button', { name: '审批奖惩建议' }).click();
    const decide = boss.getByRole('dialog', { name: /审批奖惩建议/ });
    await date(boss, '审批奖惩建议 · 警告', '决定日期', '2022-04-06');
    await decide.getByLabel('文书编号').fill('乐司矫警〔2022〕1号');
    await decide.getByRole('button', { name: /确\s*认/ }).click();
    await decide.waitFor({ state: 'hidden' });
    await theirs.getByText('乐司矫警〔2022〕1号 · 2022-04-06').waitFor();
    expect(await theirs.getByText('已审批').count()).toBe(3);

    const after = (await env.test.as(await env.test.login('leader'), { method: 'GET', url: `${PEOPLE}/${personId}/sanctions` })).json() as {
      sanctions: Array<{ kind: string; state: string }>;
      proposal: unknown;
    };
    expect(after.sanctions.map((s) => `${s.kind}:${s.state}`)).toEqual(['训诫:approved', '训诫:approved', '警告:approved']);
    expect(after.proposal).toBeNull();
    await boss.context().close();
  });
});

describe('joint work and aftercare pages', { timeout: 120_000 }, () => {
  it('show rectification clocks, the 纠正意见 deadline, and the rates with their formulas', async () => {
    const section = await env.test.login('correctionSection');
    const res = await env.test.as(section, {
      method: 'POST',
      url: '/api/units/315002/registers/correction/joint-work/inspections',
      payload: { heldOn: '2022-03-18', kind: '联合检查', partners: ['公安', '检察院'], findings: '请假审批登记不全', items: [{ item: '补登请假审批', owner: '社区矫正科 李某', dueOn: '2022-04-18' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const proposed = await env.test.as(await env.test.login('office'), {
      method: 'POST',
      url: `${PEOPLE}/${personId}/sanctions`,
      payload: { mode: 'propose', kind: '提请治安处罚', cause: '严重违规', occurredOn: '2022-06-01', grounds: '酒后滋事' },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const page = await env.signIn('correctionSection');
    await page.goto(`${env.url}/u/315002/2022/correction/joint-work`);
    // the section's worklist: the office's proposal, name masked, to decide here
    const pending = page.getByTestId('pending-sanctions');
    await pending.getByText('韩**（胡家坨司法所）').waitFor();
    await pending.getByText('提请治安处罚').waitFor();
    expect(await pending.getByRole('button', { name: '审批奖惩建议' }).count()).toBe(1);
    await page.getByText('请假审批登记不全').waitFor();
    const clock = page.locator('[data-testid^="item-clock-"]');
    await clock.waitFor();
    expect(await clock.innerText()).toBe('已超期');
    await page.getByTestId('joint-counts').getByText('整改事项未完成 1 项（超期 1 项）').waitFor();
    await page.context().close();

    const office = await env.signIn('office');
    await office.goto(`${env.url}/u/315002/2022/resettlement/aftercare`);
    const rate = office.getByTestId('rate-resettlement.assistance-rate');
    await rate.getByText('分母：帮教期（释放后 5 年，解除矫正后 3 年，按单位设置）与当年 1 月 1 日至统计日有重叠的人数').waitFor();
    await rate.getByText('可绑定取数口径：resettlement.assistance-rate').waitFor();
    await office.context().close();
  });

  it('lets finance change the local supervision numbers and the monthly duties of a class', async () => {
    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2022/correction/joint-work`);
    await page.getByRole('button', { name: '本地设置' }).click();
    const dialog = page.getByRole('dialog', { name: '社区矫正与安置帮教的本地设置' });
    await dialog.getByLabel('报警响应时限（分钟）').fill('45');
    await dialog.getByLabel('普管 学习教育（小时）').fill('6');
    await page.screenshot({ path: `${process.env.JIXIAO_SCREENSHOTS ?? '/tmp/jixiao-screenshots'}/correction-settings.png`, fullPage: true });
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'hidden' });
    const settings = (await env.test.as(await env.test.login('finance'), { method: 'GET', url: '/api/units/315002/correction-settings' })).json() as {
      supervision: { alarmResponseMinutes: number; duties: Record<string, { studyHours: number }> };
    };
    expect(settings.supervision.alarmResponseMinutes).toBe(45);
    expect(settings.supervision.duties['普管']!.studyHours).toBe(6);
    await page.context().close();
  });
});
