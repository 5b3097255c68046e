import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Who reads which register (issue 3: a 业务科室 is limited to its registers; 个人信息保护法 Art.51 least
 * privilege) and who sees sealed minors' records (社区矫正法 Art.54): only the correction section and
 * the record's own 司法所.
 */

let t: TestApp;
let section: Session; // keeps legal-aid and survey
let correction: Session; // keeps correction
let office: Session; // 胡家坨司法所
let leader: Session;
let finance: Session;
let reviewer: Session;
const U = '/api/units/315002';
const PEOPLE = `${U}/registers/correction/people`;
const CASES = `${U}/registers/legal-aid/cases`;
const ID = '11010519491231002X';
let sealedId: number;
let adultId: number;

const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const reads = () => rows(sql`select entity_id, after from audit_log where action = 'personalData.read' order by id`);

beforeAll(async () => {
  t = await createTestApp();
  [section, correction, office, leader, finance, reviewer] = await Promise.all([t.login('section'), t.login('correctionSection'), t.login('office'), t.login('leader'), t.login('finance'), t.login('reviewer')]);
  const person = { correctionType: '缓刑', startOn: '2022-02-01', endOn: '2023-02-01' };
  const minor = await t.as(office, { method: 'POST', url: `${PEOPLE}/records`, payload: { ...person, name: '王小明', idNumber: ID, minor: true } });
  expect(minor.statusCode, minor.body).toBe(200);
  sealedId = minor.json().id;
  adultId = (await t.as(office, { method: 'POST', url: `${PEOPLE}/records`, payload: { ...person, name: '王大' } })).json().id;
  const aCase = { source: '依申请', applicantName: '张三', applicantCategory: '农民工', caseType: '民事', appliedOn: '2022-03-01' };
  expect((await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('a 业务科室 reads only the registers it keeps', () => {
  it('refuses another register’s list, detail, unmasked read and template', async () => {
    for (const url of [`${PEOPLE}/records?year=2022`, `${PEOPLE}/records?year=2022&unmasked=true`, `${PEOPLE}/records/${adultId}`, `${PEOPLE}/records/${sealedId}?unmasked=true`, `${PEOPLE}/template`]) {
      const res = await t.as(section, { method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().message, url).toContain('您负责的台账不包括“社区矫正”');
      expect(res.body, url).not.toContain('王');
    }
  });

  it('reads and unmasks its own register', async () => {
    const list = await t.as(section, { method: 'GET', url: `${CASES}/records?unmasked=true` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().records[0].values.applicantName).toBe('张三');
    expect((await t.as(section, { method: 'GET', url: `${CASES}/template?format=csv` })).statusCode).toBe(200);
  });

  it('marks in the sheet list which registers the user may read', async () => {
    const sheets = (await t.as(section, { method: 'GET', url: '/api/registers' })).json() as Array<{ kind: string; id: string; readable: boolean; writable: boolean }>;
    expect(sheets.find((s) => s.kind === 'legal-aid' && s.id === 'cases')).toMatchObject({ readable: true, writable: true });
    expect(sheets.find((s) => s.kind === 'correction' && s.id === 'people')).toMatchObject({ readable: false, writable: false });
    const forLeader = (await t.as(leader, { method: 'GET', url: '/api/registers' })).json() as Array<{ readable: boolean; writable: boolean }>;
    expect(forLeader.every((s) => s.readable && !s.writable)).toBe(true);
  });
});

describe('the 财政审核 reviewer', () => {
  it('reads no register records', async () => {
    for (const url of [`${CASES}/records`, `${CASES}/records/1`, `${CASES}/template`, '/api/registers']) {
      expect((await t.as(reviewer, { method: 'GET', url })).statusCode, url).toBe(403);
    }
  });
});

describe('sealed minors’ records (社区矫正法 Art.54)', () => {
  it('are absent from lists and refused on detail for everyone but the correction section and the own 司法所', async () => {
    for (const who of [leader, finance]) {
      const list = (await t.as(who, { method: 'GET', url: `${PEOPLE}/records` })).json();
      expect(list.total).toBe(1);
      expect(list.records.map((r: { id: number }) => r.id)).toEqual([adultId]);
      const detail = await t.as(who, { method: 'GET', url: `${PEOPLE}/records/${sealedId}` });
      expect(detail.statusCode).toBe(403);
      expect(detail.json().message).toContain('依社区矫正法第五十四条封存');
    }
    expect((await t.as(leader, { method: 'GET', url: `${PEOPLE}/records/${sealedId}?unmasked=true` })).statusCode).toBe(403);
  });

  it('are shown flagged and masked to the correction section and the own 司法所, every look audited', async () => {
    for (const who of [correction, office]) {
      const list = (await t.as(who, { method: 'GET', url: `${PEOPLE}/records` })).json();
      expect(list.total).toBe(2);
      expect(list.records.find((r: { id: number }) => r.id === sealedId)).toMatchObject({ sealed: true, values: { name: '王**', idNumber: '110105********002X' } });
      const before = (await reads()).length;
      const detail = await t.as(who, { method: 'GET', url: `${PEOPLE}/records/${sealedId}` });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(detail.json()).toMatchObject({ sealed: true, values: { name: '王**' } });
      const unmasked = await t.as(who, { method: 'GET', url: `${PEOPLE}/records/${sealedId}?unmasked=true` });
      expect(unmasked.json().values).toMatchObject({ name: '王小明', idNumber: ID });
      const after = await reads();
      expect(after).toHaveLength(before + 2);
      expect(after.at(-2)!.after).toMatchObject({ view: 'detail', sealed: true, unmasked: false });
      expect(after.at(-1)!.after).toMatchObject({ view: 'detail', sealed: true, unmasked: true });
      expect(JSON.stringify(after)).not.toContain(ID);
    }
  });
});

describe('drill-downs', () => {
  let peopleIndicator: number;
  beforeAll(async () => {
    expect((await t.as(finance, { method: 'POST', url: `${U}/years/2022/bindings/confirm-proposals`, payload: {} })).statusCode).toBe(200);
    const board = (await t.as(finance, { method: 'GET', url: `${U}/years/2022/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Array<{ indicatorId: number; metric: string | null }> };
    peopleIndicator = board.indicators.find((i) => i.metric === 'correction.people-under-correction')!.indicatorId;
  });

  it('give a reader who may not read the register the figures but no records', async () => {
    for (const who of [section, reviewer]) {
      const res = await t.as(who, { method: 'GET', url: `${U}/years/2022/indicators/${peopleIndicator}/drill?asOf=2022-12-31` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ actual: 2, recordAccess: false, records: [] });
      expect(res.body).not.toContain('王');
    }
    const own = (await t.as(correction, { method: 'GET', url: `${U}/years/2022/indicators/${peopleIndicator}/drill?asOf=2022-12-31` })).json();
    expect(own).toMatchObject({ actual: 2, recordAccess: true });
  });

  it('fold sealed records into counts, without ids, for readers who may not see them', async () => {
    const res = await t.as(leader, { method: 'GET', url: `${U}/years/2022/indicators/${peopleIndicator}/drill?asOf=2022-12-31` });
    expect(res.json()).toMatchObject({ actual: 2, total: 1, hidden: 0, sealed: { records: 1, inNumerator: null } });
    expect(res.json().records.map((r: { id: number }) => r.id)).toEqual([adultId]);
    expect(res.body).not.toContain('"sealed":true');
  });

  it('list sealed records, flagged and masked, to the correction section and the own 司法所, and audit it', async () => {
    for (const who of [correction, office]) {
      const before = (await reads()).length;
      const d = (await t.as(who, { method: 'GET', url: `${U}/years/2022/indicators/${peopleIndicator}/drill?asOf=2022-12-31` })).json();
      expect(d).toMatchObject({ total: 2, sealed: { records: 0 } });
      expect(d.records.find((r: { id: number }) => r.id === sealedId)).toMatchObject({ sealed: true, values: { name: '王**' } });
      const after = await reads();
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toMatchObject({ entity_id: String(sealedId), after: { view: 'drill', sealed: true, unmasked: false } });
    }
  });

  it('do not tell who is in a rate’s numerator: a sealed re-offender is a count', async () => {
    const board = (await t.as(finance, { method: 'GET', url: `${U}/years/2022/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Array<{ indicatorId: number; metric: string | null }> };
    const indicatorId = board.indicators.find((i) => i.metric === 'correction.study-hours-compliance-rate')!.indicatorId;
    expect((await t.as(finance, { method: 'PUT', url: `${U}/years/2022/indicators/${indicatorId}/binding`, payload: { metric: 'correction.reoffending-rate' } })).statusCode).toBe(200);
    expect((await t.as(office, { method: 'PATCH', url: `${PEOPLE}/records/${sealedId}`, payload: { reoffendedOn: '2022-09-01' } })).statusCode).toBe(200);
    const res = await t.as(leader, { method: 'GET', url: `${U}/years/2022/indicators/${indicatorId}/drill?asOf=2022-12-31` });
    const d = res.json();
    expect(d).toMatchObject({ numerator: 1, denominator: 2, actual: 50, total: 1, sealed: { records: 1, inNumerator: 1 } });
    expect(d.records).toEqual([expect.objectContaining({ id: adultId, inNumerator: false })]);
    await t.as(office, { method: 'PATCH', url: `${PEOPLE}/records/${sealedId}`, payload: { reoffendedOn: null } });
  });
});

describe('the audit log of sealed records', () => {
  let admin: Session;
  beforeAll(async () => {
    admin = await t.login('admin');
  });
  const entriesOf = async (id: number) => {
    const res = await t.as(admin, { method: 'GET', url: `/api/audit?entity=${encodeURIComponent('register:correction/people')}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().entries as Array<{ action: string; entityId: string; before: unknown; after: unknown }>).filter((e) => e.entityId === String(id) && e.action.startsWith('register.'));
  };

  it('names the changed fields of a sealed record, never their values', async () => {
    const created = (await entriesOf(sealedId)).find((e) => e.action === 'register.create');
    expect(created).toMatchObject({ before: null });
    expect(created!.after).toEqual({ sealed: true, changed: expect.arrayContaining(['name', 'idNumber', 'office', 'minor', 'startOn']) });
    const patched = await t.as(office, { method: 'PATCH', url: `${PEOPLE}/records/${sealedId}`, payload: { crime: '盗窃罪', name: '王晓明' } });
    expect(patched.statusCode, patched.body).toBe(200);
    const updated = (await entriesOf(sealedId)).find((e) => e.action === 'register.update')!;
    expect(updated.before).toBeNull();
    expect(updated.after).toEqual({ sealed: true, changed: ['name', 'crime'] });
    const text = JSON.stringify(await entriesOf(sealedId));
    for (const secret of ['王', '110105', '盗窃', '缓刑', '2022-02-01']) expect(text).not.toContain(secret);
  });

  it('does so for a record that becomes sealed, and keeps masked values for others', async () => {
    const id = (await t.as(office, { method: 'POST', url: `${PEOPLE}/records`, payload: { name: '李小红', correctionType: '管制', crime: '寻衅滋事罪', startOn: '2022-05-01', endOn: '2022-11-01' } })).json().id;
    const [created] = await entriesOf(id);
    expect(created!.after).toMatchObject({ name: '李**', crime: '寻衅滋事罪' });
    expect((await t.as(office, { method: 'PATCH', url: `${PEOPLE}/records/${id}`, payload: { minor: true, crime: '盗窃罪' } })).statusCode).toBe(200);
    const updated = (await entriesOf(id)).find((e) => e.action === 'register.update')!;
    expect(updated.before).toBeNull();
    expect(updated.after).toEqual({ sealed: true, changed: ['crime', 'minor'] });
  });
});
