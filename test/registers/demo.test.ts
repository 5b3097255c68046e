import { cliScope } from '../../src/app/units/resolve-scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { loadRegisterDemo } from '../../src/app/demo/load-register-demo.js';
import { loadDemoValues } from '../../src/app/demo/load-demo-values.js';
import { listValuesOfUnit } from '../../src/app/indicators/indicator-values.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';
import { drillIndicator, everyRecordBehind } from '../../src/app/indicators/drill-indicator.js';
import { generateDemoRecords } from '../../src/registers/demo/generate-demo-records.js';
import { CLI_VIEWER } from '../../src/registers/framework/access.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

let database: TestDatabase;
const actor = { userId: null, name: 'test' };
const projects = sampleGoalBook().projects.map((p) => ({ code: p.code, name: p.name }));

beforeAll(async () => {
  database = await createTestDatabase();
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
});
afterAll(() => database.close());

describe('the demo year', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(generateDemoRecords(2022, projects))).toBe(JSON.stringify(generateDemoRecords(2022, projects)));
    expect(generateDemoRecords(2022, projects)['legal-aid/cases']![0]).not.toEqual(generateDemoRecords(2023, projects)['legal-aid/cases']![0]);
  });

  it('loads a believable year, binds the indicators and makes at least 30 of them live', async () => {
    const result = await loadRegisterDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, actor });
    expect(result.status).toBe('loaded');
    expect(result.counts['legal-aid/cases']).toBeGreaterThanOrEqual(400);
    expect(result.counts['mediation/disputes']).toBeGreaterThanOrEqual(2300);
    expect(result.counts['publicity/events']).toBeGreaterThanOrEqual(50);
    const unit = await cliScope(database.db, '315002');
    const board = await getIndicatorProgress({ db: database.db, scope: unit, year: 2022, asOf: '2022-12-31' });
    const live = board.indicators.filter((i) => i.source === 'metric' && i.actual !== null);
    expect(live.length).toBeGreaterThanOrEqual(30);
    expect(board.indicators.find((i) => i.name === '社区矫正人数(人）')!.actual).toBeGreaterThanOrEqual(155);
    // some indicators are deliberately behind target
    expect(live.filter((i) => i.met === false).length).toBeGreaterThanOrEqual(5);
    // and the year over, each of them is red whatever its pace (88.46% of ≥95% is not green at 12-31)
    for (const i of live.filter((x) => x.met === false)) expect(i.light, i.name).toBe('red');
    const midYear = await getIndicatorProgress({ db: database.db, scope: unit, year: 2022, asOf: '2022-06-30' });
    expect(midYear.indicators.some((i) => i.light === 'yellow')).toBe(true);

    let sealed = 0;
    for (const i of live) {
      const drill = await drillIndicator({ db: database.db, cipher: TEST_CIPHER, scope: unit, year: 2022, indicatorId: i.indicatorId, asOf: '2022-12-31', viewer: CLI_VIEWER, actor, paging: { page: 1, pageSize: null } });
      // the CLI sees no sealed record: they are counts, and the CLI lists them as anonymous placeholders
      expect(drill.records.some((r) => r.sealed), i.name).toBe(false);
      expect(drill.records, i.name).toHaveLength(drill.total);
      sealed += drill.sealed.records;
      const every = everyRecordBehind(drill);
      if (drill.kind === 'rate') {
        expect(every, i.name).toHaveLength(i.denominator!);
        expect(drill.records.filter((r) => r.inNumerator).length + drill.sealed.inNumerator!, i.name).toBe(i.numerator!);
      } else if (drill.kind === 'count') expect(every, i.name).toHaveLength(i.actual!);
      else expect(drill.records.reduce((s, r) => s + Number(r.values[drill.sumField!]), 0), i.name).toBe(i.actual);
    }
    // the demo's minors under correction are behind 社区矫正人数
    expect(sealed).toBeGreaterThan(0);
  });

  it('is not loaded twice', async () => {
    expect((await loadRegisterDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, actor })).status).toBe('present');
  });

  it('ends the year with an actual or an approved assessment for every one of the 84 indicators', async () => {
    const unit = await cliScope(database.db, '315002');
    const before = await getIndicatorProgress({ db: database.db, scope: unit, year: 2022, asOf: '2022-12-31' });
    expect(before.department.sources.missing).toBeGreaterThan(0);
    const { entered } = await loadDemoValues({ db: database.db, year: 2022 });
    const board = await getIndicatorProgress({ db: database.db, scope: unit, year: 2022, asOf: '2022-12-31' });
    expect(board.indicators).toHaveLength(84);
    expect(board.indicators.filter((i) => i.source === 'missing').map((i) => `${i.projectCode} ${i.name}`)).toEqual([]);
    expect(board.department.sources.missing).toBe(0);
    // every qualitative target is judged: by an approved assessment, or read against a metric's standard
    for (const i of board.indicators.filter((x) => x.direction === 'qualitative')) expect(i.source, i.name).toBe('assessment');
    for (const i of board.indicators) expect(i.light, `${i.projectCode} ${i.name}`).not.toBeNull();
    expect(board.department.sources.ledger).toBe(12);
    // entered by one person, approved by another, each with its reason
    const values = await listValuesOfUnit({ db: database.db, scope: unit, year: 2022, actor });
    expect(values).toHaveLength(entered);
    for (const v of values) {
      expect(v).toMatchObject({ status: 'approved', enteredByName: 'caiwu', decidedByName: 'lingdao' });
      expect(v.reason, v.indicator.name).toBeTruthy();
    }
    // deterministic and idempotent: nothing is left to enter
    expect((await loadDemoValues({ db: database.db, year: 2022 })).entered).toBe(0);
  });
});
