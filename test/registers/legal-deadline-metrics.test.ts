import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/registers/framework/define.js';
import { computeMetric } from '../../src/registers/framework/compute-metric.js';
import { drillMetric } from '../../src/registers/framework/metric.repository.js';
import { metricPeriod } from '../../src/registers/framework/compute-metric.js';
import { insertRecords } from '../../src/registers/framework/record.repository.js';
import { toColumns } from '../../src/registers/framework/records.js';
import { validateRecord } from '../../src/registers/framework/validate.js';
import { requireMetric, sheetFromPath } from '../../src/registers/registry.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * The on-time rates of legal aid (法律援助法 Art.36, 43): a decision within 7 days of the application,
 * an assignment within 3 days of the decision to grant (or of a court's notice). A step counts once it
 * was taken or its deadline has passed; a step overdue and still open is late.
 */

let database: TestDatabase;
let unitId: number;

const base = { applicantName: '张三', applicantCategory: '农民工', caseType: '民事' };
// [what it shows, the case's dates]
const CASES: [string, RecordValues][] = [
  ['decided in 4 days, assigned in 2: on time', { source: '依申请', appliedOn: '2022-03-01', decision: '给予援助', decidedOn: '2022-03-05', assignedOn: '2022-03-07' }],
  ['decided in 9 days: late', { source: '依申请', appliedOn: '2022-03-01', decision: '给予援助', decidedOn: '2022-03-10', assignedOn: '2022-03-11' }],
  ['assigned 5 days after the decision: late', { source: '依申请', appliedOn: '2022-03-01', decision: '给予援助', decidedOn: '2022-03-05', assignedOn: '2022-03-10' }],
  ['notified, assigned in 2 days: on time', { source: '通知辩护/代理', appliedOn: '2022-04-01', assignedOn: '2022-04-03' }],
  ['applied 28 December, undecided: not yet due at the year end', { source: '依申请', appliedOn: '2022-12-28' }],
  ['applied in March, never decided: overdue, late', { source: '依申请', appliedOn: '2022-03-01' }],
  ['refused in 4 days: on time, nothing to assign', { source: '依申请', appliedOn: '2022-03-01', decision: '不予援助', decidedOn: '2022-03-05' }],
];

beforeAll(async () => {
  database = await createTestDatabase();
  unitId = (await ensureUnit(database.db, { code: 'D1', name: '期限测试' })).id;
  const sheet = sheetFromPath('legal-aid/cases');
  const rows = CASES.map(([what, r]) => {
    const { values, problems } = validateRecord(sheet, { ...base, ...r });
    if (problems.length > 0) throw new Error(`${what}: ${problems.map((p) => p.message).join('; ')}`);
    return { ...toColumns(sheet, values, TEST_CIPHER), unitId };
  });
  await insertRecords(database.db, sheet, rows);
});
afterAll(() => database.close());

describe('legal-aid on-time rates', () => {
  // [metric, asOf, numerator, denominator]
  const cases: [string, string, number, number][] = [
    ['legal-aid.on-time-rate', '2022-12-31', 3, 6],
    ['legal-aid.on-time-rate', '2022-03-06', 3, 3], // only the steps taken by then; none overdue yet
    ['legal-aid.on-time-rate', '2022-03-09', 2, 5], // the undecided March applications are overdue from the 9th
    ['legal-aid.assignment-on-time-rate', '2022-12-31', 3, 4],
    ['legal-aid.decision-on-time-rate', '2022-12-31', 3, 4], // decided ones only: the never-decided case is not in it
  ];
  it.each(cases)('%s as of %s: %i of %i', async (key, asOf, numerator, denominator) => {
    const metric = requireMetric(key);
    const value = await computeMetric(database.db, metric, { unitIds: [unitId], year: 2022, asOf, filter: null });
    expect(value).toMatchObject({ numerator, denominator, value: Math.round((numerator / denominator) * 10000) / 100 });
    // the drill-down marks exactly the numerator's records
    const rows = await drillMetric(database.db, metric, { unitIds: [unitId], period: metricPeriod([unitId], 2022, asOf), filter: null }, { office: null, excludeSealed: false, limit: null, offset: 0 });
    expect(rows).toHaveLength(denominator);
    expect(rows.filter((r) => r.inNumerator).length).toBe(numerator);
  });
  it('declares the standard a 及时完成 target is read against', () => {
    expect(requireMetric('legal-aid.on-time-rate').standard).toMatchObject({ comparator: '>=', value: 100, unit: '%' });
  });
});
