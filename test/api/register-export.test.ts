import { singleUnitScope } from '../../src/core/access/scope.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_VIEWER, type RegisterViewer } from '../../src/registers/framework/access.js';
import { exportRegisterRecords, idRanges } from '../../src/registers/framework/export-records.js';
import { importRegisterRecords } from '../../src/registers/framework/import-records.js';
import { requireSheet } from '../../src/registers/registry.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import { createTestApp, TEST_CIPHER, type Session, type TestApp } from '../helpers/app.js';

/**
 * Exporting a register's list to .xlsx: the list's records for the same filters, in its order and the
 * reader's scope, under the import template's headers, masked unless an allowed reader unmasks (audited),
 * and importable back.
 */

let t: TestApp;
let section: Session; // keeps legal-aid and survey
let correction: Session; // keeps correction
let office: Session; // 胡家坨司法所
let finance: Session;
let leader: Session;
let reviewer: Session;
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const PEOPLE = `${U}/registers/correction/people`;
const ID = '11010519491231002X';
const OTHER_OFFICE = '汀流河司法所';
const ASOF = '2022-12-31';

const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const reads = () => rows(sql`select entity, entity_id, after from audit_log where action = 'personalData.read' order by id`);

interface Sheet {
  names: string[];
  headers: string[];
  data: unknown[][];
  worksheet: ExcelJS.Worksheet;
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.worksheets[0]!;
  const width = ws.columnCount;
  const line = (r: number) => Array.from({ length: width }, (_, i) => ws.getCell(r, i + 1).value ?? null);
  return {
    names: workbook.worksheets.map((s) => s.name),
    headers: line(1).map(String),
    data: Array.from({ length: ws.rowCount - 1 }, (_, i) => line(i + 2)),
    worksheet: ws,
  };
}

