import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { addDays } from '../../src/core/correction/calendar.js';
import { chinaDate } from '../../src/core/dates.js';
import { insertUnitOffice } from '../../src/repositories/unit.repository.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * A person's lifecycle through the API: steps recorded with their dates and refused (located 400,
 * nothing written) when out of order or in the future; the clocks on the person and in the
 * workspace; activities counted against the month's duties; another office's person not found.
 */

let t: TestApp;
let office: Session;
let section: Session;
let personId: number;
let otherId: number;
const U = '/api/units/315002';
const C = `${U}/correction`;
const today = chinaDate(new Date());
const month = today.slice(0, 7);
const rows = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const step = (payload: Record<string, unknown>, who: Session = office, id = personId) => t.as(who, { method: 'POST', url: `${C}/people/${id}/steps`, payload });

beforeAll(async () => {
  t = await createTestApp();
  [office, section] = await Promise.all([t.login('office'), t.login('correctionSection')]);
  const scope = await cliScope(t.database.db, '315002');
  for (const name of ['胡家坨司法所', '汤家河司法所']) await insertUnitOffice(t.database.db, { unitId: scope.rootUnit.id, kind: 'office', name });
  const add = async (officeName: string, name: string) =>
    (await t.as(section, { method: 'POST', url: `${U}/registers/correction/people/records`, payload: { office: officeName, name, correctionType: '缓刑', startOn: addDays(today, -20), endOn: addDays(today, 300) } })).json().id as number;
  personId = await add('胡家坨司法所', '钱报到');
  otherId = await add('汤家河司法所', '孙别所');
});
afterAll(() => t.close());

