import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSnapshot, getEvaluation, type EvaluationSnapshot } from '../../src/app/evaluation/get-evaluation.js';
import { getGoalBook, requireUnit } from '../../src/app/goal-book/get-goal-book.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { editGoalBook } from '../../src/app/goal-book/edit-goal-book.js';
import { parseTarget } from '../../src/core/target.js';
import { seedLibrary } from '../../src/app/library/seed-library.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import type { TRolloverView } from '../../src/contract/api/rollover-api.js';
import type { TProgressBoard } from '../../src/contract/api/registers-api.js';
import type { TReviewResult } from '../../src/contract/api/review-api.js';
import { findReport } from '../../src/repositories/evaluation.repository.js';
import { listUnitIndicatorValues } from '../../src/repositories/indicator-tracking.repository.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { approveAllActuals } from '../helpers/evaluation.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

const LEGAL_AID = '13022522P000R24100085';
const MEDIATION = '13022522P000R2410009Q';
const U = '/api/units/315002/years';
const SYSTEM = { userId: null, name: 'test' };
let t: TestApp;

const frozen2022 = async () => {
  const db = t.database.db;
  const unit = await requireUnit(db, '315002');
  const row = await findReport(db, unit.id, 2022);
  return {
    state: row!.state,
    snapshot: evaluateSnapshot(row!.snapshot as EvaluationSnapshot),
    evaluation: await getEvaluation({ db, scope: await cliScope(db, '315002'), year: 2022 }),
    live: await getEvaluation({ db, scope: await cliScope(db, '315002'), year: 2022, live: true }),
    book: await getGoalBook({ db, scope: await cliScope(db, '315002'), year: 2022 }),
    values: (await listUnitIndicatorValues(db, { unitId: unit.id, year: 2022, status: 'approved' })).map((v) => [v.value.id, v.value.value, v.value.assessment]),
  };
};
let before: Awaited<ReturnType<typeof frozen2022>>;

beforeAll(async () => {
  t = await createTestApp();
  // a department-wide indicator (部门整体支出绩效目标表) rolls over too
  await editGoalBook({
    db: t.database.db,
    scope: await cliScope(t.database.db, '315002'),
    year: 2022,
    actor: SYSTEM,
    change: (c) => ({
      ...c,
      departmentGoals: {
        ...c.departmentGoals,
        indicators: [{ level1: '产出指标', level2: '质量指标', name: '部门预算执行率', description: '部门预算执行率', target: parseTarget('≥95%'), basis: '年初工作安排' }],
      },
    }),
  });
  // every 2022 actual approved: met, 人民调解案件数 beats its ≥2300件 with 2500
  await approveAllActuals(t.database.db, { [`${MEDIATION}|人民调解案件数`]: { value: 2500 } });
  const finance = await t.login('finance');
  expect((await t.as(finance, { method: 'POST', url: `${U}/2022/evaluation/move`, payload: { move: 'submit' } })).statusCode).toBe(200);
  expect((await t.as(await t.login('leader'), { method: 'POST', url: `${U}/2022/evaluation/move`, payload: { move: 'approve' } })).statusCode).toBe(200);
  // bindings confirmed after the approval (the snapshot keeps the approved actuals)
  expect((await t.as(finance, { method: 'POST', url: `${U}/2022/bindings/confirm-proposals`, payload: {} })).statusCode).toBe(200);
  before = await frozen2022();
}, 120_000);
afterAll(() => t.close());

