import { cliScope } from '../../src/app/units/resolve-scope.js';
import { multipart } from '../helpers/multipart.js';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_CIPHER, type Session, type TestApp } from '../helpers/app.js';
import { encodeGb18030 } from '../helpers/gb18030.js';

let t: TestApp;
let section: Session; // keeps legal-aid and survey
let office: Session; // 胡家坨司法所
let finance: Session;
let leader: Session;
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const DISPUTES = `${U}/registers/mediation/disputes`;
const ID = '11010519491231002X';

beforeAll(async () => {
  t = await createTestApp();
  [section, office, finance, leader] = await Promise.all([t.login('section'), t.login('office'), t.login('finance'), t.login('leader')]);
});
afterAll(() => t.close());

const aCase = (over: Record<string, unknown> = {}) => ({
  source: '依申请',
  applicantName: '张三丰',
  applicantIdNumber: ID,
  applicantPhone: '13812345678',
  applicantCategory: '农民工',
  caseType: '民事',
  appliedOn: '2022-03-01',
  decision: '给予援助',
  decidedOn: '2022-03-05',
  ...over,
});
const aDispute = (over: Record<string, unknown> = {}) => ({ disputeType: '邻里', partyName: '李四', receivedOn: '2022-04-01', ...over });
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const audit = (action: string) => rows(sql`select action, entity, entity_id, before, after from audit_log where action = ${action} order by id`);


describe('personal data', () => {
  let id: number;
  it('stores names, ID numbers and phones encrypted: the raw table holds no plaintext', async () => {
    const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase() });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().id;
    const [raw] = await rows(sql`select * from reg_legal_aid_case where id = ${id}`);
    const text = JSON.stringify(raw);
    expect(text).not.toContain(ID);
    expect(text).not.toContain('张三丰');
    expect(text).not.toContain('13812345678');
    expect(String(raw!.applicant_id_number)).toMatch(/^v1:/);
    expect(TEST_CIPHER.decrypt(String(raw!.applicant_id_number))).toBe(ID);
  });

  it('masks them in lists and details', async () => {
    const list = (await t.as(finance, { method: 'GET', url: `${CASES}/records?year=2022` })).json();
    expect(list.total).toBe(1);
    expect(list.records[0].values).toMatchObject({ applicantName: '张**', applicantIdNumber: '110105********002X', applicantPhone: '138****5678', caseType: '民事' });
    const detail = (await t.as(finance, { method: 'GET', url: `${CASES}/records/${id}?asOf=2022-03-20` })).json();
    expect(detail.values.applicantIdNumber).toBe('110105********002X');
    // the law's deadlines as of a date: decided in time, assignment overdue
    expect(detail.derived).toMatchObject({ decisionDue: '2022-03-08', decisionStatus: '按期完成', assignmentDue: '2022-03-08', assignmentStatus: '已超期' });
  });

  it('never writes personal data into the audit log', async () => {
    const [created] = await audit('register.create');
    expect(created).toMatchObject({ entity: 'register:legal-aid/cases', entity_id: String(id) });
    const text = JSON.stringify(created);
    expect(text).not.toContain(ID);
    expect(text).not.toContain('张三丰');
    expect(text).toContain('110105********002X');
  });

  it('shows them in full only to a role that may unmask, and audits the read', async () => {
    const refused = await t.as(finance, { method: 'GET', url: `${CASES}/records?unmasked=true` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('无权查看完整个人信息');
    const before = (await audit('personalData.read')).length;
    const res = await t.as(section, { method: 'GET', url: `${CASES}/records/${id}?unmasked=true` });
    expect(res.json().values).toMatchObject({ applicantName: '张三丰', applicantIdNumber: ID });
    const list = await t.as(section, { method: 'GET', url: `${CASES}/records?unmasked=true` });
    expect(list.json().records[0].values.applicantPhone).toBe('13812345678');
    const reads = await audit('personalData.read');
    expect(reads).toHaveLength(before + 2);
    expect(reads.at(-2)).toMatchObject({ entity: 'register:legal-aid/cases', entity_id: String(id) });
    expect(JSON.stringify(reads)).not.toContain(ID);
  });

  it('updates a record, checks it whole again, and audits masked before/after values', async () => {
    const bad = await t.as(section, { method: 'PATCH', url: `${CASES}/records/${id}`, payload: { assignedOn: '2022-03-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('指派日期：指派日期不能早于决定日期');
    const res = await t.as(section, { method: 'PATCH', url: `${CASES}/records/${id}`, payload: { assignedOn: '2022-03-07', assignee: '赵律师', assigneeType: '律师', applicantIdNumber: '110101199003074477' } });
    expect(res.statusCode, res.body).toBe(200);
    const [update] = await audit('register.update');
    expect(update!.before).toMatchObject({ assignedOn: null, applicantIdNumber: '110105********002X' });
    expect(update!.after).toMatchObject({ assignedOn: '2022-03-07', applicantIdNumber: '110101********4477' });
    expect(JSON.stringify(update)).not.toContain('110101199003074477');
  });

  it('refuses bad input with the field named in Chinese', async () => {
    const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase({ applicantIdNumber: '110105194912310021', appliedOn: '2022-02-30', caseType: '离婚' }) });
    expect(res.statusCode).toBe(400);
    const message = res.json().message as string;
    expect(message).toContain('申请人身份证号不是有效的 18 位身份证号码');
    expect(message).toContain('受理日期“2022-02-30”不是真实存在的日期');
    expect(message).toContain('案件类型“离婚”不是可选值');
    const unknown = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: { ...aCase(), nickname: 'x' } });
    expect(unknown.json().message).toContain('没有这些字段：nickname');
  });
});

