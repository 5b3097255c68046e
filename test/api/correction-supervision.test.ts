import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAggregates } from '../../src/app/aggregates/aggregates.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { chinaDate } from '../../src/core/dates.js';
import { addDays } from '../../src/core/correction/calendar.js';
import { computeMetric } from '../../src/registers/framework/compute-metric.js';
import { createVendor } from '../../src/registers/correction/supervision/vendors.js';
import { simulateEvents } from '../../src/registers/correction/supervision/simulate-events.js';
import { requireMetric } from '../../src/registers/registry.js';
import { correctionHomeItems } from '../../src/registers/correction/supervision/home-items.js';
import type { TAccessSubject } from '../../src/core/access/scope.js';
import { insertUnitOffice } from '../../src/repositories/unit.repository.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Correction supervision through the API: the vendor feed (key, idempotency, a bad batch writes
 * nothing), alarms with their deadline, escalation on the home page and its clearing by the handling
 * record, location reads (who may, and the audit), and 零报告 (filing, twice refused, flagging the day
 * after, 补报) with their metrics.
 */

let t: TestApp;
let office: Session;
let section: Session;
let leader: Session;
let finance: Session;
let key: string;
let unitId: number;
const U = '/api/units/315002';
const C = `${U}/correction`;
const OFFICE = '胡家坨司法所';
const OTHER = '汤家河司法所';
const personIds: Record<string, number> = {};

const rows = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const post = (events: unknown[], vendorKey: string | null = key) => t.app.inject({ method: 'POST', url: '/api/correction/events', headers: vendorKey ? { 'x-vendor-key': vendorKey } : {}, payload: { events } });
const now = () => new Date();
/**
 * The running year's correction home items of a role (the test unit has only its 2022 goal book, so
 * the running year's home page itself cannot be asked for over HTTP).
 */
const runningYearItems = async (who: { role: 'office' | 'leader'; office?: string }) => {
  const scope = await cliScope(t.database.db, '315002');
  const subject: TAccessSubject = { userId: 1, role: who.role, unitId, grantedUnitIds: [], sections: [], office: who.office ?? null, dataScope: who.role === 'office' ? 'office' : 'unit' };
  return correctionHomeItems({ db: t.database.db, scope: { ...scope, offices: who.office ? [who.office] : null }, subject, now: new Date().toISOString(), link: '/x', year: Number(chinaDate(new Date()).slice(0, 4)) });
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  [office, section, leader, finance] = await Promise.all([t.login('office'), t.login('correctionSection'), t.login('leader'), t.login('finance')]);
  const scope = await cliScope(t.database.db, '315002');
  unitId = scope.rootUnit.id;
  for (const name of [OFFICE, OTHER]) await insertUnitOffice(t.database.db, { unitId, kind: 'office', name });
  const today = chinaDate(now());
  for (const [label, officeName] of [['a', OFFICE], ['b', OTHER]] as const) {
    const res = await t.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: officeName, name: `张${label}明`, correctionType: '缓刑', startOn: addDays(today, -100), endOn: addDays(today, 20) } });
    expect(res.statusCode, res.body).toBe(200);
    personIds[label] = res.json().id as number;
  }
  key = (await createVendor({ db: t.database.db, scope, actor: { userId: null, name: 'test' }, name: '定位平台' })).key;
});
afterAll(() => t.close());