describe('a person’s lifecycle', () => {
  it('runs the 报到 clock from the recorded judgment date, overdue until reported, and lists it on the workspace', async () => {
    expect((await step({ step: 'effective', doneOn: addDays(today, -15) })).statusCode).toBe(200);
    const open = (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle` })).json();
    expect(open.personName).toBe('钱**');
    expect(open.clocks.find((c: { kind: string }) => c.kind === 'reportIn')).toMatchObject({ due: addDays(today, -5), status: 'overdue', reportType: '未按规定时间报到', lateDays: 5 });
    const ws = (await t.as(office, { method: 'GET', url: `${C}/workspace` })).json();
    expect(ws.clocks).toEqual([expect.objectContaining({ personId, kind: 'reportIn', status: 'overdue', personName: '钱**' })]);

    expect((await step({ step: 'reported', doneOn: addDays(today, -4) })).statusCode).toBe(200);
    const done = (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle` })).json();
    expect(done.clocks.find((c: { kind: string }) => c.kind === 'reportIn')).toMatchObject({ status: 'late', reportType: '超期报到', lateDays: 1 });
    expect(done.steps.find((s: { step: string }) => s.step === 'reported')).toMatchObject({ doneOn: addDays(today, -4), recordedByName: 'office' });
    expect((await t.as(office, { method: 'GET', url: `${C}/workspace` })).json().clocks).toEqual([]);
  });

  it('refuses a step before the previous one, in the future, or without its start — located, writing nothing', async () => {
    const count = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from correction_person_step`))[0]!.n;
    const before = await count();
    const early = await step({ step: 'received', doneOn: addDays(today, -10) });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ path: 'doneOn' }] } });
    expect(early.json().message).toContain('不能早于报到日期');
    expect((await step({ step: 'received', doneOn: addDays(today, 1) })).json().message).toContain('不能晚于今天');
    expect((await step({ step: 'assessed', doneOn: addDays(today, -30), opinion: '适宜' })).json().message).toContain('请先登记“收到调查评估委托”');
    expect((await step({ step: 'received', doneOn: '2022-13-01' })).statusCode).toBe(400);
    const noKind = await step({ step: 'ended', doneOn: today });
    expect(noKind.json().details.issues[0].path).toBe('endKind');
    expect(await count()).toBe(before);
  });

  it('corrects a step’s date (audited before and after) and runs the assessment clock from an entrustment', async () => {
    expect((await step({ step: 'reported', doneOn: addDays(today, -5) })).statusCode).toBe(200);
    const audit = await rows<{ before: unknown; after: unknown }>(sql`select before, after from audit_log where action = 'correction.step' order by id desc limit 1`);
    expect(audit[0]).toMatchObject({ before: { doneOn: addDays(today, -4) }, after: { doneOn: addDays(today, -5) } });
    expect((await step({ step: 'entrusted', doneOn: addDays(today, -40), fastTrack: true })).statusCode).toBe(200);
    const life = (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle` })).json();
    expect(life.clocks.find((c: { kind: string }) => c.kind === 'assessment').status).toBe('overdue');
    expect((await step({ step: 'assessed', doneOn: addDays(today, -39), opinion: '适宜' })).statusCode).toBe(200);
  });

  it('counts activities against the month’s duties (the first month is 初期) and refuses hours on a report', async () => {
    const act = (payload: Record<string, unknown>) => t.as(office, { method: 'POST', url: `${C}/people/${personId}/activities`, payload });
    expect((await act({ kind: 'report', doneOn: today })).statusCode).toBe(200);
    expect((await act({ kind: 'study', doneOn: today, hours: 3, note: '法治教育' })).statusCode).toBe(200);
    expect((await act({ kind: 'report', doneOn: today, hours: 2 })).json().details.issues[0].path).toBe('hours');
    expect((await act({ kind: 'service', doneOn: today })).json().details.issues[0].path).toBe('hours');
    expect((await act({ kind: 'visit', doneOn: addDays(today, -30) })).json().message).toContain('不在矫正期内');
    const life = (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle` })).json();
    expect(life.duties).toMatchObject({ month, dutyClass: '初期' });
    expect(life.duties.duties.find((d: { duty: string }) => d.duty === 'reports').done).toBe(1);
    expect(life.duties.duties.find((d: { duty: string }) => d.duty === 'studyHours').done).toBe(3);
    expect(life.activities).toHaveLength(2);
    // a mistaken entry is voided: it stops counting, and cannot be voided twice
    const mistake = (await act({ kind: 'service', doneOn: today, hours: 4 })).json().id as number;
    expect((await t.as(office, { method: 'POST', url: `${C}/people/${personId}/activities/${mistake}/void` })).statusCode).toBe(200);
    expect((await t.as(office, { method: 'POST', url: `${C}/people/${personId}/activities/${mistake}/void` })).statusCode).toBe(409);
    expect((await t.as(office, { method: 'POST', url: `${C}/people/${otherId}/activities/${mistake}/void` })).statusCode).toBe(404);
    const ws = (await t.as(office, { method: 'GET', url: `${C}/workspace` })).json();
    expect(ws.duties.people.map((p: { personId: number }) => p.personId)).toEqual([personId]);
  });

  it('hides another office’s person from a 司法所 and refuses a bad month', async () => {
    expect((await t.as(office, { method: 'GET', url: `${C}/people/${otherId}/lifecycle` })).statusCode).toBe(404);
    expect((await step({ step: 'effective', doneOn: today }, office, otherId)).statusCode).toBe(404);
    expect((await t.as(section, { method: 'GET', url: `${C}/people/${otherId}/lifecycle?month=2022-13` })).statusCode).toBe(400);
    expect((await t.as(section, { method: 'GET', url: `${C}/people/${otherId}/lifecycle` })).statusCode).toBe(200);
  });

describe('the person picker', () => {
  it('finds people under correction by name within the reader’s scope, answering masked names', async () => {
    const find = async (who: Session, q: string) => (await t.as(who, { method: 'GET', url: `${C}/people?q=${encodeURIComponent(q)}` })).json() as Array<{ id: number; personName: string; office: string }>;
    expect(await find(office, '钱报')).toEqual([expect.objectContaining({ id: personId, personName: '钱**', office: '胡家坨司法所' })]);
    // the full name of another office's person finds nothing for a 司法所, but does for the section
    expect(await find(office, '孙别所')).toEqual([]);
    expect((await find(section, '孙别所')).map((p) => p.id)).toEqual([otherId]);
    expect((await find(section, '')).map((p) => p.id).sort()).toEqual([personId, otherId].sort());
    expect(JSON.stringify(await find(section, ''))).not.toContain('钱报到');
  });
});
});

describe('the local numbers of supervision', () => {
  it('are read and changed with the other correction settings (audited), and the month’s duties follow them', async () => {
    const admin = await t.login('admin');
    const settings = (await t.as(admin, { method: 'GET', url: `${U}/correction-settings` })).json();
    expect(settings.supervision).toMatchObject({ reportInDays: 10, alarmResponseMinutes: 60, duties: { 初期: { studyHours: 12 } } });
    const studyOf = async () => (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle` })).json().duties.duties.find((d: { duty: string }) => d.duty === 'studyHours');
    expect((await studyOf()).required).toBeGreaterThan(0);

    const changed = { ...settings, supervision: { ...settings.supervision, alarmResponseMinutes: 30, duties: { ...settings.supervision.duties, 初期: { ...settings.supervision.duties.初期, studyHours: 0 } } } };
    const bad = await t.as(admin, { method: 'PUT', url: `${U}/correction-settings`, payload: { ...changed, supervision: { ...changed.supervision, reportInDays: -1 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.issues[0].path).toBe('supervision.reportInDays');
    expect((await t.as(office, { method: 'PUT', url: `${U}/correction-settings`, payload: changed })).statusCode).toBe(403);
    expect((await t.as(admin, { method: 'GET', url: `${U}/correction-settings` })).json().supervision.alarmResponseMinutes).toBe(60);

    const put = await t.as(admin, { method: 'PUT', url: `${U}/correction-settings`, payload: changed });
    expect(put.statusCode, put.body).toBe(200);
    expect((await t.as(admin, { method: 'GET', url: `${U}/correction-settings` })).json().supervision).toMatchObject({ alarmResponseMinutes: 30, reportInDays: 10 });
    expect(await studyOf()).toMatchObject({ required: 0, state: 'met' });
    const audit = await rows<{ entity_id: string }>(sql`select entity_id from audit_log where action = 'settings.update' and entity_id like '%/correction'`);
    expect(audit).toHaveLength(1);
    // a change that leaves the supervision part out keeps it
    expect((await t.as(admin, { method: 'PUT', url: `${U}/correction-settings`, payload: { ladder: settings.ladder, opinionAnswerDays: 20, aftercare: settings.aftercare } })).json().supervision.alarmResponseMinutes).toBe(30);
  });
});

