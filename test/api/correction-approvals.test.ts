import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { addDays, addMonths } from '../../src/core/correction/calendar.js';
import { LOCATION_CONDITIONS } from '../../src/core/correction/clocks.js';
import { chinaDate } from '../../src/core/dates.js';
import { insertUnitOffice } from '../../src/repositories/unit.repository.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Correction requests through the API: the rules name who decides (司法所, county section, bureau
 * head), the workflow's four eyes and reasons, refusals that write nothing, the report on return, and
 * an approved class change setting the class the workspace shows.
 */

let t: TestApp;
let office: Session;
let section: Session;
let leader: Session;
let personId: number;
const U = '/api/units/315002';
const A = `${U}/correction/approvals`;
const today = chinaDate(new Date());
const rows = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  [office, section, leader] = await Promise.all([t.login('office'), t.login('correctionSection'), t.login('leader')]);
  const scope = await cliScope(t.database.db, '315002');
  await insertUnitOffice(t.database.db, { unitId: scope.rootUnit.id, kind: 'office', name: '胡家坨司法所' });
  const res = await t.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: '胡家坨司法所', name: '赵外出', correctionType: '假释', startOn: addDays(today, -200), endOn: addDays(today, 300) } });
  personId = res.json().id as number;
});
afterAll(() => t.close());

const leave = (days: number, over: Record<string, unknown> = {}) => ({ personId, kind: '外出', fromOn: addDays(today, 5), toOn: addDays(today, 4 + days), reason: '探望住院的父亲', reasonKind: '家庭紧急事务', ...over });

