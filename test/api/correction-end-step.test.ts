import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAggregates } from '../../src/app/aggregates/aggregates.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { addDays } from '../../src/core/correction/calendar.js';
import { chinaDate } from '../../src/core/dates.js';
import { insertUnitOffice } from '../../src/repositories/unit.repository.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * The end step (解除 / 终止) writes the person's register record in the same transaction: 解除（终止）
 * 矫正日期 = the step's date (a corrected date moves it), the reason given, kept, or 期满解除 for a
 * 解除; a 终止 without a fitting reason is refused. The metric aggregates still agree with the
 * records, and a refused step changes nothing — neither the step, nor the record, nor the audit log.
 */

let t: TestApp;
let office: Session;
let section: Session;
const U = '/api/units/315002';
const C = `${U}/correction`;
const R = `${U}/registers/correction/people/records`;
const today = chinaDate(new Date());
const start = addDays(today, -60);
const rows = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const step = (id: number, payload: Record<string, unknown>) => t.as(office, { method: 'POST', url: `${C}/people/${id}/steps`, payload });
const add = async (name: string, extra: Record<string, unknown> = {}) =>
  (await t.as(section, { method: 'POST', url: R, payload: { office: '胡家坨司法所', name, correctionType: '缓刑', startOn: start, endOn: addDays(today, 300), ...extra } })).json().id as number;
const record = async (id: number) => {
  const [row] = await rows<{ terminatedOn: string | null; terminationReason: string | null }>(sql`select terminated_on::text as "terminatedOn", termination_reason as "terminationReason" from reg_correction_person where id = ${id}`);
  return row!;
};
const agree = async () => expect((await checkAggregates({ db: t.database.db })).metrics.disagreements).toBe(0);
/** Everything a refused step must leave as it was. */
const snapshot = async (id: number) => ({
  record: await record(id),
  steps: await rows(sql`select step, done_on::text, details from correction_person_step where person_id = ${id} order by step`),
  audit: (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0]!.n,
  metrics: await rows(sql`select * from metric_daily order by 1, 2, 3`),
});

beforeAll(async () => {
  t = await createTestApp();
  [office, section] = await Promise.all([t.login('office'), t.login('correctionSection')]);
  const scope = await cliScope(t.database.db, '315002');
  await insertUnitOffice(t.database.db, { unitId: scope.rootUnit.id, kind: 'office', name: '胡家坨司法所' });
});
afterAll(() => t.close());

describe('the end step on the register', () => {
  it('a 解除 writes the date and 期满解除; a corrected date moves the record, audited through the register update', async () => {
    const id = await add('周期满');
    expect((await step(id, { step: 'ended', doneOn: addDays(today, -3), endKind: '解除' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -3), terminationReason: '期满解除' });
    await agree();
    const shown = (await t.as(office, { method: 'GET', url: `${R}/${id}` })).json();
    expect(JSON.stringify(shown)).toContain(addDays(today, -3));

    expect((await step(id, { step: 'ended', doneOn: addDays(today, -10), endKind: '解除' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -10), terminationReason: '期满解除' });
    await agree();
    const [audit] = await rows<{ before: unknown; after: unknown }>(sql`select before, after from audit_log where action = 'register.update' and entity_id = ${String(id)} order by id desc limit 1`);
    expect(audit).toMatchObject({ before: { terminatedOn: addDays(today, -3) }, after: { terminatedOn: addDays(today, -10) } });
  });

  it('a 终止 takes the reason given, keeps it on a later correction, and is refused without one — changing nothing', async () => {
    const id = await add('吴收监');
    const before = await snapshot(id);
    const none = await step(id, { step: 'ended', doneOn: addDays(today, -5), endKind: '终止' });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ path: 'terminationReason' }] } });
    expect(none.json().message).toContain('终止矫正请选择原因');
    const misfit = await step(id, { step: 'ended', doneOn: addDays(today, -5), endKind: '解除', terminationReason: '死亡' });
    expect(misfit.json().details.issues[0].path).toBe('terminationReason');
    expect(await snapshot(id)).toEqual(before);

    expect((await step(id, { step: 'ended', doneOn: addDays(today, -5), endKind: '终止', terminationReason: '收监执行' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -5), terminationReason: '收监执行' });
    expect((await step(id, { step: 'ended', doneOn: addDays(today, -6), endKind: '终止' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -6), terminationReason: '收监执行' });
    await agree();

    // corrected to a 解除: the 终止 reason does not fit and gives way to 期满解除
    expect((await step(id, { step: 'ended', doneOn: addDays(today, -6), endKind: '解除' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -6), terminationReason: '期满解除' });
    // and back to 终止: 期满解除 does not fit a 终止, so the reason must be chosen again
    expect((await step(id, { step: 'ended', doneOn: addDays(today, -6), endKind: '终止' })).statusCode).toBe(400);
    await agree();
  });

  it('keeps a fitting reason the register already holds', async () => {
    const id = await add('郑死亡', { terminatedOn: addDays(today, -2), terminationReason: '死亡' });
    expect((await step(id, { step: 'ended', doneOn: addDays(today, -4), endKind: '终止' })).statusCode).toBe(200);
    expect(await record(id)).toEqual({ terminatedOn: addDays(today, -4), terminationReason: '死亡' });
    await agree();
  });

  it('a step refused on its date (before the start, in the future) changes nothing', async () => {
    const id = await add('王提前');
    const before = await snapshot(id);
    expect((await step(id, { step: 'ended', doneOn: addDays(start, -1), endKind: '解除' })).json().message).toContain('不能早于矫正开始日期');
    expect((await step(id, { step: 'ended', doneOn: addDays(today, 1), endKind: '解除' })).json().message).toContain('不能晚于今天');
    expect(await snapshot(id)).toEqual(before);
  });

  it('takes a reason only on the end step', async () => {
    const id = await add('冯报到');
    const r = await step(id, { step: 'reported', doneOn: addDays(today, -50), terminationReason: '死亡' });
    expect(r.statusCode).toBe(400);
    expect(r.json().details.issues[0].path).toBe('terminationReason');
  });
});
