import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { addDays } from '../../src/core/correction/calendar.js';
import { chinaDate } from '../../src/core/dates.js';
import { simulateEvents } from '../../src/registers/correction/supervision/simulate-events.js';
import { createVendor } from '../../src/registers/correction/supervision/vendors.js';
import { insertUnitOffice } from '../../src/repositories/unit.repository.js';
import type { Page } from 'playwright-core';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

let env: BrowserEnv;
let key: string;
let personId: number;
const U = '/api/units/315002';
// the current year's page shows the workspace as of now (a past year's shows it as of that year's last day)
const PAGE = `/u/315002/${chinaDate(new Date()).slice(0, 4)}/correction`;
const OFFICE = '胡家坨司法所';
const OTHER = '汤家河司法所';

beforeAll(async () => {
  env = await startBrowserEnv();
  const db = env.test.database.db;
  const scope = await cliScope(db, '315002');
  for (const name of [OFFICE, OTHER]) await insertUnitOffice(db, { unitId: scope.rootUnit.id, kind: 'office', name });
  const section = await env.test.login('correctionSection');
  const today = chinaDate(new Date());
  const res = await env.test.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: OFFICE, name: '李越界', correctionType: '缓刑', startOn: addDays(today, -60), endOn: addDays(today, 300) } });
  personId = res.json().id as number;
  key = (await createVendor({ db, scope, actor: { userId: null, name: 'test' }, name: '定位平台' })).key;
  // 胡家坨 filed yesterday's 零报告, 汤家河 did not
  const office = await env.test.login('office');
  await env.test.as(office, { method: 'POST', url: `${U}/correction/daily`, payload: { office: OFFICE, date: addDays(today, -1), counts: { roster: 1, lost: 0, outOfBounds: 0, violations: 0, newOffences: 0, incidents: 0 } } });
}, 120_000);
afterAll(() => env?.close());

