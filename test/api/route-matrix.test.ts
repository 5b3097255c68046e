import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { can, PERMISSION_NAMES, type TPermission } from '../../src/core/access/permissions.js';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import { REGISTERS } from '../../src/registers/registry.js';
import { createUser, type CreateUserOptions } from '../../src/app/auth/create-user.js';
import { createTestApp, TEST_PASSWORD, TEST_USERS, type TestApp, type TestUser } from '../helpers/app.js';

/**
 * Every /api route × every role, generated from the routes the app registered: a role the route's
 * permission does not include gets 403; a role it includes does not. A new route cannot slip through:
 * it must declare its access to register at all, and then it is in this matrix.
 */

let t: TestApp;
let indicatorId: number;
let paymentId: number;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.as(await t.login('finance'), { method: 'GET', url: '/api/units/315002/years/2022/projects/13022522P000R24100085' });
  indicatorId = (res.json() as { indicators: { id: number }[] }).indicators[0]!.id;
  const payment = await recordPayment({
    db: t.database.db,
    scope: await cliScope(t.database.db, '315002'),
    year: 2022,
    actor: { userId: null, name: 'test' },
    input: { projectCode: '13022522P000R24100085', paidOn: '2022-02-15', amount: 100, voucherNo: 'M-1', payee: '某公司', summary: '', fundSource: 'fiscal' },
  });
  paymentId = payment.payment.id;
});
afterAll(() => t.close());

/** a path parameter's value; `:id` names an indicator or a payment depending on the route */
const PARAMS: Record<string, (url: string) => string> = {
  unitCode: () => '315002',
  year: () => '2022',
  code: () => '13022522P000R24100085',
  id: (url) => String(url.includes('/payments/') ? paymentId : indicatorId),
  number: () => '1',
  kind: () => 'legal-aid',
  sheet: () => 'cases',
  recordId: () => '1',
  valueId: () => '1',
  fileId: () => '1',
  month: () => '6',
  indicatorId: () => String(indicatorId),
  measureId: () => '1',
};
const fill = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => PARAMS[name]!(url));
/** a register route for one kind (its first sheet) */
const fillKind = (url: string, kind: string) => fill(url.replace(':kind', kind).replace(':sheet', REGISTERS.find((r) => r.kind === kind)!.sheets[0]!.id));

// sign-out ends the session the rest of the matrix uses; it has its own tests
const SKIP = new Set(['POST /api/auth/logout']);
const ROLE_USERS: TestUser[] = ['admin', 'finance', 'section', 'office', 'leader', 'reviewer'];

