import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getEvaluation } from '../../src/app/evaluation/get-evaluation.js';
import { importedActuals, storeImportedEvaluation } from '../../src/app/evaluation/imported-evaluation.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import type { TImportedEvaluation, TImportedEvaluationView } from '../../src/contract/imported-evaluation.js';
import { DomainError } from '../../src/core/errors.js';
import { exportEvaluation } from '../../src/documents/export-evaluation.js';
import { readImportDocument } from '../../src/documents/read-import-document.js';
import { foreignFixture } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { approveAllActuals } from '../helpers/evaluation.js';

/** Self-evaluation tables (自评表) imported as a unit-year's history (jixiao import FILE). */

const ACTOR = { userId: null, name: 'cli:test' };
let t: TestApp;

const evaluationOf = async (name: string): Promise<TImportedEvaluation> => {
  const read = await readImportDocument(foreignFixture(name), { fileName: name });
  if (read.kind !== 'evaluation') throw new Error(`${name} was read as a goal book`);
  return read.evaluation;
};
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('storing an imported self-evaluation', () => {
  it('variant text (another province, 分值 before 年度指标值): stored for 315002/2022, shown read-only by the API, audited; again → unchanged', async () => {
    const evaluation = await evaluationOf('evaluation-province.txt');
    expect(await storeImportedEvaluation({ db: t.database.db, evaluation, sourceName: 'evaluation-province.txt', actor: ACTOR })).toEqual({ status: 'created', unit: { code: '315002', name: '乐亭县司法局' } });
    expect(await storeImportedEvaluation({ db: t.database.db, evaluation, sourceName: 'evaluation-province.txt', actor: ACTOR })).toMatchObject({ status: 'unchanged' });
    expect(await rows(sql`select action, entity, entity_id as "entityId" from audit_log where action = 'evaluation.import'`)).toEqual([{ action: 'evaluation.import', entity: 'imported_evaluation', entityId: '315002/2022' }]);

    const reply = await t.as(await t.login('leader'), { method: 'GET', url: '/api/units/315002/years/2022/evaluation/imported' });
    expect(reply.statusCode).toBe(200);
    const view = reply.json() as TImportedEvaluationView;
    expect(view.imported!.sourceName).toBe('evaluation-province.txt');
    expect(view.imported!.evaluation.projects.map((p) => [p.code, p.budget, p.executionScore, p.total])).toEqual([
      ['13022522P000R24100085', { initial: 50_000, total: 52_000, spent: 49_400 }, 9.5, 97.2],
      ['13022522P000R24100104', { initial: 30_000, total: 30_000, spent: 24_000 }, 8, 92.5],
    ]);
    const none = await t.as(await t.login('leader'), { method: 'GET', url: '/api/units/315002/years/2021/evaluation/imported' });
    expect(none.json()).toEqual({ imported: null });
  });

  it("gives last year's actuals by indicator name and by project", async () => {
    const unit = (await rows(sql`select id from unit where code = '315002'`))[0]!.id as number;
    const actuals = await importedActuals({ db: t.database.db, unitId: unit, year: 2022 });
    expect(actuals.byName.get('法律援助案件受理数')).toEqual({ raw: '412件', value: 412 });
    expect(actuals.byName.get('及时性')).toEqual({ raw: '及时完成' });
    expect(actuals.byProject.get('13022522P000R24100104')!.get('行政复议案件办理数')).toEqual({ raw: '18件', value: 18 });
    expect((await importedActuals({ db: t.database.db, unitId: unit, year: 2021 })).byName.size).toBe(0);
  });

  it('variant .xlsx (standard layout, unit named without a code): found by its name; a name no unit has is refused and stores nothing', async () => {
    const evaluation = await evaluationOf('evaluation-standard.xlsx');
    expect(evaluation.unit).toEqual({ code: '', name: '乐亭县司法局' });
    const stored = await storeImportedEvaluation({ db: t.database.db, evaluation: { ...evaluation, year: 2021 }, sourceName: 'evaluation-standard.xlsx', actor: ACTOR });
    expect(stored).toEqual({ status: 'created', unit: { code: '315002', name: '乐亭县司法局' } });

    const before = await rows(sql`select count(*)::int as n from imported_evaluation`);
    const error = await storeImportedEvaluation({ db: t.database.db, evaluation: { ...evaluation, unit: { code: '', name: '某县不存在局' } }, sourceName: 'x.xlsx', actor: ACTOR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/系统中没有这个名称的单位.*写明单位编码/);
    expect(await rows(sql`select count(*)::int as n from imported_evaluation`)).toEqual(before);
  });
});

describe("jixiao's own 自评表 read back as an imported evaluation", () => {
  it.each(['xlsx', 'docx'] as const)('%s: the same budgets, scores and actuals as the evaluation exported', async (format) => {
    await approveAllActuals(t.database.db, {});
    const e = await getEvaluation({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022 });
    const read = await readImportDocument(await exportEvaluation(e, format, []));
    expect(read.kind).toBe('evaluation');
    if (read.kind !== 'evaluation') return;
    expect(read.evaluation.year).toBe(2022);
    expect(read.evaluation.projects).toHaveLength(e.projects.length);
    for (const [n, p] of e.projects.entries()) {
      const back = read.evaluation.projects[n]!;
      expect(back.code, p.name).toBe(p.code);
      expect(back.name).toBe(p.name);
      expect(back.budget).toEqual({ initial: p.initialBudget, total: p.budget, spent: p.spent });
      expect(back.executionScore).toBe(p.executionScore);
      expect(back.total).toBe(p.total);
      expect(back.indicators.map((i) => [i.name, i.target.raw, i.weight, i.score])).toEqual(p.indicators.map((i) => [i.name, i.target.raw, i.weight, i.score]));
    }
  });
});

describe("an imported 自评表 as last year's actuals", () => {
  it("answers the next year's 上年实际 when jixiao did not keep that year: the 2021 table behind 2022's board", async () => {
    // the province's 2022 table, as if it were 2021's (a year this database has no goal book for)
    const evaluation = { ...(await evaluationOf('evaluation-province.txt')), year: 2021 };
    // (an earlier test stored another 2021 table: this one replaces it)
    expect(['created', 'updated']).toContain((await storeImportedEvaluation({ db: t.database.db, evaluation, sourceName: '2021自评表.txt', actor: ACTOR })).status);
    const board = (await t.as(await t.login('finance'), { method: 'GET', url: '/api/units/315002/years/2022/indicator-progress?asOf=2022-12-31' })).json() as {
      indicators: Array<{ projectCode: string | null; name: string; previousActual: { year: number; source: string; actual: number | null; assessment: string | null } | null }>;
    };
    const accepted = board.indicators.find((i) => i.projectCode === '13022522P000R24100085' && i.name.startsWith('法律援助案件受理数'))!;
    expect(accepted.previousActual).toMatchObject({ year: 2021, source: 'imported', actual: 412 });
    const timely = board.indicators.find((i) => i.projectCode === '13022522P000R24100085' && i.name === '及时性')!;
    expect(timely.previousActual).toMatchObject({ source: 'imported', actual: null, assessment: '及时完成' });
  });
});