describe('the end of the term', () => {
  it('closes the month’s duties with the recorded end, and asks no service of one unable to work', async () => {
    expect((await step({ step: 'received', doneOn: addDays(today, -5) })).statusCode).toBe(200);
    expect((await step({ step: 'planned', doneOn: addDays(today, -4), team: '所长、村委委员、家属', ableToWork: false })).statusCode).toBe(200);
    expect((await step({ step: 'handedOver', doneOn: today })).json().message).toContain('请先登记“解除或终止矫正”');
    expect((await step({ step: 'ended', doneOn: addDays(today, -1), endKind: '终止', terminationReason: '收监执行' })).statusCode).toBe(200);
    // the month of the last day (yesterday: on the 1st it is last month's)
    const life = (await t.as(office, { method: 'GET', url: `${C}/people/${personId}/lifecycle?month=${addDays(today, -1).slice(0, 7)}` })).json();
    expect(life.steps.find((s: { step: string }) => s.step === 'planned').details).toEqual({ team: '所长、村委委员、家属', ableToWork: false });
    expect(life.duties.duties.find((d: { duty: string }) => d.duty === 'serviceHours')).toMatchObject({ required: 0, state: 'met' });
    expect(life.duties.duties.find((d: { duty: string }) => d.duty === 'visits').state).toBe('missed');
    expect(life.clocks.find((c: { kind: string }) => c.kind === 'release').status).toBe('onTime');
    expect((await t.as(office, { method: 'GET', url: `${C}/workspace` })).json().duties.people).toEqual([]);
  });
});
