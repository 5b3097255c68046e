import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type CreateUserOptions } from '../../src/app/auth/create-user.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { confirmProposedBindings } from '../../src/app/indicators/bind-indicators.js';
import { listUnitTree } from '../../src/app/units/list-units.js';
import { addUnit, addUnitOffice } from '../../src/app/units/manage-units.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { CLI_VIEWER } from '../../src/registers/framework/access.js';
import { createRegisterRecord } from '../../src/registers/framework/save-record.js';
import { requireSheet } from '../../src/registers/registry.js';
import { createTestApp, TEST_CIPHER, TEST_PASSWORD, type Session, type TestApp, type TestUser } from '../helpers/app.js';
import { sampleGoalBook } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';

/**
 * Two bureaus under one county (a copy of the sample imported as a second bureau): a county-level
 * reader sees both, a bureau's users only theirs, a 司法所 user only its office — by the routes, the
 * metrics rollup, the drill-down and the CLI's tree. One account per data-scope rule.
 */
const SYSTEM = { userId: null, name: 'test' };
let t: TestApp;
const s: Record<string, Session> = {};

const aCase = (appliedOn: string, office: string) => ({
  source: '通知辩护/代理',
  applicantName: '刘一',
  applicantCategory: '其他',
  caseType: '刑事',
  appliedOn,
  assignedOn: appliedOn,
  closedOn: null,
  office,
});

beforeAll(async () => {
  t = await createTestApp({ sample: false, users: false });
  const db = t.database.db;
  await addUnit({ db, actor: SYSTEM, code: '300000', name: '乐亭县' });
  await addUnit({ db, actor: SYSTEM, code: '315002', name: '乐亭县司法局', parentCode: '300000' });
  await addUnit({ db, actor: SYSTEM, code: '315003', name: '乐亭县另一局', parentCode: '300000' });
  await addUnit({ db, actor: SYSTEM, code: '301001', name: '乐亭县财政局' });
  await addUnitOffice({ db, actor: SYSTEM, scope: await cliScope(db, '315002'), name: '胡家坨司法所' });
  await addUnitOffice({ db, actor: SYSTEM, scope: await cliScope(db, '315002'), name: '汤家河司法所' });
  await importGoalBook({ db, book: sampleGoalBook(), actor: SYSTEM });
  await importGoalBook({ db, book: { ...sampleGoalBook(), unit: { code: '315003', name: '乐亭县另一局' } }, actor: SYSTEM });
  const cases = requireSheet('legal-aid', 'cases');
  for (const [unitCode, office, dates] of [
    ['315002', '胡家坨司法所', ['2022-03-01', '2022-04-01']],
    ['315002', '汤家河司法所', ['2022-05-01']],
    ['315003', '其他司法所', ['2022-03-02', '2022-03-03', '2022-03-04', '2022-03-05']],
  ] as const) {
    const scope = await cliScope(db, unitCode);
    for (const d of dates) await createRegisterRecord({ db, cipher: TEST_CIPHER, scope, sheet: cases, viewer: CLI_VIEWER, actor: SYSTEM, input: aCase(d, office) });
  }
  await confirmProposedBindings({ db, scope: await cliScope(db, '315002'), year: 2022, actor: SYSTEM, subject: null });
  const accounts = {
    county: { role: 'leader', unitCode: '300000' },
    bureau: { role: 'leader', unitCode: '315002' },
    bureauOnly: { role: 'finance', unitCode: '300000', dataScope: 'unit' },
    office: { role: 'office', unitCode: '315002', office: '胡家坨司法所' },
    reviewer: { role: 'reviewer', unitCode: '301001', grantedUnitCodes: ['315003'] },
    admin: { role: 'admin', unitCode: null },
    section: { role: 'section', unitCode: '315002', sections: ['legal-aid'] },
  } satisfies Record<string, Omit<CreateUserOptions, 'db' | 'actor' | 'username' | 'displayName' | 'password'>>;
  for (const [username, spec] of Object.entries(accounts)) {
    await createUser({ db, actor: SYSTEM, username, displayName: username, password: TEST_PASSWORD, ...spec });
    s[username] = await t.login(username as TestUser);
  }
});
afterAll(() => t.close());

