import type { TWorkspace } from '../../../contract/api/correction-api.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import { addDays } from '../../../core/correction/calendar.js';
import { lifecycleClocks, monthDuties, needsAttention, sumActivities, type TActivityKind } from '../../../core/correction/lifecycle.js';
import type { TCorrectionSettings, TSupervisionClass } from '../../../core/correction/settings.js';
import { monthEnd } from '../../../core/dates.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { listActivities, listSteps, peopleWithClocks } from './lifecycle.repository.js';
import { stepDates } from './get-lifecycle.js';
import { listedName } from './person-name.js';

/** A term that ended longer ago than this without a 解除 date is history, not a clock on the workspace. */
const RELEASE_LOOKBACK_DAYS = 60;

/**
 * The workspace's lifecycle lists as of a day: the clocks due soon or overdue (most overdue first),
 * and each person under correction with the month's duties so far.
 */
export async function lifecycleLists(o: {
  db: Executor;
  cipher: PersonalDataCipher;
  scope: TUnitScope;
  seesSealed: boolean;
  today: string;
  settings: TCorrectionSettings;
  changesOf: ReadonlyMap<number, ReadonlyArray<{ effectiveOn: string; toClass: TSupervisionClass }>>;
}): Promise<Pick<TWorkspace, 'clocks' | 'duties'>> {
  const month = o.today.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const people = await peopleWithClocks(o.db, { unitIds: o.scope.unitIds, offices: o.scope.offices, date: o.today, endedSince: addDays(o.today, -RELEASE_LOOKBACK_DAYS) });
  const ids = people.map((p) => p.id);
  const [steps, activities] = await Promise.all([listSteps(o.db, ids), listActivities(o.db, { personIds: ids, from: `${month}-01`, to: monthEnd(y, m) })]);
  const stepsOf = new Map<number, typeof steps>();
  for (const s of steps) stepsOf.set(s.personId, [...(stepsOf.get(s.personId) ?? []), s]);
  const actsOf = new Map<number, Array<{ kind: TActivityKind; amount: number }>>();
  for (const a of activities) actsOf.set(a.personId, [...(actsOf.get(a.personId) ?? []), { kind: a.kind as TActivityKind, amount: a.amount }]);
  const clocks: TWorkspace['clocks'] = [];
  const duties: TWorkspace['duties'] = { month, met: 0, missed: 0, open: 0, people: [] };
  for (const p of people) {
    const name = listedName(o.cipher, p, o.seesSealed);
    const { steps: dates, fastTrack, ableToWork } = stepDates(stepsOf.get(p.id) ?? []);
    for (const c of lifecycleClocks({ steps: dates, fastTrack, endOn: p.endOn, terminatedOn: p.terminatedOn, asOf: o.today }, o.settings)) {
      if (needsAttention(c)) clocks.push({ ...c, personId: p.id, office: p.office, personName: name });
    }
    // the register's 解除 date, or else the recorded end step, closes the term for the duties
    const terminatedOn = p.terminatedOn ?? dates.ended ?? null;
    const underCorrection = p.startOn <= o.today && (terminatedOn ?? p.endOn) >= o.today;
    if (!underCorrection) continue;
    const d = monthDuties({ month, startOn: p.startOn, endOn: p.endOn, terminatedOn, changes: o.changesOf.get(p.id) ?? [], done: sumActivities(actsOf.get(p.id) ?? []), ableToWork, asOf: o.today }, o.settings);
    if (d === null) continue;
    duties.people.push({ personId: p.id, office: p.office, personName: name, duties: d });
    if (d.met === true) duties.met++;
    else if (d.met === false) duties.missed++;
    else duties.open++;
  }
  clocks.sort((a, b) => b.lateDays - a.lateDays || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { clocks, duties };
}
