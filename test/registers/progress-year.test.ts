import { singleUnitScope } from '../../src/core/access/scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { confirmProposedBindings } from '../../src/app/indicators/bind-indicators.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';
import { findUnitByCode, type UnitRow } from '../../src/repositories/goal-book.repository.js';
import { insertIndicatorValue, latestApprovedValues, listBindings, listIndicatorsWithProjects } from '../../src/repositories/indicator-tracking.repository.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

/** A year's progress board reads the bindings and manual values of that year's indicators only. */

let database: TestDatabase;
let unit: UnitRow;
const actor = { userId: null, name: 'test' };

beforeAll(async () => {
  database = await createTestDatabase();
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
  await importGoalBook({ db: database.db, book: { ...sampleGoalBook(), year: 2023 }, actor });
  unit = (await findUnitByCode(database.db, '315002'))!;
  await confirmProposedBindings({ db: database.db, scope: singleUnitScope(unit), year: 2023, actor, subject: null });
  const [next] = await listIndicatorsWithProjects(database.db, unit.id, 2023);
  // a 2023 value approved as of a 2022 date: only its indicator's year keeps it off the 2022 board
  await insertIndicatorValue(database.db, { indicatorId: next!.indicator.id, unitId: unit.id, asOf: '2022-12-01', value: 1, evidence: '次年方案', status: 'approved', enteredByName: 'a', decidedByName: 'b', decidedAt: new Date() });
});
afterAll(() => database.close());

describe('the board of a year', () => {
  it('reads the bindings of that year’s indicators only', async () => {
    expect(await listBindings(database.db, unit.id, 2022)).toEqual([]);
    expect((await listBindings(database.db, unit.id, 2023)).length).toBeGreaterThan(30);
  });

  it('reads the approved manual values of that year’s indicators only', async () => {
    expect(await latestApprovedValues(database.db, unit.id, 2022, '2022-12-31')).toEqual([]);
    expect(await latestApprovedValues(database.db, unit.id, 2023, '2022-12-31')).toHaveLength(1);
    const board = await getIndicatorProgress({ db: database.db, scope: singleUnitScope(unit), year: 2022, asOf: '2022-12-31' });
    expect(board.department).toMatchObject({ live: 0, manual: 0 });
  });
});