const get = (who: string, url: string) => t.as(s[who]!, { method: 'GET', url });
const unitsOf = async (who: string) => ((await get(who, '/api/units')).json() as Array<{ code: string }>).map((u) => u.code);
const accepted = async (who: string, unit: string) => {
  const res = await get(who, `/api/units/${unit}/years/2022/metrics?asOf=2022-12-31`);
  return res.statusCode === 200 ? (res.json() as Array<{ metric: string; recordCount: number }>).find((m) => m.metric === 'legal-aid.cases-accepted')!.recordCount : res.statusCode;
};

describe('data scope by rule', () => {
  it('stores each user’s rule (defaults by role) and shows it on the users list', async () => {
    const users = (await get('admin', '/api/users')).json() as Array<{ username: string; dataScope: string }>;
    expect(Object.fromEntries(users.map((u) => [u.username, u.dataScope]))).toEqual({
      county: 'unitAndBelow',
      bureau: 'unitAndBelow',
      bureauOnly: 'unit',
      office: 'office',
      reviewer: 'assigned',
      admin: 'all',
      section: 'unitAndBelow',
    });
  });

  it('lists the units each rule reaches', async () => {
    expect(await unitsOf('county')).toEqual(['300000', '315002', '315003']);
    expect(await unitsOf('bureau')).toEqual(['315002']);
    expect(await unitsOf('bureauOnly')).toEqual(['300000']);
    expect(await unitsOf('office')).toEqual(['315002']);
    expect(await unitsOf('reviewer')).toEqual(['301001', '315003']);
    expect(await unitsOf('admin')).toEqual(['300000', '301001', '315002', '315003']);
  });

  it('rolls a figure up over the units under the path’s unit, and refuses units out of reach', async () => {
    expect(await accepted('county', '300000')).toBe(7);
    expect(await accepted('county', '315002')).toBe(3);
    expect(await accepted('county', '315003')).toBe(4);
    expect(await accepted('bureauOnly', '300000')).toBe(0); // own unit only: the bureaus below are not in its scope
    expect(await accepted('bureauOnly', '315002')).toBe(403);
    expect(await accepted('bureau', '315002')).toBe(3);
    expect(await accepted('bureau', '315003')).toBe(403);
    expect(await accepted('bureau', '300000')).toBe(403);
    expect(await accepted('reviewer', '315003')).toBe(4);
    expect(await accepted('reviewer', '315002')).toBe(403);
    expect(await accepted('admin', '300000')).toBe(7);
  });

  it('gives a 司法所 user only its office’s records, in lists and in the drill-down', async () => {
    const list = (who: string, unit: string) => get(who, `/api/units/${unit}/registers/legal-aid/cases/records?year=2022`);
    expect((await list('office', '315002')).json().records.map((r: { values: { office: string } }) => r.values.office)).toEqual(['胡家坨司法所', '胡家坨司法所']);
    expect((await list('county', '315002')).json().total).toBe(3);
    expect((await list('office', '315003')).statusCode).toBe(403);
    const board = (await get('county', '/api/units/315002/years/2022/indicator-progress?asOf=2022-12-31')).json() as { indicators: Array<{ indicatorId: number; metric: string | null }> };
    const indicator = board.indicators.find((i) => i.metric === 'legal-aid.cases-accepted')!;
    const drill = (who: string) => get(who, `/api/units/315002/years/2022/indicators/${indicator.indicatorId}/drill?asOf=2022-12-31`);
    const byCounty = (await drill('county')).json();
    expect(byCounty.records).toHaveLength(3);
    const byOffice = (await drill('office')).json();
    expect(byOffice.records.map((r: { values: { office: string } }) => r.values.office)).toEqual(['胡家坨司法所', '胡家坨司法所']);
    expect(byOffice.hidden).toBe(1);
  });

  it('lists the tree for the CLI: each unit with its parent and offices, children under their parent', async () => {
    const tree = await listUnitTree({ db: t.database.db, subject: null });
    expect(tree.map((u) => [u.code, u.parentCode, u.offices])).toEqual([
      ['300000', null, []],
      ['315002', '300000', ['胡家坨司法所', '汤家河司法所']],
      ['315003', '300000', []],
      ['301001', null, []],
    ]);
  });

  it('gives each reader the part of the tree they may read, and lets only the administrator add a unit', async () => {
    const codes = async (who: string) => ((await get(who, '/api/units/tree')).json() as Array<{ code: string; parentCode: string | null }>).map((u) => u.code);
    expect(await codes('county')).toEqual(['300000', '315002', '315003']);
    expect(await codes('bureau')).toEqual(['315002']);
    const bureau = (await get('bureau', '/api/units/tree')).json() as Array<{ code: string; offices: string[] }>;
    expect(bureau[0]).toMatchObject({ code: '315002', offices: ['胡家坨司法所', '汤家河司法所'] });
    const add = (who: string, payload: Record<string, unknown>) => t.as(s[who]!, { method: 'POST', url: '/api/units', payload });
    expect((await add('county', { code: '315009', name: '乐亭县某局', parentCode: '300000' })).statusCode).toBe(403);
    const added = await add('admin', { code: '315009', name: '乐亭县某局', parentCode: '300000' });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toEqual({ code: '315009', name: '乐亭县某局', parentCode: '300000', depth: 1, offices: [], committees: [] });
    expect(await codes('county')).toEqual(['300000', '315002', '315003', '315009']);
    // refused, nothing written: a taken code, a parent that does not exist
    expect((await add('admin', { code: '315009', name: '重复' })).statusCode).toBe(409);
    const orphan = await add('admin', { code: '315010', name: '某局', parentCode: '999999' });
    expect(orphan.statusCode).toBe(404);
    expect(orphan.json().message).toContain('999999');
    expect(await codes('admin')).not.toContain('315010');
  });
});

