import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../helpers/multipart.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * A register answers in English throughout when asked to (Accept-Language: en): sheet and field
 * names, field problems, rule problems and import problems. What a person typed stays as typed,
 * quoted “…”; the import's column headers are the file's (Chinese) and are quoted too.
 */

let t: TestApp;
let section: Session;
let office: Session; // 胡家坨司法所
const U = '/api/units/315002';
const CASES = `${U}/registers/legal-aid/cases`;
const DUTY = `${U}/registers/legal-aid/duty-shifts`;
const EN = { 'accept-language': 'en' };
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** the text without what is quoted (typed input, file headers, list names) */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”');

beforeAll(async () => {
  t = await createTestApp();
  [section, office] = await Promise.all([t.login('section'), t.login('office')]);
});
afterAll(() => t.close());

const aCase = (over: Record<string, unknown> = {}) => ({
  source: '依申请',
  applicantName: '张三丰',
  applicantCategory: '农民工',
  caseType: '民事',
  appliedOn: '2022-03-10',
  ...over,
});

/** a multipart upload of one file, asking for English */
const englishUpload = (fileName: string, bytes: Buffer) => {
  const m = multipart(fileName, bytes);
  return { ...m, headers: { ...m.headers, ...EN } };
};

describe('registers in English', () => {
  it('name the sheet, its fields and derived values in English beside the Chinese', async () => {
    const sheets = (await t.as(section, { method: 'GET', url: '/api/registers' })).json() as Array<{ kind: string; id: string; name: string; nameEn: string; kindNameEn: string; fields: Array<{ key: string; label: string; labelEn: string; hintEn?: string }>; derived: Array<{ key: string; labelEn: string }> }>;
    const cases = sheets.find((s) => s.kind === 'legal-aid' && s.id === 'cases')!;
    expect(cases).toMatchObject({ name: '法律援助案件', nameEn: 'Legal aid cases', kindNameEn: 'Legal aid' });
    expect(cases.fields.find((f) => f.key === 'appliedOn')).toMatchObject({ label: '受理日期', labelEn: 'Accepted on', hintEn: 'A date, e.g. 2022-03-18' });
    expect(cases.derived.find((d) => d.key === 'decisionDue')?.labelEn).toBe('Decision due');
  });

  it('refuse a bad record with English field and rule problems', async () => {
    const res = await t.as(section, { method: 'POST', url: `${CASES}/records`, headers: EN, payload: aCase({ appliedOn: 'yesterday', caseType: undefined, applicantIdNumber: '110105194912310021' }) });
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json() as { message: string; details: { problems: Array<{ key: string; message: string; messageEn: string }> } };
    expect(message).toBe(
      'Legal aid cases has errors: Applicant ID number: is not a valid 18-digit ID number (wrong length or check digit); Case type is required; Accepted on: “yesterday” is not a date: write it as 2022-03-18',
    );
    expect(details.problems.find((p) => p.key === 'caseType')).toEqual({ key: 'caseType', message: '案件类型必填', messageEn: 'Case type is required' });

    const rule = await t.as(section, { method: 'POST', url: `${CASES}/records`, headers: EN, payload: aCase({ decision: '给予援助', decidedOn: '2022-03-01' }) });
    expect(rule.json().message).toBe('Legal aid cases has errors: Decided on: the decision date cannot be before the acceptance date');
    // Chinese asks get the Chinese sentence, unchanged
    const zh = await t.as(section, { method: 'POST', url: `${CASES}/records`, payload: aCase({ decision: '给予援助', decidedOn: '2022-03-01' }) });
    expect(zh.json().message).toBe('法律援助案件填写有误：决定日期：决定日期不能早于受理日期');
  });

  it('refuse another office’s record in English', async () => {
    const res = await t.as(office, { method: 'POST', url: `${CASES}/records`, headers: EN, payload: aCase({ office: '别的司法所' }) });
    expect(res.statusCode).toBe(400);
    expect(unquoted(res.json().message)).not.toMatch(CJK);
    expect(res.json().message).toContain('their own office “胡家坨司法所” only');
  });

  it('report import problems in English, the place included', async () => {
    const csv = ['值班日期,值班地点,值班人员,解答咨询（人次）', '2022-03-01,看守所,赵律师,3', '2022/3/2,market,钱律师,2', '2022-03-03,人民法院,,-1'].join('\r\n');
    const res = await t.as(section, { method: 'POST', url: `${DUTY}/import`, ...englishUpload('duty.csv', Buffer.from(csv)) });
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json() as { message: string; details: { problems: Array<{ messageEn: string }> } };
    expect(message).toMatch(/^Duty shifts: import failed, nothing was saved\. Row 3, column 2 \(Duty place\): Duty place: “market” is not one of the options: /);
    expect(details.problems.map((p) => p.messageEn)).toEqual([
      expect.stringMatching(/^Row 3, column 2 \(Duty place\): Duty place: “market” is not one of the options/),
      'Row 4, column 3 (On duty): On duty is required',
      'Row 4, column 4 (Consultations answered (people)): Consultations answered (people): cannot be less than 0',
    ]);
    for (const p of details.problems) expect(unquoted(p.messageEn.replace(/one of the options: .*/, ''))).not.toMatch(CJK);

    const columns = await t.as(section, { method: 'POST', url: `${DUTY}/import/preview`, ...englishUpload('duty.csv', Buffer.from('值班日期,地点\r\n2022-03-01,看守所')) });
    const problems = (columns.json() as { problems: Array<{ messageEn: string }> }).problems.map((p) => p.messageEn);
    expect(problems[0]).toMatch(/^Row 1, column 2: unknown column “地点”; the columns of Duty shifts are: /);
    expect(problems).toContain('The required column “值班地点” (Duty place) is missing');
  });
});