describe('the vendor feed', () => {
  it('refuses a missing or wrong key, writing nothing', async () => {
    const [event] = simulateEvents({ personIds: [personIds.a!], count: 1, from: hoursAgo(1), to: hoursAgo(0), seed: 1 });
    expect((await post([event], null)).statusCode).toBe(401);
    expect((await post([event], 'jxv_wrong')).statusCode).toBe(401);
    // the key is checked before the body: without one, a malformed batch is 401 too, not a 400 describing its shape
    const bare = await t.app.inject({ method: 'POST', url: '/api/correction/events', payload: { nothing: true } });
    expect(bare.statusCode).toBe(401);
    expect(await rows(sql`select id from reg_correction_alarm`)).toHaveLength(0);
  });

  it('makes one alarm of the same event sent twice (and twice in one batch)', async () => {
    const event = { eventId: 'evt-1', personId: personIds.a!, kind: '越界', occurredAt: hoursAgo(0.25), lat: 39.41, lng: 118.9 };
    const first = await post([event, event]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: 2, created: 1, duplicates: 1 });
    expect((await post([event])).json()).toEqual({ received: 1, created: 0, duplicates: 1 });
    const stored = await rows<{ office: string; location: string; due: boolean }>(sql`select office, location, due_at = raised_at + interval '60 minutes' as due from reg_correction_alarm where event_id = 'evt-1'`);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.office).toBe(OFFICE);
    expect(stored[0]!.due).toBe(true);
    expect(stored[0]!.location).toMatch(/^v1:/); // encrypted, not "39.41"
  });

  it('refuses a whole batch naming a person the unit does not supervise', async () => {
    const res = await post([{ eventId: 'evt-ok', personId: personIds.a!, kind: '关机', occurredAt: hoursAgo(0.1) }, { eventId: 'evt-bad', personId: 999_999, kind: '关机', occurredAt: hoursAgo(0.1) }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('999999');
    expect(await rows(sql`select id from reg_correction_alarm where event_id in ('evt-ok', 'evt-bad')`)).toHaveLength(0);
  });
});

describe('alarms, escalation and handling', () => {
  let lateId: number;
  it('escalates an alarm past its response time to the section and the bureau head’s home page', async () => {
    expect((await post([{ eventId: 'evt-late', personId: personIds.a!, kind: '人机分离', occurredAt: hoursAgo(2) }])).json().created).toBe(1);
    const list = (await t.as(office, { method: 'GET', url: `${C}/alarms?open=true` })).json();
    expect(list.escalated).toBe(1);
    const late = list.items.find((a: { state: string }) => a.state === 'escalated');
    lateId = late.id;
    expect(late.personName).toBe('张**');
    for (const who of [leader, section]) {
      const home = (await t.as(who, { method: 'GET', url: `${U}/years/2022/home` })).json();
      expect(home.items.find((i: { kind: string }) => i.kind === 'alarmsEscalated')?.count).toBe(1);
    }
    // finance keeps no correction work: no such item
    const financeHome = (await t.as(finance, { method: 'GET', url: `${U}/years/2022/home` })).json();
    expect(financeHome.items.find((i: { kind: string }) => i.kind === 'alarmsEscalated')).toBeUndefined();
  });

  it('lets only the supervising 司法所 handle it; the handling record clears the escalation', async () => {
    const payload = { verified: true, outcome: '已责令返回', note: '电话联系本人，已返回' };
    // the other office's alarm is not found for this 司法所
    await post([{ eventId: 'evt-other', personId: personIds.b!, kind: '越界', occurredAt: hoursAgo(0.1) }]);
    const [other] = await rows<{ id: number }>(sql`select id from reg_correction_alarm where event_id = 'evt-other'`);
    expect((await t.as(office, { method: 'POST', url: `${C}/alarms/${other!.id}/handle`, payload })).statusCode).toBe(404);
    expect((await t.as(leader, { method: 'POST', url: `${C}/alarms/${lateId}/handle`, payload })).statusCode).toBe(403);
    const res = await t.as(office, { method: 'POST', url: `${C}/alarms/${lateId}/handle`, payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'handledLate', outcome: '已责令返回', handler: 'office', verified: true });
    expect((await t.as(office, { method: 'POST', url: `${C}/alarms/${lateId}/handle`, payload })).statusCode).toBe(409);
    expect((await t.as(office, { method: 'GET', url: `${C}/alarms?open=true` })).json().escalated).toBe(0);
    const home = (await t.as(leader, { method: 'GET', url: `${U}/years/2022/home` })).json();
    expect(home.items.find((i: { kind: string }) => i.kind === 'alarmsEscalated')).toBeUndefined();
    const [audit] = await rows<{ after: { outcome: string } }>(sql`select after from audit_log where action = 'correction.alarmHandle' and entity_id = ${String(lateId)}`);
    expect(audit!.after.outcome).toBe('已责令返回');
  });

  it('shows the location only to the supervising 司法所 and approvers, auditing every look', async () => {
    const [alarm] = await rows<{ id: number }>(sql`select id from reg_correction_alarm where event_id = 'evt-1'`);
    const url = `${C}/alarms/${alarm!.id}/location`;
    expect((await t.as(section, { method: 'GET', url })).statusCode).toBe(403);
    expect((await t.as(finance, { method: 'GET', url })).statusCode).toBe(403);
    const res = await t.as(office, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: alarm!.id, lat: 39.41, lng: 118.9 });
    expect((await t.as(leader, { method: 'GET', url })).statusCode).toBe(200);
    const looks = await rows(sql`select actor_name from audit_log where action = 'personalData.read' and entity = 'register:correction/alarms' and entity_id = ${String(alarm!.id)} order by id`);
    expect(looks.map((l) => l.actor_name)).toEqual(['office', 'leader']);
  });
});

