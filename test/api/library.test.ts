import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../src/app/library/seed-library.js';
import type { TLibraryDetail, TLibraryEntry } from '../../src/contract/api/library-api.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { approveValue } from '../helpers/evaluation.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

const BASE = '/api/units/315002/library';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedLibrary({ db: t.database.db, actor: { userId: null, name: 'test' }, book: sampleGoalBook() })).toBe(28);
});
afterAll(() => t.close());

const entries = async (user: 'finance' | 'reviewer' | 'section' = 'finance') => (await t.as(await t.login(user), { method: 'GET', url: BASE })).json() as TLibraryEntry[];
const INPUT = {
  name: '法律援助案件回访率',
  level1: '效益指标',
  level2: '社会效益指标',
  definition: '结案后回访受援人的比例',
  counted: '当年结案并已回访的案件',
  excluded: '受援人拒绝回访的案件',
  unitOfMeasure: '%',
  direction: 'higher',
  metric: null,
};

describe('indicator library', () => {
  it('is seeded from the sample: one entry per indicator name, spellings folded, counting rules from the metrics', async () => {
    const list = await entries('reviewer');
    expect(list).toHaveLength(28);
    const cases = list.find((e) => e.name === '法律援助案件受理数')!;
    expect(cases).toMatchObject({ unitOfMeasure: '件', direction: 'higher', metric: 'legal-aid.cases-accepted', metricName: expect.any(String), uses: 2 });
    expect(cases.counted).toContain('法律援助案件');
    expect(cases.excluded).toContain('不计');
    expect(list.find((e) => e.name === '服务对象满意度')!.uses).toBe(12);
    // seeding again adds nothing
    expect(await seedLibrary({ db: t.database.db, actor: { userId: null, name: 'test' }, book: sampleGoalBook() })).toBe(0);
  });

  it("gives an entry's history: each unit's target and actual by year", async () => {
    const list = await entries();
    const id = list.find((e) => e.name === '法律援助案件受理数')!.id;
    const board = (await t.as(await t.login('finance'), { method: 'GET', url: '/api/units/315002/years/2022/indicator-progress' })).json() as {
      indicators: Array<{ indicatorId: number; projectCode: string; name: string }>;
    };
    const one = board.indicators.find((i) => i.projectCode === '13022522P000R24100085' && i.name.startsWith('法律援助案件受理数'))!;
    await approveValue(t.database.db, one.indicatorId, { value: 401 });
    const detail = (await t.as(await t.login('finance'), { method: 'GET', url: `${BASE}/${id}` })).json() as TLibraryDetail;
    expect(detail.history.map((h) => [h.year, h.projectCode, h.target, h.actual, h.actualSource])).toEqual([
      [2022, '13022522P000R24100085', '≥396件', 401, 'live'],
      [2022, '13022522P005M4310013M', '≥396件', null, 'live'],
    ]);
  });

  it('lets finance add and change entries, refusing a name it already has; others only read', async () => {
    const finance = await t.login('finance');
    const created = await t.as(finance, { method: 'POST', url: BASE, payload: INPUT });
    expect(created.statusCode).toBe(200);
    const id = (created.json() as TLibraryEntry).id;
    const again = await t.as(finance, { method: 'POST', url: BASE, payload: { ...INPUT, name: '法律援助案件回访率（%）' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已有“法律援助案件回访率”');
    const changed = await t.as(finance, { method: 'PUT', url: `${BASE}/${id}`, payload: { ...INPUT, excluded: '受援人拒绝回访或无法联系的案件' } });
    expect(changed.statusCode).toBe(200);
    expect((changed.json() as TLibraryEntry).excluded).toBe('受援人拒绝回访或无法联系的案件');
    const badMetric = await t.as(finance, { method: 'PUT', url: `${BASE}/${id}`, payload: { ...INPUT, metric: 'no.such-metric' } });
    expect(badMetric.statusCode).toBe(400);
    expect((await t.as(await t.login('section'), { method: 'POST', url: BASE, payload: { ...INPUT, name: '别的' } })).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), { method: 'PUT', url: `${BASE}/${id}`, payload: INPUT })).statusCode).toBe(403);
    expect((await entries('section')).some((e) => e.id === id)).toBe(true);
  });
});
