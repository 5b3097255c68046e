import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegisterDemo } from '../../src/app/demo/load-register-demo.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { getDailyStatus } from '../../src/registers/correction/supervision/daily-status.js';
import { listCorrectionAlarms } from '../../src/registers/correction/supervision/list-alarms.js';
import { listCorrectionApprovals } from '../../src/registers/correction/supervision/list-approvals.js';
import { loadSupervisionDemo } from '../../src/registers/correction/supervision/load-supervision-demo.js';
import { computeMetric } from '../../src/registers/framework/compute-metric.js';
import { requireMetric } from '../../src/registers/registry.js';
import { getCorrectionWorkspace } from '../../src/registers/correction/supervision/get-workspace.js';
import { LIFECYCLE_STEPS, stepProblem, type TLifecycleStep } from '../../src/core/correction/lifecycle.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/** The demo year's supervision history: realistic shares, the rules' levels, and loaded once. */
let database: TestDatabase;
const actor = { userId: null, name: 'demo' };

beforeAll(async () => {
  database = await createTestDatabase();
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
  await loadRegisterDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, actor });
}, 120_000);
afterAll(() => database.close());

describe('the demo supervision history', { timeout: 120_000 }, () => {
  it('writes a year of handled alarms, daily reports with a few missing, sensitive periods and requests — once', async () => {
    const scope = await cliScope(database.db, '315002');
    const loaded = await loadSupervisionDemo({ db: database.db, unitId: scope.rootUnit.id, year: 2022, actor });
    expect(loaded!.alarms).toBeGreaterThan(1000);
    expect(loaded!.reports).toBe(13 * 365);
    expect(await loadSupervisionDemo({ db: database.db, unitId: scope.rootUnit.id, year: 2022, actor })).toBeNull();

    const onTime = await computeMetric(database.db, requireMetric('correction.alarms-handled-on-time-rate'), { unitIds: scope.unitIds, year: 2022, asOf: '2022-12-31', filter: null });
    expect(onTime.value).toBeGreaterThan(90);
    expect(onTime.value).toBeLessThan(100);
    const filing = await computeMetric(database.db, requireMetric('correction.zero-report-filing-rate'), { unitIds: scope.unitIds, year: 2022, asOf: '2022-12-31', filter: null });
    expect(filing.value).toBeGreaterThan(94);
    expect(filing.value).toBeLessThan(99.5);

    const national = await getDailyStatus({ db: database.db, scope, date: '2022-10-01', now: '2022-10-02T02:00:00.000Z' });
    expect(national.sensitivePeriods.map((p) => p.name)).toEqual(['国庆']);
    expect(national.offices).toHaveLength(13);
    expect((await listCorrectionAlarms({ db: database.db, cipher: TEST_CIPHER, scope, subject: null, now: '2023-01-01T00:00:00.000Z', open: true })).open).toBe(0);
    // as of an instant in the year, the alarms raised and not yet handled then are open, the late ones escalated
    const [sample] = await database.db.execute(sql`select raised_at + (handled_at - raised_at) / 2 as mid from reg_correction_alarm where handled_at > due_at order by id limit 1`).then((r) => (r as unknown as { rows: Array<{ mid: string }> }).rows);
    const then = await listCorrectionAlarms({ db: database.db, cipher: TEST_CIPHER, scope, subject: null, now: new Date(sample!.mid).toISOString(), open: true });
    expect(then.open).toBeGreaterThanOrEqual(1);
    expect(then.items.every((a) => a.handledAt === null && a.outcome === null)).toBe(true);

    const approvals = await listCorrectionApprovals({ db: database.db, cipher: TEST_CIPHER, scope, subject: null, now: '2022-12-31T08:00:00.000Z', limit: 10_000 });
    const leave = approvals.filter((a) => a.kind === '外出');
    expect(leave.length).toBeGreaterThan(20);
    expect(new Set(leave.map((a) => a.level))).toEqual(new Set(['司法所', '县级社区矫正机构']));
    expect(leave.some((a) => a.clock === '逾期返回')).toBe(true);
    expect(approvals.filter((a) => a.kind === '分类调整').every((a) => a.level === '县级社区矫正机构')).toBe(true);

    // every person's steps are in order by the rules a user's entry is checked against; the month's duties mostly met
    expect(loaded!.steps).toBeGreaterThan(100);
    const steps = (await database.db.execute(sql`select person_id, step, done_on::text as done_on from correction_person_step`)) as unknown as { rows: Array<{ person_id: number; step: TLifecycleStep; done_on: string }> };
    const byPerson = new Map<number, Partial<Record<TLifecycleStep, string>>>();
    for (const r of steps.rows) byPerson.set(r.person_id, { ...(byPerson.get(r.person_id) ?? {}), [r.step]: r.done_on });
    for (const dates of byPerson.values()) {
      for (const step of LIFECYCLE_STEPS.filter((k) => dates[k] !== undefined)) {
        const others = { ...dates };
        delete others[step];
        expect(stepProblem({ steps: others, step, on: dates[step]!, today: '2023-01-01' })).toBeNull();
      }
    }
    const ws = await getCorrectionWorkspace({ db: database.db, cipher: TEST_CIPHER, scope, subject: null, now: '2022-11-30T15:00:00.000Z' });
    expect(ws.duties.people.length).toBeGreaterThan(10);
    const done = ws.duties.people.filter((p) => p.duties.met === true).length / ws.duties.people.length;
    expect(done).toBeGreaterThan(0.5);
    expect(done).toBeLessThan(1);
  });
});