describe('零报告', () => {
  const today = () => chinaDate(now());
  const counts = { roster: 1, lost: 0, outOfBounds: 1, violations: 0, newOffences: 0, incidents: 0 };

  it('prefills what jixiao knows and files once a day', async () => {
    const homeItem = async () => (await runningYearItems({ role: 'office', office: OFFICE })).find((i) => i.kind === 'zeroReportDue');
    expect(await homeItem()).toMatchObject({ count: 1 });
    const status = (await t.as(office, { method: 'GET', url: `${C}/daily?date=${today()}` })).json();
    expect(status.offices.map((o: { office: string }) => o.office)).toEqual([OFFICE]);
    expect(status.offices[0]).toMatchObject({ status: '待上报', prefill: { roster: 1, outOfBounds: 1 } });
    const filed = await t.as(office, { method: 'POST', url: `${C}/daily`, payload: { office: OFFICE, date: today(), counts } });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().status).toBe('按时上报');
    expect(await homeItem()).toBeUndefined();
    expect((await t.as(office, { method: 'POST', url: `${C}/daily`, payload: { office: OFFICE, date: today(), counts } })).statusCode).toBe(409);
    expect((await t.as(office, { method: 'POST', url: `${C}/daily`, payload: { office: OTHER, date: today(), counts } })).statusCode).toBe(404);
    expect((await t.as(office, { method: 'POST', url: `${C}/daily`, payload: { office: OFFICE, date: addDays(today(), 1), counts } })).statusCode).toBe(400);
  });

  it('flags the offices that missed yesterday, shows them to the section and the bureau head, and takes a 补报', async () => {
    const yesterday = addDays(today(), -1);
    await t.as(office, { method: 'POST', url: `${C}/daily`, payload: { office: OFFICE, date: yesterday, counts } });
    const before = (await t.as(section, { method: 'GET', url: `${C}/daily?date=${yesterday}` })).json();
    expect(before.offices.map((o: { office: string; status: string }) => [o.office, o.status])).toEqual([[OFFICE, '补报'], [OTHER, '缺报']]);
    expect((await t.as(section, { method: 'POST', url: `${C}/daily/flag-missing`, payload: { date: today() } })).statusCode).toBe(400);
    const flag = await t.as(section, { method: 'POST', url: `${C}/daily/flag-missing`, payload: { date: yesterday } });
    expect(flag.json()).toEqual({ date: yesterday, flagged: [OTHER] });
    expect((await t.as(section, { method: 'POST', url: `${C}/daily/flag-missing`, payload: { date: yesterday } })).json().flagged).toEqual([]);
    expect((await runningYearItems({ role: 'leader' })).find((i) => i.kind === 'zeroReportsMissing')).toMatchObject({ count: 1, detail: { zh: OTHER } });
    // a year long past (the 2022 demo) is not told of yesterday's missing reports: they concern the running year
    const past = (await t.as(leader, { method: 'GET', url: `${U}/years/2022/home` })).json();
    expect(past.items.map((i: { kind: string }) => i.kind)).not.toContain('zeroReportsMissing');
    expect((await t.as(section, { method: 'GET', url: `${U}/years/2022/home` })).json().items.map((i: { kind: string }) => i.kind)).not.toContain('zeroReportsMissing');
    const metric = await computeMetric(t.database.db, requireMetric('correction.zero-report-filing-rate'), { unitIds: [unitId], year: Number(today().slice(0, 4)), asOf: today(), filter: null });
    expect({ numerator: metric.numerator, denominator: metric.denominator }).toEqual({ numerator: 1, denominator: 3 });
    const late = await t.as(section, { method: 'POST', url: `${C}/daily`, payload: { office: OTHER, date: yesterday, counts: { ...counts, outOfBounds: 0 } } });
    expect(late.json().status).toBe('补报');
  });

  it('counts alarms handled on time and 脱管 people as metrics', async () => {
    const year = Number(today().slice(0, 4));
    const onTime = await computeMetric(t.database.db, requireMetric('correction.alarms-handled-on-time-rate'), { unitIds: [unitId], year, asOf: today(), filter: null });
    expect({ numerator: onTime.numerator, denominator: onTime.denominator }).toEqual({ numerator: 0, denominator: 3 });
    const [open] = await rows<{ id: number }>(sql`select id from reg_correction_alarm where event_id = 'evt-1'`);
    expect((await t.as(office, { method: 'POST', url: `${C}/alarms/${open!.id}/handle`, payload: { verified: true, outcome: '脱管' } })).statusCode).toBe(200);
    const after = await computeMetric(t.database.db, requireMetric('correction.alarms-handled-on-time-rate'), { unitIds: [unitId], year, asOf: today(), filter: null });
    expect(after.numerator).toBe(1);
    expect((await computeMetric(t.database.db, requireMetric('correction.lost-contact'), { unitIds: [unitId], year, asOf: today(), filter: null })).value).toBe(1);
  });

  it('shows the workspace of a 司法所 and of the section', async () => {
    const mine = (await t.as(office, { method: 'GET', url: `${C}/workspace` })).json();
    expect(mine.daily.offices.map((o: { office: string }) => o.office)).toEqual([OFFICE]);
    expect(mine.people).toMatchObject({ total: 1, ending: [{ personName: '张**', daysLeft: 20 }] });
    const all = (await t.as(section, { method: 'GET', url: `${C}/workspace` })).json();
    expect(all.daily.offices).toHaveLength(2);
    expect(all.alarms.open).toBe(1);
    expect((await t.as(finance, { method: 'GET', url: `${C}/workspace` })).statusCode).toBe(200);
    // an earlier day is read as of its end: its reports, the day before's, and the alarms open then
    const earlier = (await t.as(section, { method: 'GET', url: `${C}/workspace?date=${addDays(today(), -1)}` })).json();
    expect([earlier.daily.date, earlier.yesterday.date]).toEqual([addDays(today(), -1), addDays(today(), -2)]);
    expect(earlier.alarms.now).toBe(new Date(`${addDays(today(), -1)}T23:59:59.999+08:00`).toISOString());
    const legalAidSection = await t.login('section');
    expect((await t.as(legalAidSection, { method: 'GET', url: `${C}/workspace` })).statusCode).toBe(403);
  });
});

describe('aggregates', () => {
  it('keeps the metric aggregates of alarms and zero reports equal to their records after ingestion, handling, filing and flagging', async () => {
    const check = await checkAggregates({ db: t.database.db });
    expect(check.metrics.sample).toEqual([]);
    expect(check.ok).toBe(true);
  });
});
