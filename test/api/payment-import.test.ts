import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { auditLog, payments } from '../../src/db/schema/index.js';
import { readPaymentFile } from '../../src/documents/payments/read-payment-file.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { encodeGb18030 } from '../helpers/gb18030.js';
import { multipart } from '../helpers/multipart.js';

let t: TestApp;
let finance: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助 50000
const P2 = '13022522P000R24100104'; // 法制建设 30000
const P4 = '13022522P000R2410006X'; // 普法宣传 100000
const P9 = '13022522P008MD9100144'; // 405000
const P11 = '13022522P005M43100122'; // 业务装备费 81000
const HEADER = '项目编码,支付日期,金额（元）,凭证号,收款方,摘要';

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
});
afterAll(() => t.close());

const upload = (path: 'import' | 'import/preview', name: string, bytes: Buffer, session: Session = finance) =>
  t.as(session, { method: 'POST', url: `${BASE}/payments/${path}`, ...multipart(name, bytes) });
const counts = async () => ({
  payments: (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(payments))[0]!.n,
  audit: (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n,
});
const spentAt = async (code: string, asOf = '2022-12-31') =>
  ((await t.as(finance, { method: 'GET', url: `${BASE}/spending?asOf=${asOf}` })).json().projects as Array<{ code: string; spent: number }>).find((p) => p.code === code)!.spent;
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

async function xlsx(rows: unknown[][], sheetName = '支付明细'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('previewing an import', () => {
  it('shows the rows, the sums per project and no problems, writing nothing', async () => {
    const before = await counts();
    const csv = `${HEADER}\r\n${P1},2022-02-15,10000.00,PV-1,乐亭县公共法律服务中心,房租\r\n${P1},2022/5/20,"5,000.50",PV-2,某印刷厂,"法律援助宣传材料，折页"\r\n`;
    const res = await upload('import/preview', 'payments.csv', utf8Bom(csv));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fileName: 'payments.csv',
      rowCount: 2,
      total: 15000.5,
      byProject: [{ code: P1, name: '法律援助', count: 2, amount: 15000.5 }],
      problems: [],
      problemCount: 0,
      warnings: [],
    });
    expect(res.json().rows[1]).toMatchObject({ row: 3, paidOn: '2022-05-20', amount: 5000.5, summary: '法律援助宣传材料，折页' });
    expect(await counts()).toEqual(before);
  });

  it('lists every problem of a bad file instead of refusing it', async () => {
    const res = await upload('import/preview', 'bad.csv', Buffer.from(`${HEADER}\n${P1},2022-02-30,1,A,甲,\nNOPE,2022-01-01,-1,,,\n`));
    expect(res.statusCode).toBe(200);
    expect(res.json().problemCount).toBe(5);
    expect(res.json().rows).toEqual([]);
  });
});