describe('correction requests', () => {
  it('sends a leave of 8 days to the county: the 司法所 and the bureau head may not decide it, the section approves', async () => {
    const created = await t.as(office, { method: 'POST', url: A, payload: leave(8) });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ level: '县级社区矫正机构', state: 'submitted', personName: '赵**' });
    const id = created.json().id as number;
    expect((await t.as(office, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve' } })).statusCode).toBe(403);
    expect((await t.as(leader, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve' } })).statusCode).toBe(403);
    expect((await t.as(section, { method: 'GET', url: `${A}?waiting=true` })).json().map((a: { id: number }) => a.id)).toEqual([id]);
    const home = (await t.as(section, { method: 'GET', url: `${U}/years/2022/home` })).json();
    expect(home.items.find((i: { kind: string }) => i.kind === 'approvalsWaiting')).toMatchObject({ count: 1, detail: '外出' });
    expect((await t.as(leader, { method: 'GET', url: `${U}/years/2022/home` })).json().items.find((i: { kind: string }) => i.kind === 'approvalsWaiting')).toBeUndefined();
    expect((await t.as(section, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'return' } })).statusCode).toBe(400);
    const approved = await t.as(section, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve', opinion: '同意' } });
    expect(approved.json()).toMatchObject({ state: 'approved', clock: '外出中', decidedByName: 'correctionSection' });
    expect((await t.as(section, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve' } })).statusCode).toBe(409);
    const back = await t.as(office, { method: 'POST', url: `${A}/${id}/return`, payload: { returnedOn: addDays(today, 14) } });
    expect(back.json().clock).toBe('逾期返回');
  });

  it('refuses over 30 days, and leave for a visit in a sensitive period, writing nothing', async () => {
    const before = (await rows(sql`select count(*)::int as n from correction_approval`))[0]!.n;
    const long = await t.as(office, { method: 'POST', url: A, payload: leave(31) });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toContain('每次外出不超过 30 日');
    await t.as(section, { method: 'POST', url: `${U}/correction/sensitive-periods`, payload: { name: '国庆', from: addDays(today, 5), to: addDays(today, 8) } });
    const visit = await t.as(office, { method: 'POST', url: A, payload: leave(2, { reasonKind: '其他', reason: '旅游' }) });
    expect(visit.statusCode).toBe(400);
    expect(visit.json().message).toContain('敏感期（国庆）');
    expect((await rows(sql`select count(*)::int as n from correction_approval`))[0]!.n).toBe(before);
    // a medical reason is still allowed, decided by the 司法所 (≤ 7 days)
    expect((await t.as(office, { method: 'POST', url: A, payload: leave(2, { reasonKind: '就医', reason: '住院复查' }) })).json().level).toBe('司法所');
  });

  it('sends electronic location to the bureau head only under an Art.29 condition', async () => {
    expect((await t.as(office, { method: 'POST', url: A, payload: { personId, kind: '电子定位', fromOn: today, reason: '拒不报到', months: 3, conditions: [] } })).statusCode).toBe(400);
    const created = await t.as(office, { method: 'POST', url: A, payload: { personId, kind: '电子定位', fromOn: today, reason: '无正当理由离开县境', months: 3, conditions: [LOCATION_CONDITIONS[1]] } });
    expect(created.json()).toMatchObject({ level: '局长', toOn: addDays(addMonths(today, 3), -1) });
    const id = created.json().id as number;
    expect((await t.as(section, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve' } })).statusCode).toBe(403);
    expect((await t.as(leader, { method: 'POST', url: `${A}/${id}/decision`, payload: { move: 'approve' } })).json()).toMatchObject({ state: 'approved', clock: '使用中' });
  });

  it('applies an approved class change to the workspace', async () => {
    const before = (await t.as(office, { method: 'GET', url: `${U}/correction/workspace` })).json();
    expect(before.people.strict).toBe(0);
    const created = await t.as(office, { method: 'POST', url: A, payload: { personId, kind: '分类调整', fromOn: today, reason: '两次训诫未改正', toClass: '严管' } });
    await t.as(section, { method: 'POST', url: `${A}/${created.json().id}/decision`, payload: { move: 'approve', opinion: '同意调整为严管' } });
    expect((await t.as(office, { method: 'GET', url: `${U}/correction/workspace` })).json().people.strict).toBe(1);
    const audit = await rows(sql`select action from audit_log where entity = 'correction_approval' order by id`);
    expect(audit.map((a) => a.action)).toContain('correction.approve');
  });

  it('reminds the 司法所 and the section on the home page of a location term ending soon, until a renewal is submitted', async () => {
    const person = await t.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: '胡家坨司法所', name: '钱定位', correctionType: '缓刑', startOn: addDays(today, -100), endOn: addDays(today, 300) } });
    const pid = person.json().id as number;
    // a one-month term that began a month less five days ago: its last day is a few days ahead, inside the 10-day reminder window
    const fromOn = addDays(addMonths(today, -1), 5);
    const created = await t.as(office, { method: 'POST', url: A, payload: { personId: pid, kind: '电子定位', fromOn, reason: '拒不报到', months: 1, conditions: [LOCATION_CONDITIONS[2]] } });
    expect(created.statusCode, created.body).toBe(200);
    await t.as(leader, { method: 'POST', url: `${A}/${created.json().id}/decision`, payload: { move: 'approve' } });
    const item = async (who: Session) => (await t.as(who, { method: 'GET', url: `${U}/years/2022/home` })).json().items.find((i: { kind: string }) => i.kind === 'locationRenewal');
    const to = addDays(addMonths(fromOn, 1), -1);
    expect(await item(office)).toMatchObject({ count: 1, detail: `胡家坨司法所 ${to} 届满` });
    expect(await item(section)).toMatchObject({ count: 1 });
    expect(await item(leader)).toBeUndefined();
    const renewal = await t.as(office, { method: 'POST', url: A, payload: { personId: pid, kind: '电子定位', fromOn: addDays(to, 1), reason: '续期', months: 1, conditions: [LOCATION_CONDITIONS[2]] } });
    expect(renewal.statusCode, renewal.body).toBe(200);
    expect(await item(office)).toBeUndefined();
  });
});
