import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * 作废: a register record is voided with a reason, never deleted. It stays listable on request, counts
 * in no indicator, cannot be changed or voided again, and the void is audited (masked) in the chain.
 */

let t: TestApp;
let section: Session; // keeps legal-aid and survey
let office: Session; // 胡家坨司法所
let finance: Session;
let leader: Session;
let correction: Session; // keeps correction only
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const ID = '11010519491231002X';
const aCase = (over: Record<string, unknown> = {}) => ({ source: '依申请', applicantName: '张三丰', applicantIdNumber: ID, applicantCategory: '农民工', caseType: '民事', appliedOn: '2022-03-01', ...over });
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

let ids: number[] = [];
let otherOfficeId: number;
let ownOfficeId: number;

const create = async (who: Session, payload: Record<string, unknown>) => {
  const res = await t.as(who, { method: 'POST', url: `${CASES}/records`, payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
};
const voidIt = (who: Session, id: number, payload: unknown = { reason: '重复录入' }) => t.as(who, { method: 'POST', url: `${CASES}/records/${id}/void`, payload: payload as Record<string, unknown> });
const list = async (query = '') => {
  const res = await t.as(section, { method: 'GET', url: `${CASES}/records?year=2022${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; records: Array<{ id: number; voided: { at: string; by: string | null; reason: string } | null }> };
};
const accepted = async () => {
  const board = (await t.as(finance, { method: 'GET', url: `${U}/years/2022/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Array<{ indicatorId: number; metric: string | null; actual: number | null }> };
  return board.indicators.find((i) => i.metric === 'legal-aid.cases-accepted')!;
};

beforeAll(async () => {
  t = await createTestApp();
  [section, office, finance, leader, correction] = await Promise.all([t.login('section'), t.login('office'), t.login('finance'), t.login('leader'), t.login('correctionSection')]);
  ids = [await create(section, aCase()), await create(section, aCase({ appliedOn: '2022-04-01' })), await create(section, aCase({ appliedOn: '2022-05-01' }))];
  otherOfficeId = await create(section, aCase({ office: '汀流河司法所', appliedOn: '2022-06-01' }));
  ownOfficeId = await create(office, aCase({ appliedOn: '2022-06-02' }));
  expect((await t.as(finance, { method: 'POST', url: `${U}/years/2022/bindings/confirm-proposals`, payload: {} })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('voiding a register record', () => {
  it('keeps the record, flagged with who, when and why, and drops it from the indicator and its drill-down', async () => {
    const before = await accepted();
    expect(before.actual).toBe(5);
    const res = await voidIt(section, ids[1]!, { reason: '  与第1条重复录入  ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: ids[1], voided: { by: 'section', reason: '与第1条重复录入' }, values: { applicantName: '张**' } });
    expect((await accepted()).actual).toBe(4);
    const drill = (await t.as(finance, { method: 'GET', url: `${U}/years/2022/indicators/${before.indicatorId}/drill?asOf=2022-12-31` })).json() as { total: number; records: Array<{ id: number }> };
    expect(drill.total).toBe(4);
    expect(drill.records.map((r) => r.id)).not.toContain(ids[1]);
    const detail = (await t.as(leader, { method: 'GET', url: `${CASES}/records/${ids[1]}` })).json();
    expect(detail.voided).toMatchObject({ by: 'section', reason: '与第1条重复录入' });
    expect(Number.isNaN(Date.parse(detail.voided.at))).toBe(false);
  });

  it('leaves voided records out of lists unless asked: voided=include shows them too, voided=only only them', async () => {
    const active = await list();
    expect(active.total).toBe(4);
    expect(active.records.every((r) => r.voided === null)).toBe(true);
    const all = await list('&voided=include');
    expect(all.total).toBe(5);
    expect(all.records.find((r) => r.id === ids[1])!.voided).toMatchObject({ reason: '与第1条重复录入' });
    const only = await list('&voided=only');
    expect(only.records.map((r) => r.id)).toEqual([ids[1]]);
    const bad = await t.as(section, { method: 'GET', url: `${CASES}/records?voided=yes` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('作废记录的显示方式');
  });

  it('leaves voided records out of the .xlsx export, even when the list shows them', async () => {
    const res = await t.as(section, { method: 'GET', url: `${CASES}/export?year=2022&voided=include` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount - 1).toBe((await list()).total);
  });

  it('cannot lose a record even outside the app: the database refuses DELETE and TRUNCATE on register tables', async () => {
    const refused = { cause: { message: expect.stringContaining('void it instead') } };
    await expect(t.database.db.execute(sql`delete from reg_legal_aid_case where id = ${ids[0]!}`)).rejects.toMatchObject(refused);
    await expect(t.database.db.execute(sql`truncate reg_mediation_dispute`)).rejects.toMatchObject(refused);
    expect((await rows(sql`select count(*)::int as n from reg_legal_aid_case where id = ${ids[0]!}`))[0]!.n).toBe(1);
  });

  it('refuses voiding twice, and changing a voided record', async () => {
    const again = await voidIt(section, ids[1]!);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_STATE' });
    expect(again.json().message).toContain('已作废');
    expect(again.json().message).toContain('不能再次作废');
    const patch = await t.as(section, { method: 'PATCH', url: `${CASES}/records/${ids[1]}`, payload: { caseType: '刑事' } });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().message).toContain('不能修改');
  });

  it('requires a reason of at most 200 characters, naming the field', async () => {
    for (const payload of [{}, { reason: '   ' }, { reason: '长'.repeat(201) }, { reason: 3 }]) {
      const res = await voidIt(section, ids[0]!, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().details.issues[0].path).toBe('reason');
    }
    expect((await voidIt(section, ids[0]!, {})).json().message).toContain('请填写作废原因');
    expect((await voidIt(section, ids[0]!, { reason: '长'.repeat(201) })).json().message).toContain('不能超过 200 个字');
    expect((await list()).records.find((r) => r.id === ids[0])!.voided).toBeNull();
  });

  it('is refused to readers and to sections that do not keep the register, whatever the body', async () => {
    for (const who of [leader, finance]) expect((await voidIt(who, ids[0]!)).statusCode).toBe(403);
    for (const payload of [{ reason: '重复' }, {}]) {
      const res = await voidIt(correction, ids[0]!, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toContain('您负责的台账不包括“法律援助”');
    }
    expect((await list()).records.find((r) => r.id === ids[0])!.voided).toBeNull();
  });

  it('lets a 司法所 user void only its own office’s records', async () => {
    const other = await voidIt(office, otherOfficeId);
    expect(other.statusCode).toBe(404);
    expect((await list()).records.find((r) => r.id === otherOfficeId)!.voided).toBeNull();
    const own = await voidIt(office, ownOfficeId, { reason: '录错单位' });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().voided).toMatchObject({ by: 'office', reason: '录错单位' });
  });

  it('audits the void with masked before and after values, in the hash chain', async () => {
    const [entry] = await rows(sql`select actor_name, entity, entity_id, before, after from audit_log where action = 'register.void' and entity_id = ${String(ids[1])}`);
    expect(entry).toMatchObject({ actor_name: 'section', entity: 'register:legal-aid/cases', entity_id: String(ids[1]) });
    expect(entry!.before).toMatchObject({ applicantName: '张**', applicantIdNumber: '110105********002X', caseType: '民事', voided: null });
    expect(entry!.after).toMatchObject({ applicantName: '张**', voided: { reason: '与第1条重复录入' } });
    expect(JSON.stringify(entry)).not.toContain(ID);
    expect(JSON.stringify(entry)).not.toContain('张三丰');
    expect(await rows(sql`select 1 from audit_log where action = 'register.void'`)).toHaveLength(2);
    expect((await verifyAuditChain({ db: t.database.db })).ok).toBe(true);
  });

  it('audits the void of a sealed record (社区矫正法 Art.54) without any value', async () => {
    const people = `${U}/registers/correction/people/records`;
    const created = await t.as(correction, { method: 'POST', url: people, payload: { office: '胡家坨司法所', name: '王小明', correctionType: '缓刑', crime: '盗窃罪', startOn: '2022-02-01', endOn: '2023-02-01', minor: true } });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id as number;
    const res = await t.as(correction, { method: 'POST', url: `${people}/${id}/void`, payload: { reason: '录入错误' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sealed: true, voided: { reason: '录入错误' } });
    const [entry] = await rows(sql`select before, after from audit_log where action = 'register.void' and entity = 'register:correction/people' and entity_id = ${String(id)}`);
    expect(entry).toEqual({ before: null, after: { sealed: true, changed: ['voided'] } });
    expect((await verifyAuditChain({ db: t.database.db })).ok).toBe(true);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.as(null, { method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    const path = doc.paths['/api/units/{unitCode}/registers/{kind}/{sheet}/records/{recordId}/void'];
    expect(path?.post?.requestBody).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/units/{unitCode}/registers/{kind}/{sheet}/records']!.get)).toContain('voided');
  });
});
