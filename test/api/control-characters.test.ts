import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type TPermission } from '../../src/core/access/permissions.js';
import { createTestApp, type Session, type TestApp, type TestUser, TEST_USERS } from '../helpers/app.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/**
 * Issue 13.3: a NUL byte (%00) — or any control character — in a text input is refused at the contract
 * with a 400 naming the field, never passed to the database (PostgreSQL rejects \0 in text: a 500).
 * The parameters come from the OpenAPI document, so a new route's parameters are probed too.
 */

let t: TestApp;
let indicatorId: number;
const U = '/api/units/315002';
const P1 = '13022522P000R24100085';
const VALUES: Record<string, string> = {
  unitCode: '315002',
  year: '2022',
  code: P1,
  number: '1',
  kind: 'mediation',
  sheet: 'disputes',
  recordId: '1',
  valueId: '1',
  month: '6',
  measureId: '1',
  fileId: '1',
};
const ROLES: TestUser[] = ['finance', 'office', 'leader', 'admin', 'section', 'reviewer'];
const sessions = new Map<TestUser, Session>();

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ROLES) sessions.set(user, await t.login(user));
  const res = await t.as(sessions.get('finance')!, { method: 'GET', url: `${U}/years/2022/projects/${P1}` });
  indicatorId = (res.json() as { indicators: { id: number }[] }).indicators[0]!.id;
});
afterAll(() => t.close());

/** a user whose role the route admits */
function userFor(method: string, path: string): Session {
  const url = path.replace(/\{(\w+)\}/g, ':$1');
  const route = t.app.routeAccess.find((r) => r.method === method && r.url === url)!;
  expect(route, `${method} ${url}`).toBeDefined();
  const user = ROLES.find((u) => route.access === 'authenticated' || route.access === 'public' || can(TEST_USERS[u]!.role, route.access as TPermission))!;
  return sessions.get(user)!;
}

interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; anyOf?: Array<{ type?: string }>; enum?: unknown[] };
}
const isText = (p: Parameter) => p.schema?.type === 'string' || (p.schema?.anyOf ?? []).some((s) => s.type === 'string');