describe('importing all or nothing', () => {
  it('imports a GB18030 CSV, as Excel saves it on Chinese Windows, with fund sources', async () => {
    const before = await counts();
    const csv = `${HEADER},资金来源\r\n${P1},2022-02-15,10000.00,PZ-0001,乐亭县公共法律服务中心,房租,财政资金\r\n${P4},2022-03-31,25000.00,PZ-0003,某文化公司,"宪法宣传周活动，横幅""法治""",其他资金\r\n`;
    const res = await upload('import', '支付明细.csv', encodeGb18030(csv));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      imported: 2,
      total: 35000,
      byProject: [
        { code: P1, name: '法律援助', count: 1, amount: 10000 },
        { code: P4, name: '普法宣传', count: 1, amount: 25000 },
      ],
      warnings: [],
    });
    const after = await counts();
    expect(after.payments).toBe(before.payments + 2);
    expect(after.audit).toBe(before.audit + 1); // one entry for the whole import
    const list = (await t.as(finance, { method: 'GET', url: `${BASE}/payments?project=${P4}` })).json();
    expect(list.items[0]).toMatchObject({ voucherNo: 'PZ-0003', fundSource: 'other', summary: '宪法宣传周活动，横幅"法治"' });
    const history = (await t.as(finance, { method: 'GET', url: `${BASE}/payments/${list.items[0].id}/history` })).json();
    expect(history).toEqual([expect.objectContaining({ version: 1, action: 'create', reason: '导入《支付明细.csv》第3行' })]);
  });

  it('imports an .xlsx with real dates and numbers, a title row, extra and reordered columns', async () => {
    const bytes = await xlsx([
      ['乐亭县司法局2022年支付明细'],
      ['凭证号', '项目编码', '金额(元)', '支付日期', '收款方', '摘要', '备注'],
      ['PZ-0004', P4, 30000, new Date(Date.UTC(2022, 5, 30)), '某文化公司', '民法典宣传月活动', '六月'],
      [],
      ['PZ-0005', P9, 0.1 + 0.2, '2022年7月1日', '某设备公司', '人民调解室建设', null],
    ]);
    const res = await upload('import', 'mingxi.xlsx', bytes);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, total: 30000.3 });
    expect(await spentAt(P4, '2022-06-29')).toBe(25000);
    expect(await spentAt(P4, '2022-06-30')).toBe(55000);
    expect(await spentAt(P9)).toBe(0.3);
  });

  it('refuses a file with problems, naming row and column of each, and writes nothing', async () => {
    const before = await counts();
    const csv = [
      HEADER,
      `${P2},2022-04-01,100.00,E-1,甲,`,
      `13022522XXXX,2022-04-01,100.00,E-2,甲,`,
      `${P2},2022-04-31,100.00,E-3,甲,`,
      `${P2},2023-01-05,100.00,E-4,甲,`,
      `${P2},2022-04-02,0,E-5,甲,`,
      `${P2},2022-04-02,12.345,E-6,甲,`,
      `${P2},2022-04-02,10,E-1,甲,`,
      `${P2},2022-04-02,10,PZ-0001,甲,`,
    ].join('\n');
    const res = await upload('import', 'errors.csv', Buffer.from(csv));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('DOCUMENT_INVALID');
    expect(body.details.problemCount).toBe(7);
    expect(body.details.problems.map((p: { row: number; column: number; field: string }) => [p.row, p.column, p.field])).toEqual([
      [3, 1, '项目编码'],
      [4, 2, '支付日期'],
      [5, 2, '支付日期'],
      [6, 3, '金额（元）'],
      [7, 3, '金额（元）'],
      [8, 4, '凭证号'],
      [9, 4, '凭证号'],
    ]);
    for (const fragment of [
      '《errors.csv》有 7 处错误，未导入任何支付',
      '第3行A列（项目编码）：项目编码“13022522XXXX”不在 2022 年度的绩效目标中',
      '第4行B列（支付日期）：“2022-04-31”不是有效日期',
      '第5行B列（支付日期）：支付日期 2023-01-05 不在 2022 年度内',
      '第6行C列（金额（元））：金额为 0',
      '第7行C列（金额（元））：金额“12.345”超过两位小数',
      '第8行D列（凭证号）：凭证号“E-1”与第2行重复',
      '第9行D列（凭证号）：凭证号“PZ-0001”已登记过（2022-02-15，10000.00 元）',
    ]) {
      expect(body.message).toContain(fragment);
    }
    expect(await counts()).toEqual(before);
    expect(await spentAt(P2)).toBe(0);
  });

  it('names rows as a spreadsheet shows them, even after a summary with a line break', async () => {
    const csv = [HEADER, `${P2},2022-04-01,100.00,L-1,甲,"第一行\n第二行"`, `${P2},2022-04-31,100.00,L-2,甲,`].join('\n');
    const res = await upload('import', 'multiline.csv', Buffer.from(csv));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('第3行B列（支付日期）：“2022-04-31”不是有效日期');
  });

  it('refuses the same file twice: every voucher is already recorded', async () => {
    const csv = `${HEADER}\n${P1},2022-02-15,10000.00,PZ-0001,乐亭县公共法律服务中心,房租\n`;
    const res = await upload('import', 'again.csv', Buffer.from(csv));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('如是重复导入，请删除该行');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 422, '文件为空'],
    ['a PDF', Buffer.from('%PDF-1.4'), 415, '不支持 PDF'],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 415, '另存为 .xlsx 或 .csv'],
    ['a file without the headers', Buffer.from('a,b,c\n1,2,3\n'), 422, '找不到表头行'],
    ['a missing column', Buffer.from('项目编码,支付日期,金额（元）,收款方,摘要\nx,y,z,u,v\n'), 422, '第1行：表头缺少“凭证号”列'],
    ['headers and no rows', Buffer.from(`${HEADER}\n,,,,,\n`), 422, '表头下面没有支付记录'],
    ['binary noise', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), 422, '无法识别'],
  ])('refuses %s with a Chinese message', async (_, bytes, status, message) => {
    const before = await counts();
    const res = await upload('import', 'x.csv', bytes);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('is for finance only, and wants a multipart upload', async () => {
    const csv = Buffer.from(`${HEADER}\n${P1},2022-03-01,1,R-1,甲,\n`);
    expect((await upload('import', 'a.csv', csv, await t.login('leader'))).statusCode).toBe(403);
    expect((await upload('import', 'a.csv', csv, await t.login('admin'))).statusCode).toBe(403);
    const json = await t.as(finance, { method: 'POST', url: `${BASE}/payments/import`, payload: {} });
    expect(json.statusCode).toBe(415);
    expect(json.json().message).toContain('multipart/form-data');
  });
});

