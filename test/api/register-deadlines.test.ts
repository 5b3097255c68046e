import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/core/dates.js';
import { DEADLINE_FILTERS, deadlineFilterOf, evaluateDeadlines, LEGAL_AID_DEADLINES } from '../../src/core/deadlines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Issue 13 item 13: legal deadlines are judged as of the list's date — the end of the year (or date
 * range) viewed, or today if earlier — and a register with deadlines filters and counts records by them.
 */
let t: TestApp;
let section: Session;
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const DISPUTES = `${U}/registers/mediation/disputes`;

const aCase = (over: Record<string, unknown>) => ({ source: '依申请', applicantName: '张三丰', applicantCategory: '农民工', caseType: '民事', ...over });
/** as of 2022-12-31 (the end of 2022) */
const CASES_2022 = {
  overdue: aCase({ caseNumber: 'overdue', appliedOn: '2022-12-20' }), // decision due 12-27, still open
  dueSoonDecision: aCase({ caseNumber: 'dueSoonDecision', appliedOn: '2022-12-26' }), // due 2023-01-02: 2 days left
  dueSoonNotified: aCase({ caseNumber: 'dueSoonNotified', source: '通知辩护/代理', appliedOn: '2022-12-29' }), // assignment due 2023-01-01
  openLater: aCase({ caseNumber: 'openLater', appliedOn: '2022-12-30' }), // due 2023-01-06: open, not pressing
  met: aCase({ caseNumber: 'met', appliedOn: '2022-06-01', decision: '给予援助', decidedOn: '2022-06-05', assignedOn: '2022-06-07' }),
  late: aCase({ caseNumber: 'late', appliedOn: '2022-06-01', decision: '给予援助', decidedOn: '2022-06-05', assignedOn: '2022-06-20' }),
  refused: aCase({ caseNumber: 'refused', appliedOn: '2022-05-01', decision: '不予援助', decidedOn: '2022-05-03' }),
};
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  section = await t.login('section');
  for (const [name, body] of Object.entries(CASES_2022)) {
    const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: body });
    expect(res.statusCode, res.body).toBe(200);
    ids[name] = (res.json() as { id: number }).id;
  }
  // another year's case, outside the 2022 list
  expect((await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase({ appliedOn: '2021-12-28' }) })).statusCode).toBe(200);
});
afterAll(() => t.close());

interface Page {
  total: number;
  asOf: string;
  deadlines: { dueSoon: number; overdue: number } | null;
  records: Array<{ id: number; values: Record<string, unknown>; derived: Record<string, unknown> }>;
}
const list = async (query: string): Promise<Page> => {
  const res = await t.as(section, { method: 'GET', url: `${CASES}/records?pageSize=200&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const idsOf = (page: Page) => page.records.map((r) => r.id).sort((a, b) => a - b);
const named = (...names: string[]) => names.map((n) => ids[n]!).sort((a, b) => a - b);

describe('the as-of date of a register list', () => {
  it('is the end of a past year viewed, so 2022 reads as it stood then', async () => {
    const page = await list('year=2022');
    expect(page.asOf).toBe('2022-12-31');
    const open = page.records.find((r) => r.id === ids.openLater)!;
    expect(open.derived).toMatchObject({ decisionDue: '2023-01-06', decisionStatus: '未到期' });
    // judged against today the same case is long overdue
    const today = await list(`year=2022&asOf=${chinaDate(new Date())}`);
    expect(today.records.find((r) => r.id === ids.openLater)!.derived.decisionStatus).toBe('已超期');
  });

  it('is the end of a date range, or today when the period ends later', async () => {
    expect((await list('from=2022-06-01&to=2022-06-30')).asOf).toBe('2022-06-30');
    const thisYear = Number(chinaDate(new Date()).slice(0, 4));
    expect((await list(`year=${thisYear}`)).asOf).toBe(chinaDate(new Date()));
    expect((await list(`year=${thisYear + 1}`)).asOf).toBe(chinaDate(new Date()));
    expect((await list('')).asOf).toBe(chinaDate(new Date()));
    expect((await list('year=2022&asOf=2022-06-10')).asOf).toBe('2022-06-10');
  });

  it('applies to the export as to the list', async () => {
    const res = await t.as(section, { method: 'GET', url: `${CASES}/export?year=2022&deadline=overdue` });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [records, about] = wb.worksheets;
    expect(records!.actualRowCount).toBe(2); // the header and the one overdue case
    const aboutRows = about!.getSheetValues().filter(Boolean) as unknown[][];
    expect(aboutRows.find((r) => r[1] === '期限计算日期')?.[2]).toBe('2022-12-31');
    expect(aboutRows.find((r) => r[1] === '筛选条件')?.[2]).toContain('期限：已逾期');
  });
});

describe('the deadline filter and counts', () => {
  it('counts the due-soon and overdue records of the list', async () => {
    const page = await list('year=2022');
    expect(page.total).toBe(7);
    expect(page.deadlines).toEqual({ dueSoon: 2, overdue: 1 });
    // the counts follow the list's other filters, not its deadline filter
    expect((await list('year=2022&deadline=onTime')).deadlines).toEqual({ dueSoon: 2, overdue: 1 });
    expect((await list('year=2022&source=通知辩护/代理')).deadlines).toEqual({ dueSoon: 1, overdue: 0 });
    // as of a later date the open cases are overdue
    expect((await list('year=2022&asOf=2023-01-10')).deadlines).toEqual({ dueSoon: 0, overdue: 4 });
  });

  it.each([
    ['overdue', ['overdue']],
    ['dueSoon', ['dueSoonDecision', 'dueSoonNotified']],
    ['late', ['late']],
    ['onTime', ['openLater', 'met', 'refused']],
  ] as const)('filters %s records', async (filter, expected) => {
    const page = await list(`year=2022&deadline=${filter}`);
    expect(idsOf(page)).toEqual(named(...expected));
    expect(page.total).toBe(expected.length);
  });

  it('filters in SQL exactly as the record views are judged', async () => {
    for (const asOf of ['2022-05-02', '2022-06-06', '2022-06-09', '2022-12-27', '2022-12-31', '2023-01-02']) {
      const all = await list(`asOf=${asOf}`);
      for (const filter of DEADLINE_FILTERS) {
        const expected = all.records.filter((r) => deadlineFilterOf(Object.values(evaluateDeadlines(LEGAL_AID_DEADLINES, r.values as never, asOf)), asOf) === filter).map((r) => r.id);
        expect(idsOf(await list(`asOf=${asOf}&deadline=${filter}`)), `${filter} as of ${asOf}`).toEqual(expected.sort((a, b) => a - b));
      }
    }
  });

  it('refuses a deadline filter on a sheet without deadlines, and an unknown one', async () => {
    const leader = await t.login('leader');
    const disputes = await t.as(leader, { method: 'GET', url: `${DISPUTES}/records?year=2022` });
    expect(disputes.statusCode).toBe(200);
    expect(disputes.json()).toMatchObject({ asOf: '2022-12-31', deadlines: null });
    const refused = await t.as(leader, { method: 'GET', url: `${DISPUTES}/records?year=2022&deadline=overdue` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('没有法定期限');
    const unknown = await t.as(section, { method: 'GET', url: `${CASES}/records?deadline=soon` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('期限筛选');
  });
});
