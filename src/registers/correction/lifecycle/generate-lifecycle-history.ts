import { addDays } from '../../../core/correction/calendar.js';
import type { TActivityKind, TLifecycleStep } from '../../../core/correction/lifecycle.js';
import { daysInMonth, isoDate } from '../../../core/dates.js';
import { seededRandom } from '../../../core/prng.js';
import type { TDemoPerson } from '../supervision/generate-supervision-history.js';

/**
 * A year of each person's path and monthly activities as a county keeps them (the demo): the
 * judgment's date, 报到 mostly within the 10 days (now and then late), 接收·宣告 on the day, the plan
 * within two weeks, 解除 and the hand-off for terms ending in the year; and per month under
 * correction the reports, visits, study and service hours — mostly enough for 普管, sometimes short.
 * Deterministic for a seed; pure.
 */
export function generateLifecycleHistory(o: { people: readonly TDemoPerson[]; year: number; seed: number }) {
  const random = seededRandom(o.seed + 2);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const steps: Array<{ personId: number; office: string; step: TLifecycleStep; doneOn: string; details: Record<string, unknown> }> = [];
  const activities: Array<{ personId: number; office: string; kind: TActivityKind; doneOn: string; amount: number }> = [];
  const yearEnd = `${o.year}-12-31`;
  for (const p of o.people) {
    const add = (step: TLifecycleStep, doneOn: string, details: Record<string, unknown> = {}) => steps.push({ personId: p.id, office: p.office, step, doneOn, details });
    if (random() < 0.3) {
      const entrusted = addDays(p.startOn, -int(30, 60));
      add('entrusted', entrusted, { fastTrack: random() < 0.3 });
      add('assessed', addDays(entrusted, int(5, 12)), { opinion: '适宜' });
    }
    add('effective', p.startOn);
    const reported = addDays(p.startOn, random() < 0.9 ? int(1, 10) : int(11, 16));
    add('reported', reported);
    add('received', reported);
    add('planned', addDays(reported, int(1, 14)), { team: '司法所工作人员、村（居）委会委员、家庭成员', ableToWork: random() < 0.85 });
    if (p.endOn <= yearEnd) {
      add('ended', p.endOn, { endKind: '解除' });
      if (addDays(p.endOn, 5) <= yearEnd) add('handedOver', addDays(p.endOn, int(1, 5)));
    }
    for (let m = 1; m <= 12; m++) {
      const first = isoDate(o.year, m, 1);
      const last = isoDate(o.year, m, daysInMonth(o.year, m));
      const from = p.startOn > first ? p.startOn : first;
      const to = p.endOn < last ? p.endOn : last;
      if (to < from) continue;
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      const day = () => addDays(from, int(0, span));
      const short = random() < 0.12;
      for (let i = int(short ? 0 : 2, 4); i > 0; i--) activities.push({ personId: p.id, office: p.office, kind: 'report', doneOn: day(), amount: 1 });
      for (let i = int(1, 3); i > 0; i--) activities.push({ personId: p.id, office: p.office, kind: 'visit', doneOn: day(), amount: 1 });
      for (let i = int(short ? 1 : 3, 5); i > 0; i--) activities.push({ personId: p.id, office: p.office, kind: 'study', doneOn: day(), amount: int(2, 3) });
      for (let i = int(short ? 0 : 2, 4); i > 0; i--) activities.push({ personId: p.id, office: p.office, kind: 'service', doneOn: day(), amount: int(3, 4) });
    }
  }
  return { steps, activities };
}
