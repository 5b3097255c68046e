import { singleUnitScope } from '../../src/core/access/scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/registers/framework/define.js';
import { computeMetric, metricPeriod } from '../../src/registers/framework/compute-metric.js';
import { countUnlisted, drillMetric } from '../../src/registers/framework/metric.repository.js';
import { CLI_VIEWER } from '../../src/registers/framework/access.js';
import { voidRegisterRecord } from '../../src/registers/framework/void-record.js';
import { insertRecords } from '../../src/registers/framework/record.repository.js';
import { toColumns } from '../../src/registers/framework/records.js';
import { validateRecord } from '../../src/registers/framework/validate.js';
import { METRICS, requireMetric, sheetFromPath } from '../../src/registers/registry.js';
import { ensureUnit, type UnitRow } from '../../src/repositories/goal-book.repository.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { TEST_CIPHER } from '../helpers/app.js';

/**
 * Every metric on hand-built records at the date edges: a record dated 31 December counts in its
 * year, one dated 1 January of the next does not; the as-of day itself is counted. And every
 * drill-down lists exactly the records behind the figure.
 */

let database: TestDatabase;
let unitId = 0;
const unitRows = new Map<number, UnitRow>();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function freshUnit(): Promise<number> {
  unitId++;
  const row = await ensureUnit(database.db, { code: `M${unitId}`, name: `测试单位${unitId}` });
  unitRows.set(row.id, row);
  return row.id;
}

async function add(unit: number, path: string, records: RecordValues[]): Promise<number[]> {
  const sheet = sheetFromPath(path);
  const rows = records.map((r) => {
    const { values, problems } = validateRecord(sheet, r);
    if (problems.length > 0) throw new Error(`${path}: ${problems.map((p) => p.message).join('; ')}`);
    return { ...toColumns(sheet, values, TEST_CIPHER), unitId: unit };
  });
  return insertRecords(database.db, sheet, rows);
}

/** 作废 through the use-case, as the API does */
async function voidOne(unit: number, path: string, id: number): Promise<void> {
  const sheet = sheetFromPath(path);
  await voidRegisterRecord({ db: database.db, cipher: TEST_CIPHER, scope: singleUnitScope(unitRows.get(unit)!), sheet, viewer: CLI_VIEWER, actor: { userId: null, name: 'test' }, id, reason: '重复录入', asOf: '2022-12-31' });
}

/** A record of each sheet whose every date is `d`, in the state each metric of the sheet counts. */
const RECORD_ON: Record<string, (d: string) => RecordValues> = {
  'legal-aid/cases': (d) => ({ source: '依申请', applicantName: '张三', applicantIdNumber: '11010519491231002X', applicantCategory: '农民工', caseType: '民事', appliedOn: d, decision: '给予援助', decidedOn: d, assignedOn: d, closedOn: d, followUpOn: d, satisfaction: '满意' }),
  'legal-aid/consultations': (d) => ({ consultedOn: d, channel: '12348热线', topic: '劳动争议' }),
  'legal-aid/duty-shifts': (d) => ({ shiftOn: d, place: '看守所', onDuty: '赵律师' }),
  'mediation/disputes': (d) => ({ office: '胡家坨司法所', disputeType: '邻里', receivedOn: d, concludedOn: d, outcome: '调解成功', agreementForm: '书面协议', confirmationAppliedOn: d, confirmedOn: d }),
  'mediation/mediators': (d) => ({ name: '李调解', committee: '胡家坨人民调解委员会', appointedOn: d, lastTrainedOn: d }),
  'legal-service/approvals': (d) => ({ applicantName: '王五', firm: '胡家坨法律服务所', applicationType: '首次执业', appliedOn: d, result: '核准', decidedOn: d }),
  'correction/people': (d) => ({ office: '胡家坨司法所', name: '赵六', correctionType: '缓刑', startOn: d, endOn: d, reoffendedOn: d }),
  'resettlement/people': (d) => ({ office: '胡家坨司法所', name: '钱七', releasedOn: d, resettledOn: d, assistance: '就业安置' }),
  'publicity/events': (d) => ({ theme: '宪法宣传周', audience: '进乡村', heldOn: d, place: '广场', attendance: 120 }),
  'publicity/materials': (d) => ({ title: '民法典手册', materialType: '宣传册', copies: 2, printedOn: d }),
  'rule-of-law/reconsiderations': (d) => ({ respondent: '县公安局', matter: '行政处罚', receivedOn: d, admission: '受理', concludedOn: d, outcome: '维持' }),
  'rule-of-law/legal-affairs': (d) => ({ subject: '合同审查', affairType: '合同审查', assignedOn: d, completedOn: d }),
  'rule-of-law/documents': (d) => ({ title: '通知', documentType: '工作文件', printedOn: d }),
  'procurement/purchases': (d) => ({ item: '台式计算机', category: '办公设备', quantity: 2, purchasedOn: d, acceptance: '合格', acceptedOn: d, inUse: true }),
  'procurement/plans': (d) => ({ item: '台式计算机', category: '办公设备', quantity: 2, plannedOn: d, executedOn: d }),
  'survey/responses': (d) => ({ projectCode: 'P1', service: '法律援助', surveyedOn: d, satisfied: true }),
  'correction/alarms': (d) => ({ office: '胡家坨司法所', personId: 1, kind: '越界', raisedOn: d, handledOn: d, verified: true, outcome: '已责令返回', handler: '王所长' }),
  'correction/daily-reports': (d) => ({ office: '胡家坨司法所', reportDate: d, status: '按时上报', roster: 3, lost: 0, outOfBounds: 0, violations: 0, newOffences: 0, incidents: 0 }),
};