const exportOf = async (who: Session, url: string) => {
  const res = await t.as(who, { method: 'GET', url });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return { res, sheet: await readXlsx(res.rawPayload) };
};
const listOf = async (who: Session, query: string) => {
  const res = await t.as(who, { method: 'GET', url: `${CASES}/records?pageSize=200&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; records: Array<{ id: number; values: Record<string, unknown> }> };
};

const aCase = (i: number, over: Record<string, unknown> = {}) => ({
  caseNumber: `乐援字〔2022〕${String(i).padStart(3, '0')}号`,
  source: '依申请',
  applicantName: `张三${'丰山水'[i % 3]}`,
  applicantIdNumber: ID,
  applicantPhone: '13812345678',
  applicantCategory: i % 2 === 0 ? '农民工' : '老年人',
  caseType: i % 3 === 0 ? '刑事' : '民事',
  // several records on one day: the order falls back to the id, and batches must cut through a day
  appliedOn: `2022-0${1 + (i % 5)}-1${i % 2}`,
  decision: '给予援助',
  decidedOn: `2022-0${1 + (i % 5)}-2${i % 2}`,
  meansTestExempt: i % 4 === 0,
  office: i % 3 === 1 ? OTHER_OFFICE : '胡家坨司法所',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  [section, correction, office, finance, leader, reviewer] = await Promise.all([t.login('section'), t.login('correctionSection'), t.login('office'), t.login('finance'), t.login('leader'), t.login('reviewer')]);
  for (let i = 1; i <= 14; i++) {
    const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase(i) });
    expect(res.statusCode, res.body).toBe(200);
  }
  // another year: left out by year=2022
  expect((await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase(99, { appliedOn: '2021-12-30', decidedOn: '2021-12-31' }) })).statusCode).toBe(200);
  const person = { correctionType: '缓刑', startOn: '2022-02-01', endOn: '2023-02-01' };
  expect((await t.as(office, { method: 'POST', url: `${PEOPLE}/records`, payload: { ...person, name: '王小明', idNumber: ID, minor: true } })).statusCode).toBe(200);
  expect((await t.as(office, { method: 'POST', url: `${PEOPLE}/records`, payload: { ...person, name: '王大' } })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('GET …/export', () => {
  it('writes the import template’s headers on row 1, then the derived deadlines, styled, frozen and filtered', async () => {
    const template = await readXlsx((await t.as(section, { method: 'GET', url: `${CASES}/template` })).rawPayload);
    const { res, sheet } = await exportOf(section, `${CASES}/export?year=2022&asOf=${ASOF}`);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('法律援助案件-2022.xlsx')}`);
    expect(sheet.names).toEqual(['法律援助案件', '导出说明']);
    expect(sheet.headers.slice(0, template.headers.length)).toEqual(template.headers);
    expect(sheet.headers.slice(template.headers.length)).toEqual(['审查决定期限', '审查期限状态', '指派期限', '指派期限状态']);
    expect(sheet.worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.worksheet.autoFilter).toBe(`A1:${sheet.worksheet.getColumn(sheet.headers.length).letter}${sheet.data.length + 1}`);
    expect(sheet.worksheet.getCell(1, 1).font).toMatchObject({ bold: true });
    expect(sheet.worksheet.getColumn(3).width).toBeGreaterThanOrEqual(10);
  });

  it('holds every record the list holds for the same filters, in the list’s order', async () => {
    for (const query of ['year=2022', 'from=2022-02-01&to=2022-04-30', 'caseType=民事', 'year=2022&applicantCategory=老年人&meansTestExempt=false', 'q=〔2022〕01', '']) {
      const list = await listOf(section, query);
      const { sheet } = await exportOf(section, `${CASES}/export?${query}`);
      expect(sheet.data, query).toHaveLength(list.total);
      expect(sheet.data.map((r) => r[1]), query).toEqual(list.records.map((r) => r.values.caseNumber));
    }
    const { res } = await exportOf(section, `${CASES}/export?from=2022-02-01&to=2022-04-30`);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("''")[1]!)).toBe('法律援助案件-2022-02-01至2022-04-30.xlsx');
  });

  it('reads in batches that cut through a day without losing or repeating a record', async () => {
    const sheetDef = requireSheet('legal-aid', 'cases');
    const unit = await cliScope(t.database.db, '315002');
    const whole = await exportRegisterRecords({ db: t.database.db, cipher: TEST_CIPHER, scope: unit, sheet: sheetDef, viewer: CLI_VIEWER, actor: { userId: null, name: 'test' }, query: { filters: {}, unmasked: false, asOf: ASOF } });
    for (const batchSize of [1, 2, 3, 15, 16]) {
      const batched = await exportRegisterRecords({ db: t.database.db, cipher: TEST_CIPHER, scope: unit, sheet: sheetDef, viewer: CLI_VIEWER, actor: { userId: null, name: 'test' }, query: { filters: {}, unmasked: false, asOf: ASOF }, batchSize });
      expect(batched.count).toBe(15);
      expect((await readXlsx(batched.bytes)).data).toEqual((await readXlsx(whole.bytes)).data);
    }
  });

  it('masks personal fields by default, as the list does', async () => {
    const list = await listOf(finance, 'year=2022');
    const { sheet } = await exportOf(finance, `${CASES}/export?year=2022`);
    const column = (label: string) => sheet.headers.indexOf(label);
    const byNumber = new Map(list.records.map((r) => [r.values.caseNumber, r.values]));
    for (const row of sheet.data) {
      const values = byNumber.get(row[column('案号')])!;
      expect(row[column('申请人姓名*')]).toBe(values.applicantName);
      expect(row[column('申请人身份证号')]).toBe('110105********002X');
      expect(row[column('联系电话')]).toBe('138****5678');
    }
    expect(JSON.stringify(sheet.data)).not.toContain(ID);
  });

  it('shows personal data in full only to a role that may unmask it, and audits the read', async () => {
    const refused = await t.as(finance, { method: 'GET', url: `${CASES}/export?unmasked=true` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('无权查看完整个人信息');
    const before = (await reads()).length;
    const { sheet } = await exportOf(section, `${CASES}/export?year=2022&unmasked=true`);
    expect(sheet.data.map((r) => r[sheet.headers.indexOf('申请人身份证号')])).toEqual(Array(14).fill(ID));
    const after = await reads();
    expect(after).toHaveLength(before + 1);
    const ids = (await listOf(section, 'year=2022')).records.map((r) => r.id);
    expect(after.at(-1)).toMatchObject({ entity: 'register:legal-aid/cases', entity_id: idRanges(ids), after: { view: 'export', count: 14, fields: ['applicantName', 'applicantIdNumber', 'applicantPhone'] } });
    expect(JSON.stringify(after)).not.toContain(ID);
    expect(JSON.stringify(after)).not.toContain('张三丰');
    // a masked export is not a personal-data read
    await exportOf(section, `${CASES}/export?year=2022`);
    expect(await reads()).toHaveLength(before + 1);
  });

  it('gives a 司法所 user only its office’s records', async () => {
    const { sheet } = await exportOf(office, `${CASES}/export`);
    expect(sheet.data).toHaveLength((await listOf(office, '')).total);
    expect(sheet.data.length).toBeGreaterThan(0);
    expect(new Set(sheet.data.map((r) => r[0]))).toEqual(new Set(['胡家坨司法所']));
    // asking for another office's records finds none
    expect((await exportOf(office, `${CASES}/export?office=${encodeURIComponent(OTHER_OFFICE)}`)).sheet.data).toHaveLength(0);
  });

  it('leaves sealed records out for readers who may not see them, and audits a file that holds them', async () => {
    const name = (s: Sheet) => s.data.map((r) => r[s.headers.indexOf('姓名*')]);
    for (const who of [leader, finance]) expect(name((await exportOf(who, `${PEOPLE}/export`)).sheet)).toEqual(['王*']);
    const before = (await reads()).length;
    for (const who of [correction, office]) expect(name((await exportOf(who, `${PEOPLE}/export`)).sheet).sort()).toEqual(['王*', '王**']);
    const after = await reads();
    expect(after).toHaveLength(before + 2);
    expect(after.at(-1)!.after).toMatchObject({ view: 'export', sealed: true, unmasked: false, count: 1 });
    expect(JSON.stringify(after)).not.toContain('王小明');
  });

  it('refuses readers without access to the register', async () => {
    for (const [who, url] of [
      [reviewer, `${CASES}/export`],
      [section, `${PEOPLE}/export`],
      [section, `${PEOPLE}/export?unmasked=true`],
    ] as const) {
      const res = await t.as(who, { method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('王');
    }
    const bad = await t.as(section, { method: 'GET', url: `${CASES}/export?applicantName=x` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('不能按“applicantName”筛选');
  });
});

it('is described in the OpenAPI document', async () => {
  const res = await t.as(null, { method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  const route = res.json().paths['/api/units/{unitCode}/registers/{kind}/{sheet}/export'];
  expect(route.get.summary).toContain('The list as .xlsx');
  expect(route.get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['year', 'from', 'to', 'q', 'unmasked', 'asOf']));
});

describe('export → import', () => {
  it('gives the same records in a fresh unit', async () => {
    const { sheet: exported, res } = await exportOf(section, `${CASES}/export?unmasked=true&asOf=${ASOF}`);
    const unit = await ensureUnit(t.database.db, { code: '315099', name: '测试司法局' });
    const sheetDef = requireSheet('legal-aid', 'cases');
    const actor = { userId: null, name: 'test' };
    const imported = await importRegisterRecords({ db: t.database.db, cipher: TEST_CIPHER, scope: singleUnitScope(unit), sheet: sheetDef, viewer: CLI_VIEWER, actor, bytes: res.rawPayload, fileName: 'x.xlsx' });
    expect(imported.imported).toBe(15);
    const leaderViewer: RegisterViewer = { subject: { userId: 0, role: 'leader', unitId: unit.id, grantedUnitIds: [], sections: [], office: null, dataScope: 'unitAndBelow' } };
    const back = await exportRegisterRecords({ db: t.database.db, cipher: TEST_CIPHER, scope: singleUnitScope(unit), sheet: sheetDef, viewer: leaderViewer, actor, query: { filters: {}, unmasked: true, asOf: ASOF } });
    const again = await readXlsx(back.bytes);
    expect(again.headers).toEqual(exported.headers);
    // same records, same order (ids differ, and equal business dates fall back to them: sort to compare)
    const sorted = (s: Sheet) => s.data.map((r) => JSON.stringify(r)).sort();
    expect(sorted(again)).toEqual(sorted(exported));
  });

  it('refuses a masked export rather than storing masked names', async () => {
    const { res } = await exportOf(finance, `${CASES}/export?year=2022`);
    const unit = await ensureUnit(t.database.db, { code: '315098', name: '测试司法局二' });
    const attempt = importRegisterRecords({ db: t.database.db, cipher: TEST_CIPHER, scope: singleUnitScope(unit), sheet: requireSheet('legal-aid', 'cases'), viewer: CLI_VIEWER, actor: { userId: null, name: 'test' }, bytes: res.rawPayload });
    await expect(attempt).rejects.toThrow(/申请人姓名是脱敏后的值/);
  });
});
