import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { loadRegisterDemo } from '../../src/app/demo/load-register-demo.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { CLI_VIEWER } from '../../src/registers/framework/access.js';
import { getJointWork } from '../../src/registers/correction/joint/get-joint-work.js';
import { listSanctionsOfUnit } from '../../src/registers/correction/sanctions/list-unit-sanctions.js';
import { getPersonSanctions } from '../../src/registers/correction/sanctions/get-person-sanctions.js';
import { getAftercare } from '../../src/registers/resettlement/aftercare/get-aftercare.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/** The demo year carries the supervision work of issue 15 (items 6–8): a sanction ladder, joint work, release notices. */

let database: TestDatabase;
const actor = { userId: null, name: 'test' };

beforeAll(async () => {
  database = await createTestDatabase();
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
  await loadRegisterDemo({ db: database.db, cipher: TEST_CIPHER, year: 2022, actor });
}, 120_000);
afterAll(() => database.close());

describe('the demo year’s correction work', () => {
  it('has a sanction ladder: a decided 警告 and one waiting for the section', async () => {
    const scope = await cliScope(database.db, '315002');
    const all = await listSanctionsOfUnit({ db: database.db, cipher: TEST_CIPHER, scope, viewer: CLI_VIEWER, actor });
    expect(all.sanctions.map((s) => `${s.kind}:${s.state}`).sort()).toEqual(
      ['表扬:approved', '训诫:approved', '训诫:approved', '训诫:approved', '训诫:approved', '训诫:approved', '警告:approved', '警告:submitted'].sort(),
    );
    const waiting = all.sanctions.find((s) => s.state === 'submitted')!;
    expect(waiting.basisIds).toHaveLength(2);
    // the person whose 警告 waits has no further proposal (its 训诫 are cited by it)
    const person = await getPersonSanctions({ db: database.db, cipher: TEST_CIPHER, scope, viewer: CLI_VIEWER, actor, personId: waiting.personId, unmasked: false });
    expect(person.proposal).toBeNull();
  });

  it('has joint inspections with an overdue item and two answered 纠正意见', async () => {
    const scope = await cliScope(database.db, '315002');
    const joint = await getJointWork({ db: database.db, scope, viewer: CLI_VIEWER, year: 2022, asOf: '2022-12-31' });
    expect(joint.inspections).toHaveLength(2);
    expect(joint.counts).toEqual({ itemsOpen: 1, itemsOverdue: 1, opinionsOpen: 0, opinionsOverdue: 0 });
    expect(joint.opinions.map((o) => o.clock)).toEqual(['doneOnTime', 'doneLate']);
  });

  it('has release notices with their clocks and rates above 90 %', async () => {
    const scope = await cliScope(database.db, '315002');
    const view = await getAftercare({ db: database.db, cipher: TEST_CIPHER, scope, viewer: CLI_VIEWER, year: 2022, asOf: '2022-12-31' });
    expect(view.counts.awaitingRelease).toBe(3);
    expect(view.counts.noticesLate).toBeGreaterThan(0);
    expect(view.counts.stepsOverdue).toBeGreaterThan(0);
    expect(view.rates.resettlement.rate).toBeGreaterThan(85);
    expect(view.rates.assistance.denominator).toBeGreaterThanOrEqual(view.rates.resettlement.denominator);
  });
});