function expectRefused(res: { statusCode: number; body: string; json(): { code: string; message: string } }, field: string, label: string) {
  expect(res.statusCode, `${label} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(400);
  expect(res.json().code, label).toBe('VALIDATION_FAILED');
  expect(res.json().message, label).toContain(field);
}

describe('a control character in a parameter', () => {
  it('is refused with 400 naming the parameter, on every route of the OpenAPI document', async () => {
    const doc = (await t.as(null, { method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
    const probes: Array<{ method: string; path: string; param: Parameter }> = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const param of operation.parameters ?? []) {
          if (!isText(param)) continue;
          // query parameters on GET routes; path parameters everywhere (they are validated first)
          if (param.in === 'query' && method !== 'get') continue;
          if (param.in !== 'query' && param.in !== 'path') continue;
          probes.push({ method: method.toUpperCase(), path, param });
        }
      }
    }
    expect(probes.filter((p) => p.param.in === 'query').length).toBeGreaterThan(10);
    expect(probes.map((p) => p.param.name)).toEqual(expect.arrayContaining(['q', 'project', 'actor', 'unitCode', 'code', 'kind', 'asOf']));
    for (const { method, path, param } of probes) {
      for (const value of ['%00', 'a%1Bb']) {
        const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === param.name && param.in === 'path' ? value : name === 'id' || name === 'indicatorId' ? String(indicatorId) : VALUES[name]!));
        const url = param.in === 'query' ? `${filled}?${param.name}=${value}` : filled;
        const label = `${method} ${url}`;
        const res = await t.as(userFor(method, path), { method: method as 'GET', url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
        expectRefused(res, param.name, label);
      }
    }
  });

  it('is refused in a register list’s field filter and search (parameters the document cannot list)', async () => {
    const office = sessions.get('office')!;
    for (const [name, query] of [
      ['committee', 'committee=%E8%B0%83%00'],
      ['q', 'q=%00'],
      ['mediator', 'year=2022&mediator=x%00'],
    ] as const) {
      for (const url of [`${U}/registers/mediation/disputes/records?${query}`, `${U}/registers/mediation/disputes/export?${query}`]) {
        expectRefused(await t.as(office, { method: 'GET', url }), name, url);
      }
    }
  });

  it('leaves tabs, line breaks and ordinary text alone', async () => {
    const res = await t.as(sessions.get('finance')!, { method: 'GET', url: `${U}/years/2022/payments?q=${encodeURIComponent('房租\t')}` });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('a control character in a body', () => {
  const cases: Array<{ user: TestUser; method: 'POST' | 'PATCH'; url: () => string; payload: () => unknown; field: string }> = [
    {
      user: 'office',
      method: 'POST',
      url: () => `${U}/registers/mediation/disputes/records`,
      payload: () => ({ office: '胡家坨司法所', disputeType: '邻里', receivedOn: '2022-04-01', summary: '邻里\u0000纠纷' }),
      field: 'summary',
    },
    {
      user: 'finance',
      method: 'POST',
      url: () => `${U}/years/2022/payments`,
      payload: () => ({ projectCode: P1, paidOn: '2022-02-15', amount: 100, voucherNo: 'NUL-1', payee: '某\u0000公司' }),
      field: 'payee',
    },
    {
      user: 'finance',
      method: 'POST',
      url: () => `${U}/years/2022/indicators/${indicatorId}/values`,
      payload: () => ({ asOf: '2022-06-30', value: 1, evidence: '会议\u0000纪要' }),
      field: 'evidence',
    },
    { user: 'admin', method: 'POST', url: () => '/api/users', payload: () => ({ username: 'nul', displayName: '张\u0000三', password: 'Long-Enough-1', role: 'leader', unitCode: '315002' }), field: 'displayName' },
    {
      user: 'finance',
      method: 'POST',
      url: () => '/api/goal-books',
      payload: () => {
        const book = sampleGoalBook();
        book.projects[0]!.name = '法律\u0000援助';
        return book;
      },
      field: 'projects.0.name',
    },
    { user: 'leader', method: 'POST', url: () => `${U}/years/2022/review/comments`, payload: () => ({ text: '请\u001B修改' }), field: 'text' },
    // found by a walk-through: a body field typed with a schema of its own (no ZText) reached PostgreSQL as a 500
    { user: 'finance', method: 'POST', url: () => `${U}/years/2022/monitoring/7/comments`, payload: () => ({ text: '\u0000' }), field: 'text' },
    { user: 'admin', method: 'POST', url: () => '/api/units', payload: () => ({ code: 'X1', name: '某\u0000局' }), field: 'name' },
    { user: 'leader', method: 'POST', url: () => `${U}/years/2022/monitoring/7/return`, payload: () => ({ reason: '\u0000' }), field: 'reason' },
  ];
  for (const c of cases) {
    it(`${c.method} ${c.url().replace(/\/\d+|undefined/g, '/…')} (${c.field})`, async () => {
      const res = await t.as(sessions.get(c.user)!, { method: c.method, url: c.url(), payload: c.payload() as Record<string, unknown> });
      expectRefused(res, c.field, c.url());
    });
  }
});

describe('a control character in an uploaded file', () => {
  const upload = (name: string, bytes: Buffer) => {
    const boundary = '----nul';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename*=UTF-8''${name}\r\ncontent-type: text/csv\r\n\r\n`;
    return { payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };
  // a NUL past the first 4 kB, where the binary-file sniffing does not look
  const filler = Array.from({ length: 60 }, (_, i) => `${P1},2022-02-15,1,F-${i},某公司,${'房租'.repeat(20)}\r\n`).join('');
  const payments = (payee: string) => Buffer.from(`项目编码,支付日期,金额（元）,凭证号,收款方,摘要\r\n${filler}${P1},2022-02-15,100,NUL-${payee.length},${payee},房租\r\n`);

  it('is a located problem in a payments file and a register import, nothing stored', async () => {
    const finance = sessions.get('finance')!;
    const res = await t.as(finance, { method: 'POST', url: `${U}/years/2022/payments/import`, ...upload('p.csv', payments('某\u0000公司')) });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().message).toContain('第62行E列（收款方）：含有控制字符');
    const office = sessions.get('office')!;
    const csv = Buffer.from('司法所,纠纷类型,受理日期,纠纷简要情况\r\n胡家坨司法所,邻里,2022-04-01,吵\u000B架\r\n');
    const register = await t.as(office, { method: 'POST', url: `${U}/registers/mediation/disputes/import`, ...upload('d.csv', csv) });
    expect(register.statusCode, register.body).toBe(400);
    expect(register.json().message).toContain('第2行第4列（纠纷简要情况）：纠纷简要情况含有控制字符');
  });

  it('is dropped from the file’s name, which is only a label', async () => {
    const res = await t.as(sessions.get('finance')!, { method: 'POST', url: `${U}/years/2022/payments/import`, ...upload('a%00b.csv', payments('某公司')) });
    expect(res.statusCode, res.body).toBe(200);
  });
});
