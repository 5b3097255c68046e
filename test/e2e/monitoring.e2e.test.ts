import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

let env: BrowserEnv;
const U = '/api/units/315002/years/2022';
const JUNE = `${U}/monitoring/6`;
const PAGE = '/u/315002/2022/monitoring/6';

beforeAll(async () => {
  env = await startBrowserEnv();
  const finance = await env.test.login('finance');
  await env.test.as(finance, { method: 'POST', url: `${U}/bindings/confirm-proposals`, payload: {} });
  await env.test.as(finance, { method: 'PUT', url: `${U}/monitoring-settings`, payload: { month: 6 } });
  await recordPayment({
    db: env.test.database.db,
    scope: await cliScope(env.test.database.db, '315002'),
    year: 2022,
    actor: { userId: null, name: 'test' },
    input: { projectCode: '13022522P000R24100085', paidOn: '2022-03-10', amount: 10000, voucherNo: 'M-1', payee: '某公司', summary: '', fundSource: 'fiscal' },
  });
}, 120_000);
afterAll(() => env?.close());

describe('monitoring in the browser', { timeout: 180_000 }, () => {
  it('shows the June report with proposals; finance fills and submits, the leader returns, finance sees it on the home page, resubmits, the leader approves', async () => {
    const page = await env.signIn('finance');
    // the landing page is 我的待办: the June report is due
    // two reports are due once the year is over: the monitoring report and the self-evaluation
    const due = page.getByTestId('home-reportDue').filter({ hasText: '绩效运行监控报告' });
    await due.waitFor();
    await due.getByRole('link', { name: /绩效运行监控报告待编制提交/ }).click();
    await page.waitForURL(new RegExp(`${PAGE}$`));
    const legalAid = page.getByTestId('project-13022522P000R24100085');
    await legalAid.getByText('年初预算数').waitFor();
    // proposals are marked as such until a person confirms them
    expect(await page.getByTestId('likelihood').filter({ hasText: /^建议：/ }).count()).toBeGreaterThan(5);

    // a judgement entered through the form
    const row = legalAid.locator('tr', { hasText: '法律援助案件受理数（件)' });
    await row.getByRole('button', { name: '填写 法律援助案件受理数（件)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('系统建议依据').waitFor();
    await dialog.locator('label.ant-radio-button-wrapper', { hasText: /^有可能$/ }).click();
    await dialog.getByLabel('偏差原因', { exact: true }).click();
    // a click that lands while the dropdown is still opening (a loaded machine) is lost: choose again then
    const dropdownGone = () => page.locator('.ant-select-dropdown').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByTitle('人员保障').click();
    await dropdownGone().catch(async () => {
      await page.locator('.ant-select-dropdown').getByTitle('人员保障').click();
      await dropdownGone();
    });
    await dialog.getByRole('button', { name: '添加措施' }).dispatchEvent('click');
    await dialog.getByLabel('措施', { exact: true }).fill('增加值班律师，集中受理');
    await dialog.getByLabel('责任人').fill('法律援助中心 王五');
    await dialog.getByLabel('完成时限').fill('2022-09-30');
    await dialog.getByLabel('完成时限').press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await row.getByText('增加值班律师，集中受理（法律援助中心 王五，2022-09-30）').waitFor();
    await row.getByTestId('likelihood').filter({ hasText: /^有可能$/ }).waitFor();

    // the rest is filled as the sections and finance would, through the API
    const finance = await env.test.login('finance');
    const report = (await env.test.as(finance, { method: 'POST', url: `${JUNE}/confirm-proposals` })).json() as TMonitoringReport;
    for (const i of report.projects.flatMap((p) => p.indicators).filter((i) => i.problems.length > 0)) {
      const payload = i.likelihood === null ? { likelihood: '确定能' } : { likelihood: i.likelihood, cause: i.cause ?? '其他', causeText: i.causeText ?? '工作集中在下半年', measures: [{ text: '加快进度', owner: '办公室 李四', dueOn: '2022-09-30' }] };
      expect((await env.test.as(finance, { method: 'PUT', url: `${JUNE}/lines/${i.indicatorId}`, payload })).statusCode).toBe(200);
    }
    await page.reload();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByTestId('report-state').filter({ hasText: '已提交待审批' }).waitFor();
    await page.context().close();

    const leader = await env.signIn('leader');
    await leader.getByTestId('home-reportToApprove').waitFor();
    await leader.goto(env.url + PAGE);
    await leader.getByRole('button', { name: /退\s*回/ }).click();
    await leader.getByRole('dialog').getByLabel('原因').fill('普法项目措施请写具体');
    await leader.getByRole('dialog').getByRole('button', { name: /OK|确\s*定/ }).click();
    await leader.getByTestId('report-state').filter({ hasText: '已退回' }).waitFor();

    const again = await env.signIn('finance');
    const returned = again.getByTestId('home-reportReturned');
    await returned.getByText('普法项目措施请写具体').waitFor();
    await returned.getByRole('button', { name: '去处理' }).click();
    await again.waitForURL(new RegExp(`${PAGE}$`));
    await again.getByTestId('returned').waitFor();
    await again.getByRole('button', { name: /^提\s*交$/ }).click();
    await again.getByTestId('report-state').filter({ hasText: '已提交待审批' }).waitFor();
    await again.context().close();

    await leader.reload();
    await leader.getByRole('button', { name: '审批通过' }).click();
    await leader.getByTestId('report-state').filter({ hasText: '已审批' }).waitFor();
    await leader.getByText('数据已于审批时冻结').waitFor();

    // printing shows the report and its signature lines, not the menu
    await leader.emulateMedia({ media: 'print' });
    expect(await leader.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await leader.getByText('单位负责人（签字）').isVisible()).toBe(true);
    expect(await leader.getByRole('button', { name: '审批通过' }).count()).toBe(0);
    await leader.context().close();
  });
});