describe('community-correction supervision in the browser', { timeout: 180_000 }, () => {
  it('the simulator sends a 越界; the 司法所 sees the alarm, handles it, and the escalation clears', async () => {
    // the vendor's simulator posts over HTTP, as the platform would; the event happened two hours ago, past the 1-hour response time
    const two = Date.now() - 2 * 3_600_000;
    const events = simulateEvents({ personIds: [personId], count: 1, from: new Date(two - 1000).toISOString(), to: new Date(two).toISOString(), seed: 7, kind: '越界' });
    const sent = await fetch(`${env.url}/api/correction/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vendor-key': key }, body: JSON.stringify({ events }) });
    expect(await sent.json()).toEqual({ received: 1, created: 1, duplicates: 0 });

    const leader = await env.signIn('leader');
    await leader.getByTestId('home-alarmsEscalated').waitFor();

    const page = await env.signIn('office');
    await page.goto(env.url + PAGE);
    const alarms = page.getByTestId('alarms');
    await alarms.getByText('超时未处置（已上报）').waitFor();
    await alarms.getByText('越界').waitFor();
    await alarms.getByLabel('处置结果').click();
    await page.locator('.ant-select-dropdown').getByTitle('已责令返回').click();
    await alarms.getByLabel('处置情况').fill('电话责令当日返回，已返回居住地');
    await alarms.getByRole('button', { name: '登记处置' }).click();
    await alarms.getByText('没有未处置的报警').waitFor();

    await leader.reload();
    await leader.getByText(/截至 /).first().waitFor();
    await leader.waitForLoadState('networkidle');
    expect(await leader.getByTestId('home-alarmsEscalated').count()).toBe(0);
    await leader.context().close();
    await page.context().close();
  });

  it('an office misses its daily report and the section’s page shows it, flagged; the section approves a leave and adds a sensitive period', async () => {
    const office = await env.test.login('office');
    const leave = await env.test.as(office, { method: 'POST', url: `${U}/correction/approvals`, payload: { personId, kind: '外出', fromOn: addDays(chinaDate(new Date()), 3), toOn: addDays(chinaDate(new Date()), 12), reason: '外地务工', reasonKind: '其他' } });
    expect(leave.json().level).toBe('县级社区矫正机构');
    const page = await env.signIn('correctionSection');
    await page.goto(env.url + PAGE);
    const yesterday = page.getByTestId(`daily-${addDays(chinaDate(new Date()), -1)}`);
    await yesterday.getByTestId(`status-${OTHER}`).filter({ hasText: '缺报' }).waitFor();
    await yesterday.getByTestId(`status-${OFFICE}`).filter({ hasText: '补报' }).waitFor();
    await yesterday.getByRole('button', { name: '标记缺报' }).click();
    await yesterday.getByTestId(`status-${OTHER}`).filter({ hasText: '缺报（已标记）' }).waitFor();

    const approvals = page.getByTestId('approvals');
    await approvals.getByText('外地务工').waitFor();
    await approvals.getByRole('button', { name: /批\s*准/ }).click();
    await approvals.getByText('没有待您审批的事项').waitFor();

    // the section keeps the sensitive-period calendar: today falls in the one it adds
    const today = chinaDate(new Date());
    await page.getByLabel('敏感期名称，如 国庆').fill('重大会议安保');
    const range = page.locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill(addDays(today, -1));
    await range.nth(0).press('Enter');
    await range.nth(1).fill(addDays(today, 1));
    await range.nth(1).press('Enter');
    await page.getByRole('button', { name: '设置敏感期' }).click();
    await page.getByText(/敏感期：重大会议安保/).waitFor();
    await page.context().close();
  });

  it('the 司法所 records a person’s 判决生效 and 报到 and sees the 报到 clock turn; an activity counts toward the month’s duties, shown on the workspace', async () => {
    const today = chinaDate(new Date());
    const page = await env.signIn('office');
    await page.goto(`${env.url}/u/315002/${today.slice(0, 4)}/registers/correction/people`);
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '缓刑' }).getByRole('button', { name: '查看' }).click();
    const life = page.getByTestId('lifecycle');
    await life.waitFor();
    const chooseIn = async (box: ReturnType<Page['getByTestId']>, label: string, option: string) => {
      await box.getByLabel(label).click();
      const dropdown = page.locator('.ant-select-dropdown:visible');
      await dropdown.getByTitle(option, { exact: true }).click();
      await dropdown.waitFor({ state: 'hidden', timeout: 10_000 });
    };
    const dateIn = async (box: ReturnType<Page['getByTestId']>, value: string) => {
      const input = box.getByLabel('日期', { exact: true });
      await input.fill(value);
      await input.press('Enter');
    };
    const step = page.getByTestId('record-step');
    await chooseIn(step, '环节', '判决（裁定、决定）生效');
    await dateIn(step, addDays(today, -60));
    await step.getByRole('button', { name: /登\s*记/ }).click();
    await life.getByTestId('step-effective').getByText(addDays(today, -60)).waitFor();
    await life.getByTestId('clock-reportIn').filter({ hasText: '已超期' }).waitFor();

    await chooseIn(step, '环节', '报到');
    await dateIn(step, addDays(today, -55));
    await step.getByRole('button', { name: /登\s*记/ }).click();
    await life.getByTestId('clock-reportIn').filter({ hasText: '按期完成' }).waitFor();
    // a step before the previous one is refused with the reason
    await chooseIn(step, '环节', '接收·宣告');
    await dateIn(step, addDays(today, -58));
    await step.getByRole('button', { name: /登\s*记/ }).click();
    await step.getByText(/不能早于报到日期/).waitFor();

    const activity = page.getByTestId('record-activity');
    await chooseIn(activity, '活动类别', '当面报告');
    await dateIn(activity, today);
    await activity.getByRole('button', { name: '登记监管活动' }).click();
    await life.getByTestId('duty-reports').filter({ hasText: /当面报告（次） 1 \/ \d/ }).waitFor();

    await page.goto(env.url + PAGE);
    const duties = page.getByTestId('month-duties');
    await duties.getByText('李**').waitFor();
    await duties.getByTestId(`duties-${personId}`).filter({ hasText: '进行中' }).waitFor();
    await page.getByTestId('due-clocks').getByText('没有即将到期或已超期的时限').waitFor();

    // a request names its person by a name search, answered masked
    const request = page.locator('.ant-card').filter({ hasText: '提交审批事项' });
    await request.getByLabel('矫正对象').fill('李越');
    await page.locator('.ant-select-dropdown:visible').getByText(/^李\*\*（胡家坨司法所/).click();
    for (const [label, value] of [['开始日期', addDays(today, 3)], ['结束日期', addDays(today, 4)]] as const) {
      const input = request.getByLabel(label, { exact: true });
      await input.fill(value);
      await input.press('Enter');
    }
    await request.getByLabel('事由', { exact: true }).fill('探亲');
    await request.getByRole('button', { name: /提\s*交/ }).click();
    await request.getByText('已提交，由司法所审批').waitFor();
    await page.context().close();
  });

  it('the 司法所 records a 终止: refused until a reason is chosen, then the register holds the date and the reason', async () => {
    const today = chinaDate(new Date());
    const section = await env.test.login('correctionSection');
    const created = await env.test.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: OFFICE, name: '赵收监', correctionType: '假释', startOn: addDays(today, -30), endOn: addDays(today, 200) } });
    const id = created.json().id as number;
    const page = await env.signIn('office');
    await page.goto(`${env.url}/u/315002/${today.slice(0, 4)}/registers/correction/people`);
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '假释' }).getByRole('button', { name: '查看' }).click();
    const life = page.getByTestId('lifecycle');
    await life.waitFor();
    const step = page.getByTestId('record-step');
    const choose = async (label: string, option: string) => {
      await step.getByLabel(label, { exact: true }).click();
      const dropdown = page.locator('.ant-select-dropdown:visible');
      await dropdown.getByTitle(option, { exact: true }).click();
      await dropdown.waitFor({ state: 'hidden', timeout: 10_000 });
    };
    await choose('环节', '解除或终止矫正');
    await choose('解除或终止', '终止');
    const date = step.getByLabel('日期', { exact: true });
    await date.fill(addDays(today, -2));
    await date.press('Enter');
    await step.getByRole('button', { name: /登\s*记/ }).click();
    await step.getByText(/终止矫正请选择原因/).waitFor();
    await choose('解除（终止）原因', '收监执行');
    await step.getByRole('button', { name: /登\s*记/ }).click();
    await life.getByTestId('step-ended').getByText(addDays(today, -2)).waitFor();
    const record = (await env.test.as(section, { method: 'GET', url: `${U}/registers/correction/people/records/${id}` })).json();
    expect(JSON.stringify(record)).toContain(addDays(today, -2));
    expect(JSON.stringify(record)).toContain('收监执行');
  });
});