const EDGES = ['2021-12-31', '2022-01-01', '2022-06-30', '2022-07-01', '2022-12-31', '2023-01-01'];
// study hours are judged per officer against their required hours: tested on their own below; the
// 帮教率 counts everyone whose 帮教期 (years after release) touches the year: test/api/correction-work.test.ts
// 脱管 counts people with an alarm handled as 脱管 (two linked records): test/api/correction-supervision.test.ts
const GENERIC = METRICS.filter((m) => m.key !== 'correction.study-hours-compliance-rate' && m.key !== 'resettlement.assistance-rate' && m.key !== 'correction.lost-contact');

describe('metrics at the date edges', () => {
  it('has a hand-built record for every sheet a metric reads', () => {
    for (const m of GENERIC) expect(RECORD_ON[`${m.sheet.kind}/${m.sheet.id}`], m.key).toBeDefined();
  });

  for (const metric of GENERIC) {
    it.each([
      ['2022-12-31', 4],
      ['2023-03-01', 4],
      ['2022-06-30', 2],
      ['2022-06-29', 1],
      ['2022-01-01', 1],
      ['2021-12-31', 0],
    ])(`${metric.key} as of %s counts %i of the records dated ${EDGES.join(', ')}`, async (asOf, expected) => {
      const unit = await freshUnit();
      const path = `${metric.sheet.kind}/${metric.sheet.id}`;
      await add(unit, path, EDGES.map((d) => RECORD_ON[path]!(d)));
      const filter = metric.filters?.project ? { project: 'P1' } : null;
      const value = await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf, filter });
      expect(value.recordCount).toBe(expected);
      if (metric.kind === 'count') expect(value.value).toBe(expected);
      if (metric.kind === 'sum') expect(value.value).toBe(expected * Number(RECORD_ON[path]!('2022-01-01')[metric.sumKey!]));
      if (metric.kind === 'rate') {
        expect(value).toMatchObject({ numerator: expected, denominator: expected, value: expected === 0 ? null : 100 });
      }
      const rows = await drillMetric(database.db, metric, { unitIds: [unit], period: metricPeriod([unit], 2022, asOf), filter });
      expect(rows).toHaveLength(expected);
      if (metric.kind === 'rate') expect(rows.filter((r) => r.inNumerator).length).toBe(value.numerator);
      // another unit's records never count
      const other = await freshUnit();
      expect((await computeMetric(database.db, metric, { unitIds: [other], year: 2022, asOf, filter })).recordCount).toBe(0);
    });
  }
});