describe('year rollover of the sample unit to 2023', () => {
  it('previews without writing: what is copied, carried and proposed, with reasons', async () => {
    const finance = await t.login('finance');
    const res = await t.as(finance, { method: 'POST', url: `${U}/2023/rollover/preview`, payload: { from: 2022 } });
    expect(res.statusCode).toBe(200);
    const v = res.json() as TRolloverView;
    expect(v.status).toBe('preview');
    expect(v.carried.projects).toBe(12);
    expect(v.carried.indicators).toBe(85);
    expect(v.carried.bindings).toBeGreaterThan(0);
    expect(v.actualsFrom).toBe('evaluation');
    expect(v.frozen.evaluation).toBe('approved');
    expect(v.proposals).toHaveLength(85);
    expect(v.proposals[0]).toMatchObject({ projectCode: null, name: '部门预算执行率', proposed: '≥95%', rule: 'no-actual-keep' });
    const cases = v.proposals.find((p) => p.projectCode === LEGAL_AID && p.name.startsWith('法律援助案件受理数'))!;
    expect(cases).toMatchObject({ previousTarget: '≥396件', previousActual: 396, previousSource: 'evaluation', proposed: '≥436件', rule: 'growth-goal', status: 'pending' });
    expect(cases.reason.zh).toContain('396 × 1.1 = 435.6');
    expect(v.proposals.find((p) => p.projectCode === MEDIATION && p.name === '人民调解案件数')).toMatchObject({ previousActual: 2500, proposed: '≥2500件', rule: 'not-below-actual' });
    expect(v.proposals.find((p) => p.name === '项目完成时间')).toMatchObject({ previousTarget: '2022年底', proposed: '2023年底', rule: 'deadline-next-year' });
    // nothing written
    expect((await t.as(finance, { method: 'GET', url: `${U}/2023/rollover` })).json()).toEqual({ rollover: null });
    expect((await t.as(finance, { method: 'GET', url: `${U}/2023/goal-book` })).statusCode).toBe(404);
  });

  it('refuses those who may not, and years other than N+1', async () => {
    expect((await t.as(await t.login('section'), { method: 'POST', url: `${U}/2023/rollover/preview`, payload: { from: 2022 } })).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), { method: 'POST', url: `${U}/2023/rollover`, payload: { from: 2022 } })).statusCode).toBe(403);
    const wrong = await t.as(await t.login('finance'), { method: 'POST', url: `${U}/2024/rollover`, payload: { from: 2022 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('只能从 2022 年结转到 2023 年');
    expect((await t.as(await t.login('finance'), { method: 'POST', url: `${U}/2022/rollover`, payload: { from: 2021 } })).statusCode).toBe(404);
  });

  it('starts 2023: the tables copied as a draft revision, bindings carried, proposals stored pending', async () => {
    const finance = await t.login('finance');
    const res = await t.as(finance, { method: 'POST', url: `${U}/2023/rollover`, payload: { from: 2022 } });
    expect(res.statusCode).toBe(200);
    const v = res.json() as TRolloverView;
    expect(v.status).toBe('draft');
    expect(v.proposals.every((p) => p.id !== null && p.status === 'pending')).toBe(true);
    const book = await getGoalBook({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2023 });
    expect(book.projects.map((p) => p.code)).toEqual(before.book.projects.map((p) => p.code));
    expect(book.projects.flatMap((p) => p.indicators.map((i) => i.target.raw))).toEqual(before.book.projects.flatMap((p) => p.indicators.map((i) => i.target.raw)));
    const revisions = (await t.as(finance, { method: 'GET', url: `${U}/2023/revisions` })).json() as Array<{ source: string }>;
    expect(revisions.map((r) => r.source)).toEqual(['rollover']);
    const bindings2022 = (await t.as(finance, { method: 'GET', url: `${U}/2022/indicator-progress` })).json() as TProgressBoard;
    const board = (await t.as(finance, { method: 'GET', url: `${U}/2023/indicator-progress?asOf=2023-06-30` })).json() as TProgressBoard;
    expect(board.indicators.map((i) => [i.name, i.metric])).toEqual(bindings2022.indicators.map((i) => [i.name, i.metric]));
    // last year's actual beside this year's, from the approved evaluation
    const cases = board.indicators.find((i) => i.projectCode === LEGAL_AID && i.name.startsWith('法律援助案件受理数'))!;
    expect(cases.previousActual).toEqual({ year: 2022, target: '≥396件', actual: 396, assessment: null, source: 'evaluation' });
    // again is refused
    expect((await t.as(finance, { method: 'POST', url: `${U}/2023/rollover`, payload: { from: 2022 } })).statusCode).toBe(409);
  });

  it('leaves 2022 frozen: the approved evaluation recomputes to identical numbers, goals and values unchanged', async () => {
    const after = await frozen2022();
    expect(after.state).toBe('approved');
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.evaluation).toEqual(before.evaluation);
    expect(after.live).toEqual(before.live);
    expect(after.book).toEqual(before.book);
    expect(after.values).toEqual(before.values);
  });

  it('lets the 2023 document be imported over the draft as ordinary stored content', async () => {
    const doc = sampleGoalBook();
    doc.year = 2023;
    doc.projects[0]!.purpose = '2023 年法律援助经费';
    doc.departmentGoals.indicators = [{ level1: '产出指标', level2: '质量指标', name: '部门预算执行率', description: '部门预算执行率', target: parseTarget('≥95%'), basis: '年初工作安排' }];
    const result = await importGoalBook({ db: t.database.db, book: doc, actor: SYSTEM });
    expect(result.status).toBe('updated');
    expect(result.diff.changes).toHaveLength(1);
    expect(result.diff.changes[0]).toMatchObject({ projectCode: LEGAL_AID, field: 'purpose' });
  });

  it('has each proposal accepted, edited or kept by a person, through the goal book revisions', async () => {
    const finance = await t.login('finance');
    const view = async () => ((await t.as(finance, { method: 'GET', url: `${U}/2023/rollover` })).json() as { rollover: TRolloverView }).rollover;
    const v = await view();
    const cases = v.proposals.find((p) => p.projectCode === LEGAL_AID && p.name.startsWith('法律援助案件受理数'))!;
    const mediation = v.proposals.find((p) => p.projectCode === MEDIATION && p.name === '人民调解案件数')!;
    const decide = (id: number, payload: object) => t.as(finance, { method: 'POST', url: `${U}/2023/rollover/proposals/${id}`, payload });
    expect((await decide(cases.id!, { decision: 'accept' })).statusCode).toBe(200);
    expect((await decide(mediation.id!, { decision: 'edit' })).statusCode).toBe(400);
    expect((await decide(mediation.id!, { decision: 'edit', target: '≥2400件' })).statusCode).toBe(200);
    expect((await decide(cases.id!, { decision: 'keep' })).statusCode).toBe(409);
    expect((await t.as(await t.login('section'), { method: 'POST', url: `${U}/2023/rollover/proposals/${cases.id}`, payload: { decision: 'accept' } })).statusCode).toBe(403);
    const book = await getGoalBook({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2023 });
    const target = (code: string, name: string) => book.projects.find((p) => p.code === code)!.indicators.find((i) => i.name.startsWith(name))!.target;
    expect(target(LEGAL_AID, '法律援助案件受理数')).toMatchObject({ raw: '≥436件', comparator: '>=', value: 436, unit: '件' });
    expect(target(MEDIATION, '人民调解案件数')).toMatchObject({ raw: '≥2400件', value: 2400 });
    const after = await view();
    expect(after.status).toBe('draft');
    expect(after.proposals.find((p) => p.id === cases.id)).toMatchObject({ status: 'accepted', decidedTarget: '≥436件', decidedBy: 'finance' });
    expect(after.proposals.find((p) => p.id === mediation.id)).toMatchObject({ status: 'edited', decidedTarget: '≥2400件' });
    // the rest kept: the rollover is confirmed once none is pending
    for (const p of after.proposals.filter((x) => x.status === 'pending')) expect((await decide(p.id!, { decision: 'keep' })).statusCode).toBe(200);
    expect((await view()).status).toBe('confirmed');
    // still 2022 is untouched
    expect((await frozen2022()).snapshot).toEqual(before.snapshot);
  }, 120_000);

  it('reviews 2023 against the library and last year: other spellings and targets below 2022 actuals', async () => {
    await seedLibrary({ db: t.database.db, actor: SYSTEM, book: sampleGoalBook() });
    const review = (await t.as(await t.login('finance'), { method: 'GET', url: `${U}/2023/review` })).json() as TReviewResult;
    const spelling = review.findings.filter((f) => f.rule === 'library-spelling');
    expect(spelling.map((f) => f.indicator).sort()).toEqual(['设备购置合格率', '购置设备合格率'].sort());
    expect(spelling[0]!.message).toContain('购置质量合格率');
    const below = review.findings.filter((f) => f.rule === 'target-below-last-year');
    expect(below).toEqual([expect.objectContaining({ projectCode: MEDIATION, indicator: '人民调解案件数', field: 'target' })]);
    expect(below[0]!.message).toContain('低于 2022 年实际完成 2500件');
  });

  it('writes the audit entries', async () => {
    const admin = await t.login('admin');
    const count = async (action: string) => ((await t.as(admin, { method: 'GET', url: `/api/audit?action=${action}` })).json() as { total: number }).total;
    expect(await count('year.start')).toBe(1);
    expect(await count('year.proposal')).toBe(85);
    expect(await count('library.seed')).toBe(1);
  });
});
