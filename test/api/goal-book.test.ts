import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoalDocument } from '../../src/documents/read-goal-document.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleBytes, sampleGoalBook, withoutWarnings } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';

let t: TestApp;
let finance: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085';

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
});
afterAll(() => t.close());

const get = (url: string, session: Session = finance) => t.as(session, { method: 'GET', url });
const revisions = async () => (await get(`${BASE}/revisions`)).json() as Array<{ number: number; summary: string; source: string }>;

describe('reading the goal book', () => {
  it('gives the department overview', async () => {
    const res = await get(`${BASE}/overview`);
    expect(res.statusCode).toBe(200);
    const overview = res.json();
    expect(overview).toMatchObject({ unit: { code: '315002', name: '乐亭县司法局' }, year: 2022, projectCount: 12, indicatorCount: 84, budget: { total: 1_220_600 } });
    expect(overview.byLevel1).toEqual({ 产出指标: 48, 效益指标: 24, 满意度指标: 12 });
    expect(overview.departmentGoals).toEqual({ overall: 6, areas: 6, safeguards: 6, indicators: 0 });
  });

  it('gives a project with its indicators and their ids', async () => {
    const project = (await get(`${BASE}/projects/${P1}`)).json();
    expect(project.name).toBe('法律援助');
    expect(project.indicators[0]).toMatchObject({ name: '法律援助案件受理数（件)', target: { raw: '≥396件', comparator: '>=', value: 396, unit: '件' } });
    expect(typeof project.indicators[0].id).toBe('number');
  });

  it('gives the goal book in the interchange format', async () => {
    const book = (await get(`${BASE}/goal-book`)).json();
    expect(withoutWarnings(book)).toEqual(withoutWarnings(sampleGoalBook()));
  });

  it.each(['xlsx', 'docx', 'json'] as const)('exports %s that imports back to the same goal book', async (format) => {
    const res = await get(`${BASE}/export?format=${format}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('315002乐亭县司法局-2022年度绩效目标'));
    const back = await readGoalDocument(res.rawPayload);
    expect(withoutWarnings(back)).toEqual(withoutWarnings(sampleGoalBook()));
  });

  it('answers 404 in Chinese for a year without a goal book', async () => {
    const res = await get('/api/units/315002/years/2021/overview');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('没有 2021 年度的绩效目标');
  });
});

describe('editing with validation and history', () => {
  it('edits a project and records the revision', async () => {
    const before = (await revisions()).length;
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P1}`, payload: { purpose: '公共法律服务中心房租、法律宣传及办案业务费用。', budget: { total: 60000, fiscal: 55000, other: 5000 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'updated', revision: before + 1 });
    const project = (await get(`${BASE}/projects/${P1}`)).json();
    expect(project.budget).toEqual({ total: 60000, fiscal: 55000, other: 5000 });
    const [latest] = await revisions();
    expect(latest).toMatchObject({ number: before + 1, source: 'edit', summary: '修改 1 个项目' });
    const detail = (await get(`${BASE}/revisions/${before + 1}`)).json();
    expect(detail.changes).toContainEqual(expect.objectContaining({ entity: 'project', field: 'budget.total', before: 50000, after: 60000 }));
  });

  it.each([
    ['fund sources that do not add up', { budget: { total: 100, fiscal: 50, other: 10 } }, '财政资金与其他资金之和须等于预算数'],
    ['a decreasing plan', { spendingPlan: [{ month: 3, cumulativePercent: 50 }, { month: 6, cumulativePercent: 40 }] }, '累计比例不能比上一个月份小'],
    ['amounts finer than a fen', { budget: { total: 1.001, fiscal: 1.001, other: 0 } }, '最多精确到分'],
    ['an empty name', { name: '  ' }, '项目名称不能为空'],
  ])('refuses %s, naming the field, and changes nothing', async (_, payload, message) => {
    const before = (await revisions()).length;
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P1}`, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().message).toContain(message);
    expect((await revisions()).length).toBe(before);
  });

  it('adds, changes and deletes indicators, parsing the target', async () => {
    const add = await t.as(finance, {
      method: 'POST',
      url: `${BASE}/projects/${P1}/indicators`,
      payload: { level1: '产出指标', level2: '数量指标', name: '法律咨询人次', description: '来访及12348热线咨询', target: '≥2000人次', basis: '上年完成数' },
    });
    expect(add.statusCode).toBe(200);
    let project = (await get(`${BASE}/projects/${P1}`)).json();
    // placed after the last 产出指标, keeping the table grouped
    expect(project.indicators[4]).toMatchObject({ name: '法律咨询人次', target: { kind: 'quantitative', comparator: '>=', value: 2000, unit: '人次' } });
    const id = project.indicators[4].id;
    const put = await t.as(finance, { method: 'PUT', url: `${BASE}/indicators/${id}`, payload: { level1: '产出指标', level2: '数量指标', name: '法律咨询人次', description: '', target: '明显增加', basis: '' } });
    expect(put.statusCode).toBe(200);
    project = (await get(`${BASE}/projects/${P1}`)).json();
    expect(project.indicators[4]).toMatchObject({ id, target: { raw: '明显增加', kind: 'qualitative' } });
    const bad = await t.as(finance, { method: 'PUT', url: `${BASE}/indicators/${id}`, payload: { level1: '别的指标', level2: '', name: '', description: '', target: '', basis: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/一级指标应为/);
    const del = await t.as(finance, { method: 'DELETE', url: `${BASE}/indicators/${id}` });
    expect(del.statusCode).toBe(200);
    expect((await get(`${BASE}/projects/${P1}`)).json().indicators).toHaveLength(7);
  });

  it('keeps indicator ids when other indicators change', async () => {
    const before = (await get(`${BASE}/projects/${P1}`)).json().indicators.map((i: { id: number }) => i.id);
    await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P1}`, payload: { goals: ['完善公共法律服务阵地建设。'] } });
    expect((await get(`${BASE}/projects/${P1}`)).json().indicators.map((i: { id: number }) => i.id)).toEqual(before);
  });

  it('edits the department goals', async () => {
    const book = sampleGoalBook();
    const res = await t.as(finance, { method: 'PUT', url: `${BASE}/department-goals`, payload: { ...book.departmentGoals, overall: book.departmentGoals.overall.slice(0, 5) } });
    expect(res.statusCode).toBe(200);
    expect((await get(`${BASE}/overview`)).json().departmentGoals.overall).toBe(5);
  });

  it('refuses to overwrite the initial budget once money is paid: that is a budget revision', async () => {
    const P2 = '13022522P000R24100104';
    await t.as(finance, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: P2, paidOn: '2022-03-01', amount: 1000, voucherNo: 'IB-1', payee: '某印刷厂', summary: '文件印刷', fundSource: 'fiscal' } });
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P2}`, payload: { budget: { total: 20000, fiscal: 20000, other: 0 } } });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('请在“预算执行”中为该项目“调整预算”');
    // the same budget with other changes is fine (the web's form always sends it)
    const same = await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P2}`, payload: { budget: { total: 30000, fiscal: 30000, other: 0 }, purpose: '印制法治宣传材料' } });
    expect(same.statusCode).toBe(200);
  });

  it('does not let a leader edit (403) and the web sees the same rule', async () => {
    const res = await t.as(await t.login('leader'), { method: 'PATCH', url: `${BASE}/projects/${P1}`, payload: { name: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('您的角色无权进行此操作');
  });
});

describe('importing through the API', () => {
  it('previews what an upload would change, with the warnings, storing nothing', async () => {
    const before = (await revisions()).length;
    const res = await t.as(finance, { method: 'POST', url: '/api/goal-books/preview', ...multipart('laoting-justice-2022.txt', sampleBytes()) });
    expect(res.statusCode).toBe(200);
    const { goalBook, diff } = res.json();
    expect(goalBook.warnings).toHaveLength(1);
    expect(diff.isNew).toBe(false);
    // the edits above are undone by the original document
    expect(diff.changes).toContainEqual(expect.objectContaining({ entity: 'project', projectCode: P1, field: 'budget.total', before: 60000, after: 50000 }));
    expect((await revisions()).length).toBe(before);
  });

  it('stores the previewed goal book, then the same again changes nothing', async () => {
    const preview = (await t.as(finance, { method: 'POST', url: '/api/goal-books/preview', ...multipart('a.txt', sampleBytes()) })).json();
    const first = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: preview.goalBook });
    expect(first.json().status).toBe('updated');
    const again = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: preview.goalBook });
    expect(again.json()).toMatchObject({ status: 'unchanged', diff: { summary: '无变化' } });
    expect(withoutWarnings((await get(`${BASE}/goal-book`)).json())).toEqual(withoutWarnings(sampleGoalBook()));
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 422, '文件为空'],
    ['a PDF', Buffer.from('%PDF-1.4 ...'), 415, '不支持 PDF'],
    ['a broken amount', Buffer.from(sampleBytes().toString('utf8').replace('\t5.00\n\t其中', '\t5.0x\n\t其中')), 422, '表1《法律援助绩效目标表》第3行第3列（预算数）'],
  ])('refuses %s with a located Chinese message', async (_, bytes, status, message) => {
    const res = await t.as(finance, { method: 'POST', url: '/api/goal-books/preview', ...multipart('x.txt', bytes) });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toContain(message);
  });

  it('refuses a goal book of a unit the user may not touch', async () => {
    const book = { ...sampleGoalBook(), unit: { code: '399999', name: '别的单位' } };
    const res = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: book });
    expect(res.statusCode).toBe(403);
    const admin = await t.login('admin');
    const created = await t.as(admin, { method: 'POST', url: '/api/goal-books', payload: book });
    expect(created.json().status).toBe('created');
    expect((await t.as(finance, { method: 'GET', url: '/api/units/399999/years/2022/overview' })).statusCode).toBe(403);
  });
});
