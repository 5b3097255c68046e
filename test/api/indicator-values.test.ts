import { cliScope } from '../../src/app/units/resolve-scope.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { enterIndicatorValue, listValuesOfUnit } from '../../src/app/indicators/indicator-values.js';
import type { TUnitIndicatorValue } from '../../src/contract/api/registers-api.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/** The unit-wide list of manual values behind the 待审批 and 我的填报 tabs. */

let t: TestApp;
let section: Session;
let finance: Session;
let leader: Session;
let reviewer: Session;
let outsider: Session;
const UNIT = '/api/units/315002';
const BASE = `${UNIT}/years/2022`;
const OTHER_UNIT = '/api/units/301001/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助
const SYSTEM = { userId: null, name: 'test', ip: 'local' };

interface Indicator {
  indicatorId: number;
  projectCode: string | null;
  name: string;
}

const ok = async <T>(session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>): Promise<T> => {
  const res = await t.as(session, { method, url, ...(payload === undefined ? {} : { payload }) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return res.json() as T;
};
const indicatorId = async (session: Session, base: string, project: string, name: string) => {
  const board = await ok<{ indicators: Indicator[] }>(session, 'GET', `${base}/indicator-progress?asOf=2022-12-31`);
  return board.indicators.find((i) => i.projectCode === project && i.name === name)!.indicatorId;
};
const enter = async (session: Session, base: string, id: number, payload: Record<string, unknown>) =>
  (await ok<{ id: number }>(session, 'POST', `${base}/indicators/${id}/values`, { asOf: '2022-12-31', ...payload })).id;
const list = (session: Session, query = '', base = BASE) => ok<TUnitIndicatorValue[]>(session, 'GET', `${base}/indicator-values${query}`);
const ids = (values: TUnitIndicatorValue[]) => values.map((v) => v.id);

let timelyId: number;
let durationId: number;
/** finance's draft, section's submitted value, finance's approved value, finance's returned value */
let draft: number, submitted: number, approved: number, returned: number;
let otherUnitValue: number;
let otherYearValue: number;

beforeAll(async () => {
  t = await createTestApp();
  [section, finance, leader, reviewer, outsider] = await Promise.all([t.login('section'), t.login('finance'), t.login('leader'), t.login('reviewer'), t.login('outsider')]);
  // the same goal book for the outsider's unit, and for 315002's next year
  const book = sampleGoalBook();
  await importGoalBook({ db: t.database.db, book: { ...book, unit: { code: '301001', name: '乐亭县财政局' } }, actor: SYSTEM });
  await importGoalBook({ db: t.database.db, book: { ...book, year: 2023 }, actor: SYSTEM });

  timelyId = await indicatorId(finance, BASE, P1, '及时性');
  // a legal-aid indicator: the section (legal-aid, survey) may enter values of its own line only
  durationId = await indicatorId(finance, BASE, P1, '法律援助案件受理数（件)');

  draft = await enter(finance, BASE, timelyId, { assessment: '达成', evidence: '结案登记表' });
  submitted = await enter(section, BASE, durationId, { value: 400, evidence: '案件登记表' });
  await ok(section, 'POST', `${BASE}/indicator-values/${submitted}/submit`);
  approved = await enter(finance, BASE, durationId, { value: 411, evidence: '年度统计报表' });
  await ok(finance, 'POST', `${BASE}/indicator-values/${approved}/submit`);
  await ok(leader, 'POST', `${BASE}/indicator-values/${approved}/approve`);
  returned = await enter(finance, BASE, timelyId, { assessment: '部分达成', evidence: '季度统计表' });
  await ok(finance, 'POST', `${BASE}/indicator-values/${returned}/submit`);
  await ok(leader, 'POST', `${BASE}/indicator-values/${returned}/return`, { reason: '佐证不足' });

  otherUnitValue = await enter(outsider, OTHER_UNIT, await indicatorId(outsider, OTHER_UNIT, P1, '及时性'), { assessment: '达成', evidence: '另一单位的结案登记表' });
  await ok(outsider, 'POST', `${OTHER_UNIT}/indicator-values/${otherUnitValue}/submit`);
  const year2023 = `${UNIT}/years/2023`;
  otherYearValue = await enter(finance, year2023, await indicatorId(finance, year2023, P1, '及时性'), { asOf: '2023-12-31', assessment: '达成', evidence: '2023年结案登记表' });
}, 60_000);
afterAll(() => t.close());

describe('GET …/indicator-values', () => {
  it('lists the unit-year’s values newest first, each as the per-indicator item plus its indicator', async () => {
    const all = await list(leader);
    expect(ids(all)).toEqual([returned, approved, submitted, draft]);
    const perIndicator = await ok<Array<Record<string, unknown>>>(leader, 'GET', `${BASE}/indicators/${durationId}/values`);
    for (const item of perIndicator) {
      const { submittedAt: _s, indicator: _i, ...rest } = all.find((v) => v.id === item.id)!;
      expect(rest).toEqual(item);
    }
    expect(all.find((v) => v.id === returned)).toMatchObject({
      status: 'returned',
      enteredByName: 'finance',
      decidedByName: 'leader',
      returnReason: '佐证不足',
      submittedAt: expect.any(String),
      indicator: { id: timelyId, projectCode: P1, projectName: '法律援助', name: '及时性', target: expect.any(String) },
    });
    expect(all.find((v) => v.id === approved)).toMatchObject({ status: 'approved', decidedByName: 'leader', decidedAt: expect.any(String), submittedAt: expect.any(String) });
    expect(all.find((v) => v.id === draft)).toMatchObject({ status: 'draft', submittedAt: null, decidedByName: null });
  });

  it('filters by status', async () => {
    expect(ids(await list(leader, '?status=submitted'))).toEqual([submitted]);
    expect(ids(await list(leader, '?status=approved'))).toEqual([approved]);
    expect(ids(await list(leader, '?status=returned'))).toEqual([returned]);
    expect(ids(await list(leader, '?status=draft'))).toEqual([draft]);
  });

  it('mine=true keeps what the signed-in user entered; mine=false what others entered (what they may decide on)', async () => {
    expect(ids(await list(finance, '?mine=true'))).toEqual([returned, approved, draft]);
    expect(ids(await list(section, '?mine=true'))).toEqual([submitted]);
    expect(ids(await list(leader, '?mine=true'))).toEqual([]);
    expect(ids(await list(finance, '?mine=false'))).toEqual([submitted]);
    // the 待审批 list: submitted by someone else
    expect(ids(await list(finance, '?status=submitted&mine=false'))).toEqual([submitted]);
    expect(ids(await list(section, '?status=submitted&mine=false'))).toEqual([]);
    expect(ids(await list(section, '?status=submitted&mine=true'))).toEqual([submitted]);
  });

  it('counts a value entered from the command line (no user) as nobody’s', async () => {
    const unit = await cliScope(t.database.db, '315002');
    const cli = await enterIndicatorValue({ db: t.database.db, scope: unit, year: 2022, actor: { userId: null, name: 'cli:root' }, indicatorId: timelyId, input: { asOf: '2022-06-30', assessment: '达成', evidence: '命令行录入' } });
    try {
      expect(ids(await list(finance, '?mine=false'))).toEqual([cli.id, submitted]);
      expect(ids(await list(finance, '?mine=true'))).not.toContain(cli.id);
      expect(ids(await listValuesOfUnit({ db: t.database.db, scope: unit, year: 2022, actor: { userId: null, name: 'cli:root' }, mine: true }))).toEqual([cli.id]);
    } finally {
      await t.database.db.execute(sql`delete from indicator_value where id = ${cli.id}`);
    }
  });

  it('keeps units and years apart', async () => {
    const ours = ids(await list(finance));
    expect(ours).not.toContain(otherUnitValue);
    expect(ours).not.toContain(otherYearValue);
    expect(ids(await list(outsider, '', OTHER_UNIT))).toEqual([otherUnitValue]);
    expect(ids(await list(finance, '', `${UNIT}/years/2023`))).toEqual([otherYearValue]);
    // another unit's user is refused this unit's list, filtered or not
    for (const query of ['', '?status=submitted', '?mine=false']) {
      const res = await t.as(outsider, { method: 'GET', url: `${BASE}/indicator-values${query}` });
      expect(res.statusCode, res.body).toBe(403);
    }
  });

  it('asks for the same permission as an indicator’s values, which the outside reviewer has on a granted unit', async () => {
    const access = (url: string) => t.app.routeAccess.find((r) => r.method === 'GET' && r.url === url)?.access;
    expect(access('/api/units/:unitCode/years/:year/indicator-values')).toBe(access('/api/units/:unitCode/years/:year/indicators/:id/values'));
    expect(ids(await list(reviewer, '?status=submitted'))).toEqual([submitted]);
    expect((await t.as(null, { method: 'GET', url: `${BASE}/indicator-values` })).statusCode).toBe(401);
  });

  it('refuses an unknown status or mine value with a Chinese message', async () => {
    for (const query of ['?status=pending', '?mine=yes']) {
      const res = await t.as(leader, { method: 'GET', url: `${BASE}/indicator-values${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().message).toMatch(/状态应为|mine 应为/);
    }
  });

  it('is described in the OpenAPI document with its filters', async () => {
    const doc = (await t.as(null, { method: 'GET', url: '/api/openapi.json' })).json();
    const get = doc.paths['/api/units/{unitCode}/years/{year}/indicator-values'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['status', 'mine']));
  });

  it('reads the list in one query, however many values and indicators there are', async () => {
    if (!t.database.pglite) return; // counted on the embedded client; the SQL is the same on PostgreSQL
    const unit = await cliScope(t.database.db, '315002');
    const spy = vi.spyOn(t.database.pglite, 'query');
    try {
      const values = await listValuesOfUnit({ db: t.database.db, scope: unit, year: 2022, actor: { userId: null, name: 'test' } });
      expect(values).toHaveLength(4);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toMatch(/inner join "indicator"/);
    } finally {
      spy.mockRestore();
    }
  });
});
