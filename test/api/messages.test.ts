import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app.js';
import { DocumentError } from '../../src/core/errors.js';
import { multipart } from '../helpers/multipart.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085';
const payment = (extra: Record<string, unknown>) => ({ projectCode: P1, paidOn: '2022-03-01', amount: 100, voucherNo: 'L-1', payee: '某公司', summary: '测试', ...extra });

interface Case {
  name: string;
  user: TestUser | null;
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  payload?: Record<string, unknown>;
  status: number;
  zh: string | RegExp;
  en: string | RegExp;
}

const CASES: Case[] = [
  { name: 'no session', user: null, method: 'GET', url: '/api/units', status: 401, zh: '请先登录（会话不存在或已过期）', en: 'Please sign in (no session, or it has expired)' },
  { name: 'wrong password', user: null, method: 'POST', url: '/api/auth/login', payload: { username: 'finance', password: 'wrong' }, status: 401, zh: '用户名或密码不正确', en: 'Wrong username or password' },
  { name: 'role may not', user: 'reviewer', method: 'POST', url: `${BASE}/payments`, payload: payment({}), status: 403, zh: '您的角色无权进行此操作', en: 'Your role may not do this' },
  { name: 'another unit', user: 'outsider', method: 'GET', url: `${BASE}/spending`, status: 403, zh: '您无权访问单位 乐亭县司法局（315002）的数据', en: 'You may not access the data of 乐亭县司法局 (315002)' },
  { name: 'schema message', user: null, method: 'POST', url: '/api/auth/login', payload: { username: ' ', password: 'x' }, status: 400, zh: '请求内容不正确：username 请输入用户名', en: 'The request body is not valid: username Enter the username' },
  { name: 'zod’s own message', user: null, method: 'POST', url: '/api/auth/login', payload: { password: 'x' }, status: 400, zh: '请求内容不正确：username 必须填写', en: 'The request body is not valid: username is required' },
  { name: 'negative amount', user: 'finance', method: 'POST', url: `${BASE}/payments`, payload: payment({ amount: -5 }), status: 400, zh: /amount 金额不能为负数/, en: /amount An amount cannot be negative/ },
  { name: 'date outside the year', user: 'finance', method: 'POST', url: `${BASE}/payments`, payload: payment({ paidOn: '2023-01-05' }), status: 400, zh: '支付日期 2023-01-05 不在 2022 年度内：请填写 2022-01-01 至 2022-12-31 之间的日期', en: 'The payment date 2023-01-05 is not in 2022: give a date from 2022-01-01 to 2022-12-31' },
  { name: 'unknown project', user: 'finance', method: 'POST', url: `${BASE}/payments`, payload: payment({ projectCode: 'NOPE' }), status: 404, zh: /项目编码“NOPE”不在/, en: /Project code “NOPE” is not in the 2022 goals/ },
  { name: 'unknown address', user: 'finance', method: 'GET', url: '/api/nothing-here', status: 404, zh: '没有这个地址：GET /api/nothing-here', en: 'No such address: GET /api/nothing-here' },
];

describe('server messages in the language asked for', () => {
  it.each(CASES)('$name', async (c) => {
    const session = c.user ? await t.login(c.user) : null;
    const ask = (headers: Record<string, string>) => t.as(session, { method: c.method, url: c.url, headers, ...(c.payload ? { payload: c.payload } : {}) });
    const zh = await ask({});
    const en = await ask({ 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' });
    expect(zh.statusCode).toBe(c.status);
    expect(en.statusCode).toBe(c.status);
    expect(zh.json().code).toBe(en.json().code);
    if (typeof c.zh === 'string') expect(zh.json().message).toBe(c.zh);
    else expect(zh.json().message).toMatch(c.zh);
    if (typeof c.en === 'string') expect(en.json().message).toBe(c.en);
    else expect(en.json().message).toMatch(c.en);
  });

  it('prefers Chinese when the browser ranks it first', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/units', headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
    expect(res.json().message).toBe('请先登录（会话不存在或已过期）');
  });

  it('a signed-in user keeps the language of each request', async () => {
    const session = await t.login('finance');
    const en = await t.as(session, { method: 'POST', url: `${BASE}/payments`, headers: { 'accept-language': 'en' }, payload: payment({ voucherNo: '' }) });
    expect(en.json().message).toBe('The request body is not valid: voucherNo Enter the voucher number');
  });
});

describe('a refused upload names the file once', () => {
  it('says 《x.pdf》 once, in either language', async () => {
    const finance = await t.login('finance');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');
    const zh = await t.as(finance, { method: 'POST', url: `${BASE}/payments/import/preview`, ...multipart('x.pdf', pdf) });
    expect(zh.statusCode).toBeGreaterThanOrEqual(400);
    expect(zh.json().message).toMatch(/^《x\.pdf》：/);
    expect(zh.json().message).not.toContain('文档：');
    const body = multipart('x.pdf', pdf);
    const en = await t.as(finance, { method: 'POST', url: `${BASE}/payments/import/preview`, headers: { ...body.headers, 'accept-language': 'en' }, payload: body.payload });
    expect(en.json().message).toBe('File “x.pdf”: PDF is not supported: upload the payment list as .xlsx or .csv');
  });
});

describe('document locations', () => {
  it.each([
    [{ sheet: '项目1', row: 5, column: 3, field: '预算数' }, '工作表“项目1”第5行C列（预算数）：不是数字', 'Sheet “项目1”, row 5, column C (预算数): not a number'],
    [{ table: 3, tableTitle: '基层司法绩效目标表', row: 5, column: 3, line: 318 }, '表3《基层司法绩效目标表》第5行第3列，文本第318行：不是数字', 'Table 3 “基层司法绩效目标表”, row 5, column 3, text line 318: not a number'],
    [{}, '文档：不是数字', 'The document: not a number'],
    [{ file: '支付.xlsx', sheet: 'Sheet1', row: 4, column: 2 }, '《支付.xlsx》工作表“Sheet1”第4行B列：不是数字', 'File “支付.xlsx”, sheet “Sheet1”, row 4, column B: not a number'],
  ])('%j', (location, zh, en) => {
    const error = new DocumentError(location, { zh: '不是数字', en: 'not a number' });
    expect(error.message).toBe(zh);
    expect(error.messageEn).toBe(en);
  });
});

describe('every DomainError gives both languages', () => {
  it('no `new DomainError(` in src/ is given a bare string as its message', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(full);
      }
    };
    walk(root);
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // the message argument right after the code: a quote or a backtick means a one-language string
      for (const m of text.matchAll(/new DomainError\(\s*[^,]+,\s*(['"`])/g)) {
        const line = text.slice(0, m.index).split('\n').length;
        offenders.push(`${path.relative(root, file)}:${line}`);
      }
    }
    expect(offenders, 'give { zh, en } instead of a string').toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});