describe('metric rules', () => {
  it('counts people whose correction term overlaps the year, ended early or not', async () => {
    const unit = await freshUnit();
    const person = (startOn: string, endOn: string, terminatedOn?: string) => ({ office: '胡家坨司法所', name: '孙八', correctionType: '缓刑', startOn, endOn, ...(terminatedOn ? { terminatedOn, terminationReason: '撤销缓刑' } : {}) });
    await add(unit, 'correction/people', [
      person('2020-01-01', '2022-01-01'), // in: under correction on 1 January
      person('2020-01-01', '2021-12-31'), // out: ended the day before
      person('2022-12-31', '2024-12-30'), // in: began on the last day
      person('2023-01-01', '2024-12-31'), // out
      person('2021-06-01', '2023-06-01', '2021-12-31'), // out: revoked before the year
      person('2021-06-01', '2023-06-01', '2022-03-01'), // in: revoked during the year
    ]);
    const metric = requireMetric('correction.people-under-correction');
    expect((await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).value).toBe(3);
    expect((await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-30', filter: null })).value).toBe(2);
  });

  it('rates re-offending among the year’s people, lower being better', async () => {
    const unit = await freshUnit();
    const base = { office: '胡家坨司法所', name: '周九', correctionType: '假释', startOn: '2021-01-01', endOn: '2023-12-31' };
    await add(unit, 'correction/people', [...Array.from({ length: 98 }, () => base), { ...base, reoffendedOn: '2022-05-01' }, { ...base, reoffendedOn: '2021-05-01' }]);
    const v = await computeMetric(database.db, requireMetric('correction.reoffending-rate'), { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null });
    expect(v).toMatchObject({ numerator: 1, denominator: 100, value: 1 });
    expect(requireMetric('correction.reoffending-rate').lowerIsBetter).toBe(true);
  });

  it('judges study hours against the required hours, prorated by full months', async () => {
    const unit = await freshUnit();
    await add(unit, 'correction/staff', [
      { name: '甲', requiredHours: 40, since: '2015-01-01' },
      { name: '乙', requiredHours: 40, since: '2015-01-01' },
      { name: '丙', requiredHours: 40, since: '2015-01-01', until: '2021-12-31' },
      { name: '丁', requiredHours: 40, since: '2023-01-01' },
    ]);
    await add(unit, 'correction/study', [
      { staffName: '甲', studiedOn: '2022-03-01', course: '培训', hours: 20 },
      { staffName: '甲', studiedOn: '2022-12-31', course: '培训', hours: 20 },
      { staffName: '乙', studiedOn: '2021-12-31', course: '培训', hours: 20 }, // last year's hours do not count
      { staffName: '乙', studiedOn: '2022-06-30', course: '培训', hours: 20 },
      { staffName: '乙', studiedOn: '2023-01-01', course: '培训', hours: 20 },
    ]);
    const metric = requireMetric('correction.study-hours-compliance-rate');
    // year end: 甲 40 of 40, 乙 20 of 40; 丙 left before the year, 丁 came after it
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    // end of June: 20 of 40 × 6/12 is due; 甲 has 20, 乙 has 20
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-06-30', filter: null })).toMatchObject({ numerator: 2, denominator: 2 });
    // the day before, 乙's hours of 30 June are not yet in, and only 5 full months (16.7 hours) are due
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-06-29', filter: null })).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('prorates the required hours of an officer who came mid-year from the month they came', async () => {
    const unit = await freshUnit();
    await add(unit, 'correction/staff', [
      { name: '戊', requiredHours: 48, since: '2022-07-15' },
      { name: '己', requiredHours: 48, since: '2021-03-01' },
    ]);
    await add(unit, 'correction/study', [
      { staffName: '戊', studiedOn: '2022-08-01', course: '培训', hours: 24 },
      { staffName: '己', studiedOn: '2022-08-01', course: '培训', hours: 24 },
    ]);
    const metric = requireMetric('correction.study-hours-compliance-rate');
    // year end: 戊 owes July–December, 48 × 6/12 = 24 hours, and has them; 己 owes the whole year, 48
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ numerator: 1, denominator: 2 });
    const drilled = await drillMetric(database.db, metric, { unitIds: [unit], period: metricPeriod([unit], 2022, '2022-12-31'), filter: null });
    expect(drilled.filter((r) => r.inNumerator).map((r) => r.name)).toEqual(['戊']);
    // end of August: 戊 owes two months (8 hours), 己 eight (32)
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-08-31', filter: null })).toMatchObject({ numerator: 1, denominator: 2 });
    // end of July: 戊 owes one month (4 hours) and has none yet; 己 owes 28 and has none
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-07-31', filter: null })).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('does not count a refused legal-aid application, unless refused after the as-of date', async () => {
    const unit = await freshUnit();
    const c = RECORD_ON['legal-aid/cases']!;
    await add(unit, 'legal-aid/cases', [
      c('2022-03-01'),
      { ...c('2022-03-01'), decision: '不予援助', decidedOn: '2022-03-05', assignedOn: null, closedOn: null, followUpOn: null, satisfaction: null },
    ]);
    const metric = requireMetric('legal-aid.cases-accepted');
    expect((await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).value).toBe(1);
    expect((await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-03-04', filter: null })).value).toBe(2);
  });

  it('closes a case only once its closing date has passed', async () => {
    const unit = await freshUnit();
    await add(unit, 'legal-aid/cases', [{ ...RECORD_ON['legal-aid/cases']!('2022-03-01'), closedOn: '2022-08-01', followUpOn: null, satisfaction: null }]);
    const metric = requireMetric('legal-aid.closure-rate');
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-07-31', filter: null })).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-08-01', filter: null })).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });

  it('narrows satisfaction to a project and has no rate without answers', async () => {
    const unit = await freshUnit();
    const r = RECORD_ON['survey/responses']!;
    await add(unit, 'survey/responses', [r('2022-05-01'), { ...r('2022-05-01'), satisfied: false }, { ...r('2022-05-01'), projectCode: 'P2', satisfied: false }]);
    const metric = requireMetric('survey.satisfaction-rate');
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: { project: 'P1' } })).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 });
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: { project: 'P9' } })).toMatchObject({ denominator: 0, value: null });
  });
});

