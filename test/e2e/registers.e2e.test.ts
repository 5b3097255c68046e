import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegisterDemo } from '../../src/app/demo/load-register-demo.js';
import type { TProgressBoard, TRecordPage } from '../../src/contract/api/registers-api.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

const UNIT = '/api/units/315002';
const YEAR = `${UNIT}/years/2022`;
const CASES = `${UNIT}/registers/legal-aid/cases/records`;
const LEGAL_AID = '13022522P000R24100085';
const OFFICE = '胡家坨司法所';
const OTHER_OFFICE = '乐亭镇司法所';

let env: BrowserEnv;

async function apiAs<T>(user: 'finance' | 'admin', url: string): Promise<T> {
  const res = await env.test.as(await env.test.login(user), { method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const board = () => apiAs<TProgressBoard>('finance', `${YEAR}/indicator-progress?asOf=2022-12-31`);
const indicatorOf = (b: TProgressBoard, name: string) => b.indicators.find((i) => i.projectCode === LEGAL_AID && i.name === name)!;

beforeAll(async () => {
  env = await startBrowserEnv();
  // a year of register records across the county's 司法所 (and the bureau itself), bindings confirmed
  await loadRegisterDemo({ db: env.test.database.db, cipher: TEST_CIPHER, year: 2022, actor: { userId: null, name: 'test', ip: 'local' } });
}, 180_000);
afterAll(() => env?.close());

describe('registers and indicator progress in the browser', { timeout: 120_000 }, () => {
  it('a 司法所 user sees only their office’s records, not another office’s', async () => {
    const own = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&office=${encodeURIComponent(OFFICE)}&pageSize=200`);
    const other = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&office=${encodeURIComponent(OTHER_OFFICE)}&pageSize=1`);
    expect(own.total).toBeGreaterThan(0);
    expect(other.total).toBeGreaterThan(0);
    const otherCase = String(other.records[0]!.values.caseNumber);

    const page = await env.signIn('office');
    await page.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    await page.getByTestId('office-scope').filter({ hasText: OFFICE }).waitFor();
    await page.getByText(`共 ${own.total} 条`).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(Math.min(own.total, 20));
    for (const office of await rows.locator('td:first-child').allTextContents()) expect(office).toBe(OFFICE);
    expect(await page.getByText(OTHER_OFFICE).count()).toBe(0);

    // another office's case does not exist for them, even when searched for by its number
    await page.getByLabel('搜索', { exact: true }).fill(otherCase);
    await page.getByLabel('搜索', { exact: true }).press('Enter');
    await page.getByText('没有符合条件的记录').waitFor();
    await page.context().close();
  });

  it('a section enters an assessment with a reason and an evidence file and submits it; finance approves it, downloads the file, and the board counts it', async () => {
    const before = await board();
    // 及时性 of legal aid is answered by the on-time rate; 维护社会稳定 takes a person's judgement
    const timely = indicatorOf(before, '维护社会稳定');
    expect(timely.direction).toBe('qualitative');
    expect(timely.light).toBeNull();

    const section = await env.signIn('section');
    await section.goto(`${env.url}/u/315002/2022/indicators?project=${LEGAL_AID}`);
    await section.getByRole('button', { name: '填报 维护社会稳定' }).click();
    const drawer = section.getByRole('dialog');
    await drawer.getByText('达成', { exact: true }).click();
    await drawer.getByLabel('评价理由').fill('全年未发生因法律援助纠纷引发的群体性事件，全年案件均按期指派');
    await drawer.getByLabel('佐证材料').fill('《2022年法律援助工作总结》第3页');
    await drawer.locator('input[type=file]').setInputFiles({ name: '2022年法律援助工作总结.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await drawer.getByText('2022年法律援助工作总结.pdf').waitFor();
    await drawer.getByRole('button', { name: /保存并提交审批/ }).click();
    const item = drawer.locator('.ant-list-item').filter({ hasText: '待审批' }).filter({ hasText: '全年案件均按期指派' });
    await item.waitFor();
    await item.getByText('2022年法律援助工作总结.pdf').waitFor();
    await section.keyboard.press('Escape');
    // 我的填报 lists it; 待审批 is not offered to a section (it may not approve)
    await section.getByRole('tab', { name: '我的填报' }).click();
    await section.getByTestId('my-values').locator('tr.ant-table-row', { hasText: '全年案件均按期指派' }).filter({ hasText: '待审批' }).waitFor();
    expect(await section.getByRole('tab', { name: /待审批/ }).count()).toBe(0);
    await section.context().close();

    const finance = await env.signIn('finance');
    await finance.goto(`${env.url}/u/315002/2022/indicators`);
    // the tab counts what waits for this approver before it is opened
    await finance.getByRole('tab', { name: /待审批/ }).getByTitle('1 条完成值等待您审批').waitFor();
    await finance.getByRole('tab', { name: /待审批/ }).click();
    const pending = finance.getByTestId('pending-approvals');
    await pending.locator('tr.ant-table-row', { hasText: '全年案件均按期指派' }).waitFor();
    await finance.getByRole('button', { name: '批准 维护社会稳定' }).click();
    await finance.getByText('已批准，该完成值计入指标进度').waitFor();
    await pending.getByText('没有待审批的完成值').waitFor();
    await finance.getByTestId('pending-count').locator('.ant-badge-count').waitFor({ state: 'hidden' });

    await finance.getByRole('tab', { name: '进度看板' }).click();
    const row = finance.getByTestId(`project-${LEGAL_AID}`).locator('tr', { hasText: '维护社会稳定' });
    await row.locator('[data-light="green"]').waitFor();
    await row.getByText('达成').waitFor();
    await finance.getByTestId('lights-none').getByText(String(before.department.lights.none - 1)).waitFor();
    await finance.getByText(`人工填报 ${before.department.manual + 1}`).waitFor();
    await finance.context().close();

    const after = indicatorOf(await board(), '维护社会稳定');
    expect(after).toMatchObject({ source: 'assessment', assessment: '达成', light: 'green' });
    expect(after.manualValue).toMatchObject({ reason: '全年未发生因法律援助纠纷引发的群体性事件，全年案件均按期指派' });
    // the file is in the database, downloadable by a reader of the indicator with its exact bytes
    const files = await apiAs<Array<{ id: number; fileName: string; size: number; mediaType: string }>>('finance', `${YEAR}/indicator-values/${after.manualValue!.id}/evidence`);
    expect(files).toMatchObject([{ fileName: '2022年法律援助工作总结.pdf', size: Buffer.from('%PDF-1.7\n%%EOF\n').length, mediaType: 'application/pdf' }]);
    const file = await env.test.as(await env.test.login('finance'), { method: 'GET', url: `${YEAR}/evidence/${files[0]!.id}` });
    expect(file.rawPayload.toString()).toBe('%PDF-1.7\n%%EOF\n');
  });

  it('judges 2022’s legal deadlines as of 2022-12-31, shows the due-soon and overdue counts, and filters by them', async () => {
    const year = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&pageSize=1`);
    expect(year.asOf).toBe('2022-12-31');
    const counts = year.deadlines!;
    const overdue = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&deadline=overdue&pageSize=1`);
    expect(overdue.total).toBe(counts.overdue);
    // judged against today nearly every open case of 2022 would read 已逾期
    expect(overdue.total).toBeLessThan(year.total / 4);

    const page = await env.signIn('section');
    await page.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    const shown = page.getByTestId('deadline-counts');
    await shown.getByText('法定期限（截至 2022-12-31）').waitFor();
    await shown.getByText(`即将到期 ${counts.dueSoon} 条`).waitFor();
    await shown.getByText(`已逾期 ${counts.overdue} 条`).waitFor();
    await page.getByText(`共 ${year.total} 条`).waitFor();
    // a click on the count lists those records only; clicked again it lists all of them
    await page.getByTestId('deadline-count-overdue').click();
    if (counts.overdue > 0) await page.getByText(`共 ${counts.overdue} 条`).waitFor();
    else await page.getByText('没有符合条件的记录').waitFor();
    await page.getByTestId('deadline-count-overdue').click();
    await page.getByText(`共 ${year.total} 条`).waitFor();
    // the filter offers the four states
    await page.getByLabel('期限状态').click();
    await page.locator('.ant-select-item-option', { hasText: '即将到期' }).click();
    if (counts.dueSoon > 0) await page.getByText(`共 ${counts.dueSoon} 条`).waitFor();
    else await page.getByText('没有符合条件的记录').waitFor();
    await page.context().close();
  });

  it('the drill-down from a count lists as many records as the actual', async () => {
    const accepted = indicatorOf(await board(), '法律援助案件受理数（件)');
    expect(accepted.metric).toBe('legal-aid.cases-accepted');
    const n = accepted.actual!;
    expect(n).toBeGreaterThan(300);
    expect(accepted.recordCount).toBe(n);

    const page = await env.signIn('finance');
    await page.goto(`${env.url}/u/315002/2022/indicators?project=${LEGAL_AID}`);
    const actual = page.getByTestId(`actual-${accepted.indicatorId}`);
    expect((await actual.textContent())?.trim()).toBe(`${n} 件`);
    expect((await page.getByTestId(`records-${accepted.indicatorId}`).textContent())?.trim()).toBe(`${n} 条记录`);
    await actual.click();
    const agreement = page.getByTestId('drill-agreement');
    await agreement.waitFor();
    expect(await agreement.textContent()).toBe(`共 ${n} 条记录，与实际完成值 ${n} 件一致`);
    const drill = page.getByTestId('drill-table');
    await drill.getByText(`共 ${n} 条`).waitFor();
    // the server pages the records, 50 to a page
    expect(await drill.locator('tr.ant-table-row').count()).toBe(Math.min(n, 50));
    await page.context().close();
  });

  it('masks personal data by default; the full view is offered only to roles that may unmask, and is audited', async () => {
    const finance = await env.signIn('finance');
    await finance.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    const names = finance.locator('.ant-table-tbody tr.ant-table-row [data-personal]');
    await names.first().waitFor();
    for (const text of (await names.allTextContents()).slice(0, 20)) expect(text).toContain('*');
    expect(await finance.getByTestId('unmask-toggle').count()).toBe(0);
    expect(await finance.getByText('显示完整个人信息').count()).toBe(0);
    await finance.context().close();

    const readsBefore = (await apiAs<{ total: number }>('admin', '/api/audit?action=personalData.read')).total;
    const office = await env.signIn('office');
    await office.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    const officeNames = office.locator('.ant-table-tbody tr.ant-table-row [data-personal]');
    await officeNames.first().waitFor();
    expect(await officeNames.first().textContent()).toContain('*');
    await office.getByText('（查看记录将写入审计日志）').waitFor();
    await office.getByTestId('unmask-toggle').click();
    // every personal value in full: no mask characters left (the page's own document, hence a string)
    await office.waitForFunction(`[...document.querySelectorAll('.ant-table-tbody tr.ant-table-row [data-personal]')].every((c) => !c.textContent.includes('*'))`);
    expect(await officeNames.count()).toBeGreaterThan(0);
    await office.context().close();
    expect((await apiAs<{ total: number }>('admin', '/api/audit?action=personalData.read')).total).toBe(readsBefore + 1);
  });

  it('a 司法所 user exports the filtered list: the file holds exactly its office’s records, masked', async () => {
    const own = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&office=${encodeURIComponent(OFFICE)}&pageSize=1`);
    const page = await env.signIn('office');
    await page.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    await page.getByText(`共 ${own.total} 条`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
    expect(download.suggestedFilename()).toBe('法律援助案件-2022.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (label: string) => headers.findIndex((h) => h.replace(/\*$/, '') === label) + 1;
    expect(sheet.rowCount - 1).toBe(own.total);
    for (let r = 2; r <= sheet.rowCount; r++) {
      expect(sheet.getCell(r, column('司法所')).value).toBe(OFFICE);
      expect(String(sheet.getCell(r, column('申请人姓名')).value)).toContain('*');
    }
    await page.context().close();
  });

  it('a section voids a record with a reason: it leaves the list and the count, and shows as 已作废 on request', async () => {
    const accepted = indicatorOf(await board(), '法律援助案件受理数（件)');
    const n = accepted.actual!;
    const all = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&pageSize=1`);
    // a granted case: it counts among the cases accepted
    const target = (await apiAs<TRecordPage>('finance', `${CASES}?year=2022&pageSize=1&decision=${encodeURIComponent('给予援助')}`)).records[0]!;
    const caseNumber = String(target.values.caseNumber);

    const page = await env.signIn('section');
    await page.goto(`${env.url}/u/315002/2022/registers/legal-aid/cases`);
    await page.getByText(`共 ${all.total} 条`).waitFor();
    await page.getByLabel('搜索', { exact: true }).fill(caseNumber);
    await page.getByLabel('搜索', { exact: true }).press('Enter');
    await page.getByText('共 1 条').waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').getByRole('button', { name: '查看' }).click();
    await page.getByTestId('record-void').click();
    const modal = page.getByRole('dialog').filter({ hasText: '作废原因' });
    await modal.getByRole('button', { name: /确认作废/ }).click();
    await modal.getByText('请填写作废原因').waitFor();
    await page.getByTestId('void-reason').fill('与另一案号重复录入');
    await modal.getByRole('button', { name: /确认作废/ }).click();
    await page.getByText('记录已作废').waitFor();
    await page.getByTestId('record-voided').filter({ hasText: '与另一案号重复录入' }).waitFor();
    expect(await page.getByTestId('record-void').count()).toBe(0);
    await page.keyboard.press('Escape');
    // left out of the list, until 显示已作废 is ticked
    await page.getByText('没有符合条件的记录').waitFor();
    await page.getByTestId('show-voided').click();
    await page.getByTestId('voided-tag').waitFor();
    await page.context().close();

    expect(indicatorOf(await board(), '法律援助案件受理数（件)').actual).toBe(n - 1);
    const voided = await apiAs<TRecordPage>('finance', `${CASES}?year=2022&voided=only`);
    expect(voided.records.map((r) => [r.id, r.voided?.reason])).toEqual([[target.id, '与另一案号重复录入']]);
  });
});
