import { sql, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTERS } from '../../src/registers/registry.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Voiding is final and payments change only by recorded versions — in the database, not only in the
 * application: raw SQL behind the app's back (a stray script, someone with database rights) cannot
 * un-void a record or a payment, nor edit a payment's amount, so neither counts again unnoticed.
 */

let t: TestApp;
let section: Session;
let finance: Session;
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const BASE = `${U}/years/2022`;
const P1 = '13022522P000R24100085'; // 法律援助 50000

const rows = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
/** the database's own refusal message (drizzle wraps it in a cause) */
const refusal = (query: Promise<unknown>) => query.then(() => 'allowed', (e: Error & { cause?: Error }) => (e.cause ?? e).message);

beforeAll(async () => {
  t = await createTestApp();
  [section, finance] = await Promise.all([t.login('section'), t.login('finance')]);
});
afterAll(() => t.close());

const createCase = async (appliedOn: string) => {
  const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: { source: '依申请', applicantName: '张三丰', applicantIdNumber: '11010519491231002X', applicantCategory: '农民工', caseType: '民事', appliedOn } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
};
const casesCounted = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from reg_legal_aid_case where voided_at is null`))[0]!.n;

describe('a voided register record is final in the database', () => {
  it('refuses UPDATE … SET voided_at = NULL and any change of a voided row; a record in force still changes', async () => {
    const id = await createCase('2022-03-01');
    const kept = await createCase('2022-03-02');
    expect((await t.as(section, { method: 'POST', url: `${CASES}/records/${id}/void`, payload: { reason: '重复录入' } })).statusCode).toBe(200);
    const counted = await casesCounted();

    expect(await refusal(t.database.db.execute(sql`update reg_legal_aid_case set voided_at = null, voided_by = null, void_reason = null where id = ${id}`))).toMatch(/voided and final/);
    expect(await refusal(t.database.db.execute(sql`update reg_legal_aid_case set void_reason = null where id = ${id}`))).toMatch(/voided and final/);
    expect(await refusal(t.database.db.execute(sql`update reg_legal_aid_case set applied_on = '2022-03-05' where id = ${id}`))).toMatch(/voided and final/);
    expect(await casesCounted()).toBe(counted);
    const [row] = await rows<{ voided: boolean; reason: string }>(sql`select voided_at is not null as voided, void_reason as reason from reg_legal_aid_case where id = ${id}`);
    expect(row).toEqual({ voided: true, reason: '重复录入' });

    // the app's own edit of a record in force is an UPDATE too, and still works
    const edit = await t.as(section, { method: 'PATCH', url: `${CASES}/records/${kept}`, payload: { caseType: '刑事' } });
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('has the void-final, no-delete and no-truncate triggers on every register table', async () => {
    const triggers = await rows<{ table: string; name: string }>(
      sql`select c.relname as "table", t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid where not t.tgisinternal`,
    );
    const tables = REGISTERS.flatMap((r) => r.sheets.map((s) => getTableName(s.table as PgTable)));
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const names = triggers.filter((tr) => tr.table === table).map((tr) => tr.name);
      expect(names, table).toEqual(expect.arrayContaining([`${table}_void_final`, `${table}_no_delete`, `${table}_no_truncate`]));
    }
  });
});

describe('a payment changes only by a recorded version', () => {
  let id: number;

  it('refuses a raw UPDATE of the amount (or any business column); the app’s correction still works', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: P1, paidOn: '2022-02-15', amount: 1000, voucherNo: 'VF-1', payee: '某公司', summary: '测试', fundSource: 'fiscal' } });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().payment.id;
    expect(await refusal(t.database.db.execute(sql`update payment set amount_fen = 1 where id = ${id}`))).toMatch(/new version/);
    expect(await refusal(t.database.db.execute(sql`update payment set payee = '别人' where id = ${id}`))).toMatch(/new version/);
    // bumping the version without its recorded version in the history is refused too
    expect(await refusal(t.database.db.execute(sql`update payment set amount_fen = 1, version = version + 1 where id = ${id}`))).toMatch(/recorded version/);
    expect(await refusal(t.database.db.execute(sql`update payment set unit_id = unit_id + 1 where id = ${id}`))).toMatch(/never change/);
    const [row] = await rows<{ amount: number }>(sql`select amount_fen::int as amount from payment where id = ${id}`);
    expect(row!.amount).toBe(100000);

    const edit = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 880, reason: '金额录错' } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().payment).toMatchObject({ amount: 880, version: 2 });
  });

  it('refuses to un-void a voided payment', async () => {
    expect((await t.as(finance, { method: 'POST', url: `${BASE}/payments/${id}/void`, payload: { reason: '重复登记' } })).statusCode).toBe(200);
    expect(await refusal(t.database.db.execute(sql`update payment set status = 'active', void_reason = null where id = ${id}`))).toMatch(/voided payment is final/);
    const history = (await t.as(finance, { method: 'GET', url: `${BASE}/payments/${id}/history` })).json() as Array<{ action: string }>;
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'void']);
    const [row] = await rows<{ status: string }>(sql`select status from payment where id = ${id}`);
    expect(row!.status).toBe('void');
  });
});