describe('voided records (作废)', () => {
  const period = (unit: number) => ({ unitIds: [unit], period: metricPeriod([unit], 2022, '2022-12-31'), filter: null });

  it('drop out of a count and its drill-down', async () => {
    const unit = await freshUnit();
    const c = RECORD_ON['legal-aid/cases']!;
    const ids = await add(unit, 'legal-aid/cases', [c('2022-03-01'), c('2022-04-01'), c('2022-05-01')]);
    const metric = requireMetric('legal-aid.cases-accepted');
    expect((await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).value).toBe(3);
    await voidOne(unit, 'legal-aid/cases', ids[1]!);
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ value: 2, recordCount: 2 });
    expect((await drillMetric(database.db, metric, period(unit))).map((r) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it('drop out of a rate’s numerator and denominator, and of the unlisted counts', async () => {
    const unit = await freshUnit();
    const c = RECORD_ON['legal-aid/cases']!;
    const open = { ...c('2022-03-01'), office: '胡家坨司法所', closedOn: null, followUpOn: null, satisfaction: null };
    const ids = await add(unit, 'legal-aid/cases', [c('2022-03-01'), { ...c('2022-03-02'), office: '胡家坨司法所' }, open, open]);
    const metric = requireMetric('legal-aid.closure-rate');
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    await voidOne(unit, 'legal-aid/cases', ids[1]!); // closed: numerator and denominator
    await voidOne(unit, 'legal-aid/cases', ids[3]!); // open: denominator only
    expect(await computeMetric(database.db, metric, { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null })).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    const rows = await drillMetric(database.db, metric, period(unit));
    expect(rows.map((r) => [r.id, r.inNumerator])).toEqual([
      [ids[0], true],
      [ids[2], false],
    ]);
    // a 司法所 reader of another office is told of one record it does not see, not of the voided ones
    expect(await countUnlisted(database.db, metric, period(unit), { office: '其他司法所', excludeSealed: false })).toMatchObject({ hidden: 2 });
    expect(await countUnlisted(database.db, metric, period(unit), { office: '胡家坨司法所', excludeSealed: false })).toMatchObject({ hidden: 1 });
  });

  it('do not count in study hours, nor as staff', async () => {
    const unit = await freshUnit();
    const [staff] = await add(unit, 'correction/staff', [
      { name: '甲', requiredHours: 40, since: '2015-01-01' },
      { name: '乙', requiredHours: 40, since: '2015-01-01' },
    ]);
    const study = await add(unit, 'correction/study', [
      { staffName: '甲', studiedOn: '2022-03-01', course: '培训', hours: 20 },
      { staffName: '甲', studiedOn: '2022-04-01', course: '培训', hours: 20 },
      { staffName: '乙', studiedOn: '2022-04-01', course: '培训', hours: 40 },
    ]);
    const metric = requireMetric('correction.study-hours-compliance-rate');
    const at = { unitIds: [unit], year: 2022, asOf: '2022-12-31', filter: null };
    expect(await computeMetric(database.db, metric, at)).toMatchObject({ numerator: 2, denominator: 2 });
    await voidOne(unit, 'correction/study', study[1]!); // 甲 now has 20 of 40
    expect(await computeMetric(database.db, metric, at)).toMatchObject({ numerator: 1, denominator: 2 });
    expect((await drillMetric(database.db, metric, period(unit))).filter((r) => r.inNumerator).map((r) => r.name)).toEqual(['乙']);
    await voidOne(unit, 'correction/staff', staff!);
    expect(await computeMetric(database.db, metric, at)).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });
});