describe('offices as per-unit master data', () => {
  const DUTY = '/api/units/315002/registers/legal-aid/duty-shifts';
  const post = (who: string, url: string, payload: unknown) => t.as(s[who]!, { method: 'POST', url, payload: payload as Record<string, unknown> });

  it('gives forms the unit’s list; an administrator maintains it', async () => {
    expect((await get('section', '/api/units/315002/offices')).json()).toEqual({ offices: ['胡家坨司法所', '汤家河司法所'], committees: [] });
    expect((await post('section', '/api/units/315002/offices', { name: '新寨司法所' })).statusCode).toBe(403);
    expect((await post('admin', '/api/units/315002/offices', { kind: 'committee', name: '胡家坨镇人民调解委员会' })).statusCode).toBe(200);
    expect((await post('admin', '/api/units/315002/offices', { kind: 'committee', name: '胡家坨镇人民调解委员会' })).statusCode).toBe(409);
    expect((await get('county', '/api/units/315002/offices')).json().committees).toEqual(['胡家坨镇人民调解委员会']);
    expect((await post('admin', '/api/units/315002/offices/remove', { kind: 'committee', name: '胡家坨镇人民调解委员会' })).statusCode).toBe(200);
  });

  it('refuses an office not in the list in a form, and takes one that is', async () => {
    const shift = { office: '不存在司法所', shiftOn: '2022-03-01', place: '看守所', onDuty: '赵律师' };
    const refused = await post('section', `${DUTY}/records`, shift);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().message).toContain('不存在司法所');
    expect((await post('section', `${DUTY}/records`, { ...shift, office: '汤家河司法所' })).statusCode).toBe(200);
  });

  it('refuses an import naming an unknown office, naming row and column, and stores nothing', async () => {
    const csv = ['司法所,值班日期,值班地点,值班人员', '胡家坨司法所,2022-03-01,看守所,孙律师', '不存在司法所,2022-03-02,看守所,钱律师'].join('\r\n');
    const preview = (await t.as(s.section!, { method: 'POST', url: `${DUTY}/import/preview`, ...multipart('duty.csv', Buffer.from(csv)) })).json();
    expect(preview.problems).toEqual([
      {
        row: 3,
        column: '司法所',
        message: expect.stringContaining('第3行第1列（司法所）：司法所“不存在司法所”不在本单位的司法所名单中'),
        messageEn: expect.stringContaining('Row 3, column 1 (Justice office): Justice office “不存在司法所” is not on the unit\'s list of justice offices'),
      },
    ]);
    const res = await t.as(s.section!, { method: 'POST', url: `${DUTY}/import`, ...multipart('duty.csv', Buffer.from(csv)) });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.problems).toHaveLength(1);
    const list = (await get('section', `${DUTY}/records?year=2022`)).json();
    expect(list.records.map((r: { values: { onDuty: string } }) => r.values.onDuty)).not.toContain('孙律师');
  });
});