describe('route × role matrix', () => {
  it('covers every registered route with a known access', () => {
    expect(t.app.routeAccess.length).toBeGreaterThan(15);
    for (const route of t.app.routeAccess) {
      expect(['public', 'authenticated', ...PERMISSION_NAMES], `${route.method} ${route.url}`).toContain(route.access);
    }
  });

  it('answers 401 without a session on every non-public route', async () => {
    for (const route of t.app.routeAccess) {
      if (route.access === 'public' || SKIP.has(`${route.method} ${route.url}`)) continue;
      const url = fill(route.url);
      const res = await t.as(null, { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
      expect(res.statusCode, `${route.method} ${url}`).toBe(401);
    }
  });

  for (const user of ROLE_USERS) {
    it(`enforces each route's permission for ${user} (${TEST_USERS[user]!.role})`, async () => {
      const session = await t.login(user);
      const role = TEST_USERS[user]!.role;
      for (const route of t.app.routeAccess) {
        if (route.access === 'public' || SKIP.has(`${route.method} ${route.url}`)) continue;
        const url = fill(route.url);
        const res = await t.as(session, { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
        // correction supervision (…/correction/…) is the correction register's work: a 业务科室 keeping other registers is refused it too
        const keepsKind = role !== 'section' || !route.url.includes('/correction/') || (TEST_USERS[user]!.sections ?? []).includes('correction');
        const allowed = (route.access === 'authenticated' || can(role, route.access as TPermission)) && keepsKind;
        const label = `${role} ${route.method} ${url} (${route.access}) → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (allowed) expect(res.statusCode, label).not.toBe(403);
        else expect(res.statusCode, label).toBe(403);
        expect(res.statusCode, label).not.toBe(500);
      }
    });
  }

  // a 业务科室 reads and writes only the registers it keeps: every register route, for every kind
  for (const user of ['section', 'correctionSection'] as const) {
    it(`limits ${user} (${TEST_USERS[user]!.sections!.join(', ')}) to its registers on every register route`, async () => {
      const session = await t.login(user);
      const { role, sections } = TEST_USERS[user]!;
      const routes = t.app.routeAccess.filter((r) => r.url.includes(':kind'));
      expect(routes.length).toBeGreaterThanOrEqual(6);
      for (const route of routes) {
        for (const { kind } of REGISTERS) {
          const url = fillKind(route.url, kind);
          const res = await t.as(session, { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
          const label = `${user} ${route.method} ${url} (${route.access}) → ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (can(role, route.access as TPermission) && sections!.includes(kind)) expect(res.statusCode, label).not.toBe(403);
          else expect(res.statusCode, label).toBe(403);
          expect(res.statusCode, label).not.toBe(500);
        }
      }
    });
  }

  it('lets a 司法所 user reach every register kind (its own office’s records)', async () => {
    const session = await t.login('office');
    for (const route of t.app.routeAccess.filter((r) => r.url.includes(':kind'))) {
      for (const { kind } of REGISTERS) {
        const url = fillKind(route.url, kind);
        const res = await t.as(session, { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
        expect(res.statusCode, `office ${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`).not.toBe(403);
      }
    }
  });

  it('isolates units: a finance user of another unit is refused the sample unit', async () => {
    const session = await t.login('outsider');
    for (const route of t.app.routeAccess.filter((r) => r.url.includes(':unitCode'))) {
      const url = fill(route.url);
      const res = await t.as(session, { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
      expect(res.statusCode, `${route.method} ${url}`).toBe(403);
    }
  });

  // every data-scope rule × every route that names a unit: the sample unit (315002) is in reach or not by the rule alone
  const RULES: Array<{ username: string; spec: Omit<CreateUserOptions, 'db' | 'actor' | 'username' | 'displayName' | 'password'>; reaches: boolean }> = [
    { username: 'ruleOffice', spec: { role: 'office', unitCode: '315002', office: '胡家坨司法所', dataScope: 'office' }, reaches: true },
    { username: 'ruleOfficeElsewhere', spec: { role: 'office', unitCode: '301001', office: '某司法所', dataScope: 'office', grantedUnitCodes: ['315002'] }, reaches: false },
    { username: 'ruleUnit', spec: { role: 'leader', unitCode: '315002', dataScope: 'unit' }, reaches: true },
    { username: 'ruleUnitElsewhere', spec: { role: 'leader', unitCode: '301001', dataScope: 'unit' }, reaches: false },
    { username: 'ruleUnitAndBelow', spec: { role: 'leader', unitCode: '315002', dataScope: 'unitAndBelow' }, reaches: true },
    { username: 'ruleAssigned', spec: { role: 'leader', unitCode: '301001', dataScope: 'assigned', grantedUnitCodes: ['315002'] }, reaches: true },
    { username: 'ruleAssignedNone', spec: { role: 'leader', unitCode: '301001', dataScope: 'assigned' }, reaches: false },
    { username: 'ruleAll', spec: { role: 'leader', unitCode: '301001', dataScope: 'all' }, reaches: true },
  ];
  for (const rule of RULES) {
    it(`applies the data scope ${rule.spec.dataScope} (${rule.username}) on every route that names a unit`, async () => {
      await createUser({ db: t.database.db, actor: { userId: null, name: 'test' }, username: rule.username, displayName: rule.username, password: TEST_PASSWORD, ...rule.spec });
      const session = await t.login(rule.username as TestUser);
      const routes = t.app.routeAccess.filter((r) => r.url.includes(':unitCode') && r.method === 'GET');
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        if (route.access !== 'authenticated' && !can(rule.spec.role, route.access as TPermission)) continue;
        const url = fill(route.url);
        const res = await t.as(session, { method: 'GET', url });
        const label = `${rule.username} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (rule.reaches) expect(res.statusCode, label).not.toBe(403);
        else expect(res.statusCode, label).toBe(403);
        expect(res.statusCode, label).not.toBe(500);
      }
    });
  }
});