describe('scopes', () => {
  it('lets a section write only the registers it keeps', async () => {
    const res = await t.as(section, { method: 'POST', url: `${DISPUTES}/records`, payload: aDispute({ office: '胡家坨司法所' }) });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('您负责的台账不包括“人民调解”');
    const sheets = (await t.as(section, { method: 'GET', url: '/api/registers' })).json() as Array<{ kind: string; id: string; writable: boolean }>;
    expect(sheets.find((s) => s.kind === 'legal-aid' && s.id === 'cases')?.writable).toBe(true);
    expect(sheets.find((s) => s.kind === 'mediation' && s.id === 'disputes')?.writable).toBe(false);
  });

  it('lets a 司法所 write and see only its own office’s records', async () => {
    const own = await t.as(office, { method: 'POST', url: `${DISPUTES}/records`, payload: aDispute() });
    expect(own.statusCode, own.body).toBe(200);
    const other = await t.as(office, { method: 'POST', url: `${DISPUTES}/records`, payload: aDispute({ office: '汤家河司法所' }) });
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toContain('只能录入本所（胡家坨司法所）的记录');
    // a record of another office, entered through the CLI path of the bureau
    const { createRegisterRecord } = await import('../../src/registers/framework/save-record.js');
    const { CLI_VIEWER } = await import('../../src/registers/framework/access.js');
    const { sheetFromPath } = await import('../../src/registers/registry.js');
    const unit = await cliScope(t.database.db, '315002');
    const elsewhere = await createRegisterRecord({ db: t.database.db, cipher: TEST_CIPHER, scope: unit, sheet: sheetFromPath('mediation/disputes'), viewer: CLI_VIEWER, actor: { userId: null, name: 'test' }, input: aDispute({ office: '汤家河司法所' }) });

    const mine = (await t.as(office, { method: 'GET', url: `${DISPUTES}/records` })).json();
    expect(mine.total).toBe(1);
    expect(mine.records[0].values.office).toBe('胡家坨司法所');
    expect((await t.as(leader, { method: 'GET', url: `${DISPUTES}/records` })).json().total).toBe(2);
    expect((await t.as(office, { method: 'GET', url: `${DISPUTES}/records/${elsewhere.id}` })).statusCode).toBe(404);
    expect((await t.as(office, { method: 'PATCH', url: `${DISPUTES}/records/${elsewhere.id}`, payload: { summary: 'x' } })).statusCode).toBe(404);
  });

  it('refuses a date that does not exist, as every route does', async () => {
    for (const url of [`${DISPUTES}/records?from=2022-02-30`, `${CASES}/records/1?asOf=2022-13-01`, '/api/units/315002/years/2022/indicator-progress?asOf=2022-02-29', '/api/audit?from=2022-02-30']) {
      const res = await t.as(leader, { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().message, url).toContain('日期应为有效的 YYYY-MM-DD 日期');
    }
  });

  it('filters and searches lists, refusing filters the sheet does not offer', async () => {
    expect((await t.as(leader, { method: 'GET', url: `${DISPUTES}/records?office=${encodeURIComponent('汤家河司法所')}` })).json().total).toBe(1);
    expect((await t.as(leader, { method: 'GET', url: `${DISPUTES}/records?year=2021` })).json().total).toBe(0);
    const bad = await t.as(leader, { method: 'GET', url: `${DISPUTES}/records?partyName=x` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('不能按“partyName”筛选');
    const found = await t.as(leader, { method: 'GET', url: `${CASES}/records?q=${encodeURIComponent('赵律师')}` });
    expect(found.json().total).toBe(1);
  });
});

// sealed minors' records and who reads which register: register-scope.test.ts

describe('import', () => {
  const DUTY = `${U}/registers/legal-aid/duty-shifts`;
  const count = async () => (await t.as(section, { method: 'GET', url: `${DUTY}/records` })).json().total as number;

  it('offers a template with Chinese headers and a 填写说明 sheet', async () => {
    const res = await t.as(section, { method: 'GET', url: `${CASES}/template` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['司法所', '申请人姓名*', '申请人身份证号', '受理日期*', '审查决定']));
    expect(wb.getWorksheet('填写说明')).toBeDefined();
    const csv = await t.as(section, { method: 'GET', url: `${DUTY}/template?format=csv` });
    expect(csv.body).toBe('\uFEFF司法所,值班日期*,值班地点*,值班人员*,解答咨询（人次）\r\n');
  });

  it('reports every bad row with its row and column, and stores nothing', async () => {
    const before = await count();
    const csv = ['值班日期,值班地点,值班人员,解答咨询（人次）', '2022-03-01,看守所,赵律师,3', '2022/3/2,菜市场,钱律师,2', '2022-03-03,人民法院,,-1'].join('\r\n');
    const res = await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.csv', Buffer.from(csv)) });
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json();
    expect(message).toContain('没有保存任何记录');
    expect(details.problems).toEqual([
      { row: 3, column: '值班地点', message: expect.stringContaining('第3行第2列（值班地点）：值班地点“菜市场”不是可选值'), messageEn: expect.stringContaining('Row 3, column 2 (Duty place): Duty place: “菜市场” is not one of the options') },
      { row: 4, column: '值班人员', message: '第4行第3列（值班人员）：值班人员必填', messageEn: 'Row 4, column 3 (On duty): On duty is required' },
      { row: 4, column: '解答咨询（人次）', message: '第4行第4列（解答咨询（人次））：解答咨询（人次）不能小于 0', messageEn: 'Row 4, column 4 (Consultations answered (people)): Consultations answered (people): cannot be less than 0' },
    ]);
    expect(await count()).toBe(before);
    const preview = (await t.as(section, { method: 'POST', url: `${DUTY}/import/preview`, ...multipart('duty.csv', Buffer.from(csv)) })).json();
    expect(preview.problems).toHaveLength(3);
  });

  it('reads CSV as Excel and WPS save it: UTF-16 “Unicode text” with tabs, GB18030, and quoted line breaks', async () => {
    const before = await count();
    const utf16 = Buffer.from(`\uFEFF值班日期\t值班地点\t值班人员\r\n2022-05-01\t看守所\t周律师\r\n`, 'utf16le');
    expect((await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.txt', utf16) })).json()).toEqual({ imported: 1 });
    const gbk = encodeGb18030('值班日期,值班地点,值班人员\r\n2022-05-02,人民法院,吴律师\r\n');
    expect((await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.csv', gbk) })).json()).toEqual({ imported: 1 });
    expect(await count()).toBe(before + 2);
    // a quoted line break: the problem is named by its row as Excel and WPS show it (one row per record)
    const broken = Buffer.from('值班日期,值班地点,值班人员\r\n2022-05-03,看守所,"郑律师\r\n（替班）"\r\n2022-05-04,菜市场,王律师\r\n');
    const res = (await t.as(section, { method: 'POST', url: `${DUTY}/import/preview`, ...multipart('duty.csv', broken) })).json();
    expect(res.problems).toEqual([{ row: 3, column: '值班地点', message: expect.stringContaining('第3行第2列（值班地点）'), messageEn: expect.stringContaining('Row 3, column 2 (Duty place)') }]);
  });

  it('names unknown and missing columns', async () => {
    const res = await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.csv', Buffer.from('值班日期,地点\r\n2022-03-01,看守所')) });
    expect(res.json().message).toContain('无法识别的列“地点”');
    expect(res.json().message).toContain('缺少必填列“值班地点”');
  });

  it('imports a filled-in .xlsx template, all rows at once, audited', async () => {
    const template = await t.as(section, { method: 'GET', url: `${DUTY}/template` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.addRow([null, new Date(Date.UTC(2022, 11, 31)), '公共法律服务中心', '孙律师', 5]);
    ws.addRow(['胡家坨司法所', '2023年1月1日', '看守所', '钱律师', null]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await count();
    const res = await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.xlsx', bytes) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    expect(await count()).toBe(before + 2);
    const dates = (await t.as(section, { method: 'GET', url: `${DUTY}/records` })).json().records.map((r: { values: { shiftOn: string } }) => r.values.shiftOn);
    expect(dates).toEqual(expect.arrayContaining(['2022-12-31', '2023-01-01']));
    expect((await audit('register.import')).at(-1)!.after).toMatchObject({ file: 'duty.xlsx', imported: 2 });
  });

  it('formats text columns of the template as text, so an 18-digit ID number stays as typed', async () => {
    const res = await t.as(section, { method: 'GET', url: `${CASES}/template` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (label: string) => ws.getColumn(header.indexOf(label) + 1);
    for (const label of ['申请人身份证号', '申请人姓名*', '联系电话', '司法所']) expect(column(label).numFmt, label).toBe('@');
    expect(column('受理日期*').numFmt).toBe('yyyy-mm-dd');
  });

  it('refuses an ID number Excel turned into a number, saying to format the column as text and type it again', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('案件');
    ws.addRow(['案件来源', '申请人姓名', '申请人身份证号', '申请人类别', '案件类型', '受理日期']);
    ws.addRow(['依申请', '张三', 110105194912310020, '农民工', '民事', '2022-03-01']);
    ws.addRow(['依申请', '李四', ID, '农民工', '民事', '2022-03-02']);
    const res = await t.as(section, { method: 'POST', url: `${CASES}/import/preview`, ...multipart('cases.xlsx', Buffer.from(await wb.xlsx.writeBuffer())) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().problems).toEqual([
      {
        row: 2,
        column: '申请人身份证号',
        message: expect.stringMatching(/第2行C列（申请人身份证号）.*数字格式.*设置为“文本”格式.*重新输入/),
        messageEn: expect.stringMatching(/^Sheet “案件”, row 2, column C \(Applicant ID number\): Applicant ID number is in number format.*format the column as text/),
      },
    ]);
    // the same from a CSV Excel saved with the number in exponent notation
    const csv = ['案件来源,申请人姓名,申请人身份证号,申请人类别,案件类型,受理日期', '依申请,张三,1.10105E+17,农民工,民事,2022-03-01'].join('\r\n');
    const fromCsv = (await t.as(section, { method: 'POST', url: `${CASES}/import/preview`, ...multipart('cases.csv', Buffer.from(csv)) })).json();
    expect(fromCsv.problems[0].message).toMatch(/数字格式.*重新输入/);
  });

  it('refuses an import into a register the section does not keep', async () => {
    const res = await t.as(section, { method: 'POST', url: `${DISPUTES}/import`, ...multipart('d.csv', Buffer.from('纠纷类型,受理日期\r\n邻里,2022-01-01')) });
    expect(res.statusCode).toBe(403);
  });
});