describe('budgets in an import', () => {
  const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));

  it('refuses the whole file when it takes a project over budget in stop mode, naming the rows', async () => {
    const before = await counts();
    const res = await upload('import', 'over.csv', csv([`${P11},2022-09-01,50000,B-1,某设备公司,办公桌椅`, `${P11},2022-10-01,31000.01,B-2,某设备公司,电脑`, `${P2},2022-10-01,10,B-3,甲,`]));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('项目“业务装备费基层公检法司转移支付省级配套资金[2021]63号”（13022522P005M43100122）截至 2022-10-01 累计支付 81000.01 元，超出当时在用预算 81000.00 元 0.01 元（涉及第2、3行）');
    expect(await counts()).toEqual(before);
  });

  it('imports it with a warning in warn mode', async () => {
    await t.as(finance, { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode: 'warn', lightThresholds: { yellow: 60, green: 80 } } });
    const res = await upload('import', 'over.csv', csv([`${P11},2022-09-01,50000,B-1,某设备公司,办公桌椅`, `${P11},2022-10-01,31000.01,B-2,某设备公司,电脑`]));
    expect(res.statusCode).toBe(200);
    expect(res.json().warnings).toHaveLength(1);
    expect(res.json().warnings[0]).toContain('超出当时在用预算 81000.00 元 0.01 元');
    expect(await spentAt(P11)).toBe(81000.01);
    await t.as(finance, { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode: 'stop', lightThresholds: { yellow: 60, green: 80 } } });
  });
});

describe('the import template', () => {
  let template: Buffer;
  beforeAll(async () => {
    const res = await t.as(finance, { method: 'GET', url: `${BASE}/payments/template` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('315002乐亭县司法局-2022年度支付导入模板.xlsx'));
    template = res.rawPayload;
  });

  it('has the Chinese headers, one example row and the unit’s project codes', async () => {
    const file = await readPaymentFile(template);
    expect(file).toMatchObject({ format: 'xlsx', sheet: '支付明细' });
    expect(file.rows).toHaveLength(1);
    expect(file.rows[0]!.cells.projectCode!.text).toBe(P1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['支付明细', '项目清单', '填写说明']);
    expect((workbook.getWorksheet('支付明细')!.getRow(1).values as unknown[]).slice(1)).toEqual(['项目编码', '支付日期', '金额（元）', '凭证号', '收款方', '摘要', '资金来源']);
    expect(workbook.getWorksheet('项目清单')!.rowCount).toBe(13);
  });

  it('refuses the example row left in, and imports the template once filled in', async () => {
    const untouched = await upload('import', 'template.xlsx', template);
    expect(untouched.statusCode).toBe(422);
    expect(untouched.json().message).toContain('工作表“支付明细”第2行D列（凭证号）：这是模板中的示例行');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('支付明细')!;
    sheet.getRow(2).values = [P1, '2022-08-15', 1200, 'TPL-1', '某律师事务所', '法律援助办案补贴', '财政资金'];
    sheet.getRow(3).values = [P1, '2022-08-16', 300.5, 'TPL-2', '某律师事务所', '法律援助办案补贴', ''];
    const res = await upload('import', 'filled.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, total: 1500.5 });
  });
});
