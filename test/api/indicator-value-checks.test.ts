import { singleUnitScope } from '../../src/core/access/scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideIndicatorValue, enterIndicatorValue } from '../../src/app/indicators/indicator-values.js';
import { findUnitByCode, type UnitRow } from '../../src/repositories/goal-book.repository.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/** Manual values are checked against their indicator; a 业务科室 enters values of its own lines only; every move goes through the one workflow. */

let t: TestApp;
let section: Session;
let correctionSection: Session;
let finance: Session;
let office: Session;
let unit: UnitRow;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助
const P2 = '13022522P000R24100104'; // 法制建设
const P4 = '13022522P000R2410006X'; // 普法宣传
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  [section, correctionSection, finance, office] = await Promise.all([t.login('section'), t.login('correctionSection'), t.login('finance'), t.login('office')]);
  const board = (await t.as(finance, { method: 'GET', url: `${BASE}/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Array<{ indicatorId: number; projectCode: string; name: string }> };
  for (const i of board.indicators) ids.set(`${i.projectCode}/${i.name}`, i.indicatorId);
  unit = (await findUnitByCode(t.database.db, '315002'))!;
});
afterAll(() => t.close());

const id = (project: string, name: string) => ids.get(`${project}/${name}`)!;
const enter = (session: Session, indicatorId: number, payload: Record<string, unknown>) => t.as(session, { method: 'POST', url: `${BASE}/indicators/${indicatorId}/values`, payload: { asOf: '2022-12-31', ...payload } });

describe('a manual value is checked against its indicator', () => {
  // [project, indicator, payload, status, message fragment]
  const cases: [string, string, Record<string, unknown>, number, string | null][] = [
    [P4, '普法覆盖率', { value: 96.5 }, 200, null],
    [P4, '普法覆盖率', { value: 965 }, 400, '超过了 100%'],
    [P4, '普法覆盖率', { value: 96, unit: '百分比' }, 200, null],
    [P4, '普法覆盖率', { value: 96, unit: '件' }, 400, '计量单位是“%”'],
    [P4, '普法覆盖率', { value: -2 }, 400, '不能为负数'],
    [P2, '文件印刷数量', { value: 372.5 }, 400, '应为整数'],
    [P2, '文件印刷数量', { value: 372 }, 200, null],
    [P2, '项目持续发挥作用期限', { value: 1, unit: '年' }, 200, null],
    [P1, '维护社会稳定', { assessment: '达成' }, 400, '须写明理由'],
    [P1, '维护社会稳定', { assessment: '达成', reason: '全年无群体性事件，矛盾纠纷化解率提升' }, 200, null],
  ];
  it.each(cases)('%s %s %j → %i', async (project, name, payload, status, message) => {
    const res = await enter(finance, id(project, name), payload);
    expect(res.statusCode, res.body).toBe(status);
    if (message) expect(res.json().message).toContain(message);
    else expect(res.json().status).toBe('draft');
  });

  it('keeps an assessment’s reason and shows it with the value', async () => {
    const res = await enter(finance, id(P1, '促进社会和谐稳定'), { assessment: '部分达成', reason: '调解成功率提高，但信访量未降', evidence: '年度工作总结' });
    expect(res.json()).toMatchObject({ assessment: '部分达成', reason: '调解成功率提高，但信访量未降', evidence: '年度工作总结', value: null });
  });
});

describe('a 业务科室 enters values of its own business lines only', () => {
  it.each([
    ['the legal-aid section, a legal-aid indicator', 'section', P1, '维护社会稳定', 200],
    ['the legal-aid section, the satisfaction survey it keeps', 'section', P2, '服务对象满意度', 200],
    ['the legal-aid section, a rule-of-law project’s indicator', 'section', P2, '项目持续发挥作用期限', 403],
    ['the correction section, a legal-aid indicator', 'correctionSection', P1, '维护社会稳定', 403],
    ['a 司法所, any indicator', 'office', P2, '项目持续发挥作用期限', 200],
  ] as const)('%s → %i', async (_, who, project, name, status) => {
    const session = { section, correctionSection, office }[who];
    const qualitative = name === '维护社会稳定';
    const res = await enter(session, id(project, name), qualitative ? { assessment: '达成', reason: '工作总结所述成效' } : name === '服务对象满意度' ? { value: 96 } : { value: 1 });
    expect(res.statusCode, res.body).toBe(status);
    if (status === 403) expect(res.json().message).toContain('不在您负责的业务范围');
  });
});

describe('the one workflow decides every move', () => {
  it('refuses a decision by someone without the right, even past the route (a use-case called directly)', async () => {
    const entered = await enterIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), year: 2022, actor: { userId: null, name: 'a' }, indicatorId: id(P4, '普法覆盖率'), input: { asOf: '2022-12-31', value: 97 }, submit: true });
    expect(entered.status).toBe('submitted');
    const sectionSubject = { userId: 999, role: 'section' as const, unitId: unit.id, grantedUnitIds: [], sections: ['publicity'], office: null, dataScope: 'unit' as const };
    await expect(decideIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), actor: { userId: 999, name: 'b' }, subject: sectionSubject, valueId: entered.id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), actor: { userId: null, name: 'a' }, valueId: entered.id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN', messageEn: expect.stringContaining('another person') });
    await expect(decideIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), actor: { userId: null, name: 'b' }, valueId: entered.id, decision: 'return', reason: ' ' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await decideIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), actor: { userId: null, name: 'b' }, valueId: entered.id, decision: 'approve' })).status).toBe('approved');
    await expect(decideIndicatorValue({ db: t.database.db, scope: singleUnitScope(unit), actor: { userId: null, name: 'c' }, valueId: entered.id, decision: 'approve' })).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('leaves no inlined state check in the value use-cases', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../src/app/indicators/indicator-values.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\.status\s*!==|\.status\s*===/);
  });
});
