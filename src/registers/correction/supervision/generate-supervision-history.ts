import { addDays } from '../../../core/correction/calendar.js';
import { checkApproval } from '../../../core/correction/approvals.js';
import { LOCATION_CONDITIONS } from '../../../core/correction/clocks.js';
import type { TCorrectionSettings } from '../../../core/correction/settings.js';
import type { TAlarmKind, TAlarmOutcome } from '../../../core/correction/alarms.js';
import { seededRandom } from '../../../core/prng.js';

/**
 * A year of supervision as it goes in a county (the demo and the bench): alarms from the location
 * platform — most handled within the response time, some late, a few people lost for a while (脱管) —
 * and every 司法所's daily report, mostly on the day, sometimes late (补报), now and then missing
 * (缺报), with a sensitive-period calendar (春节, 国庆, a major meeting). Deterministic for a seed; pure.
 */

export interface TDemoPerson {
  id: number;
  office: string;
  startOn: string;
  endOn: string;
}

export interface TDemoAlarm {
  office: string;
  personId: number;
  kind: TAlarmKind;
  raisedOn: string;
  raisedAt: string;
  dueAt: string;
  eventId: string;
  handledAt: string;
  handledOn: string;
  verified: boolean;
  outcome: TAlarmOutcome;
  handler: string;
  note: string | null;
}

export interface TDemoReport {
  office: string;
  reportDate: string;
  status: '按时上报' | '补报' | '缺报';
  counts: { roster: number; lost: number; outOfBounds: number; violations: number; newOffences: number; incidents: number } | null;
  filedAt: string | null;
}

const KINDS: Array<[TAlarmKind, number]> = [['未签到', 0.4], ['关机', 0.25], ['越界', 0.15], ['人机分离', 0.12], ['断带', 0.08]];

const pick = <T>(random: () => number, weighted: Array<[T, number]>): T => {
  let r = random();
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted.at(-1)![0];
};

function outcomeOf(kind: TAlarmKind, random: () => number): TAlarmOutcome {
  if (random() < 0.003) return '脱管';
  if (kind === '越界') return pick(random, [['已责令返回', 0.7], ['误报', 0.2], ['移交违规处理', 0.1]]);
  if (kind === '关机' || kind === '断带') return pick(random, [['设备故障已处置', 0.6], ['已批评教育', 0.35], ['移交违规处理', 0.05]]);
  return pick(random, [['误报', 0.35], ['已批评教育', 0.6], ['移交违规处理', 0.05]]);
}

/** China midnight of a date as an instant, plus minutes. */
const at = (date: string, minutes: number) => new Date(Date.parse(`${date}T00:00:00+08:00`) + minutes * 60_000).toISOString();

export function generateSupervisionHistory(o: { people: readonly TDemoPerson[]; offices: readonly string[]; from: string; to: string; seed: number; responseMinutes: number; alarmsPerPersonDay?: number }) {
  const random = seededRandom(o.seed);
  const rate = o.alarmsPerPersonDay ?? 0.06;
  const alarms: TDemoAlarm[] = [];
  const reports: TDemoReport[] = [];
  let n = 0;
  for (let day = o.from; day <= o.to; day = addDays(day, 1)) {
    const roster = new Map<string, number>();
    const outOfBounds = new Map<string, number>();
    const lost = new Map<string, number>();
    for (const p of o.people) {
      if (p.startOn > day || p.endOn < day) continue;
      roster.set(p.office, (roster.get(p.office) ?? 0) + 1);
      if (random() >= rate) continue;
      const kind = pick(random, KINDS);
      const raisedMinute = Math.floor(random() * 1440);
      const raisedAt = at(day, raisedMinute);
      const late = random() < 0.06;
      const handledAt = at(day, raisedMinute + (late ? 65 + Math.floor(random() * 240) : 5 + Math.floor(random() * 50)));
      const outcome = outcomeOf(kind, random);
      if (kind === '越界') outOfBounds.set(p.office, (outOfBounds.get(p.office) ?? 0) + 1);
      if (outcome === '脱管') lost.set(p.office, (lost.get(p.office) ?? 0) + 1);
      alarms.push({
        office: p.office,
        personId: p.id,
        kind,
        raisedOn: day,
        raisedAt,
        dueAt: new Date(Date.parse(raisedAt) + o.responseMinutes * 60_000).toISOString(),
        eventId: `demo-${o.seed}-${n++}`,
        handledAt,
        handledOn: new Date(Date.parse(handledAt) + 8 * 3_600_000).toISOString().slice(0, 10),
        verified: true,
        outcome,
        handler: `${p.office}值班民警`,
        note: outcome === '脱管' ? '电话、走访均联系不上，已报告县局并协调公安查找' : null,
      });
    }
    for (const office of o.offices) {
      const r = random();
      const status = r < 0.01 ? '缺报' : r < 0.04 ? '补报' : '按时上报';
      reports.push({
        office,
        reportDate: day,
        status,
        counts: status === '缺报' ? null : { roster: roster.get(office) ?? 0, lost: lost.get(office) ?? 0, outOfBounds: outOfBounds.get(office) ?? 0, violations: 0, newOffences: 0, incidents: 0 },
        filedAt: status === '缺报' ? null : at(status === '补报' ? addDays(day, 1) : day, 16 * 60 + Math.floor(random() * 120)),
      });
    }
  }
  return { alarms, reports };
}

/** The sensitive periods of a year: 春节 and 国庆 around the holidays, and a major meeting in October. */
export const demoSensitivePeriods = (year: number) => [
  { name: '春节', from: `${year}-01-28`, to: `${year}-02-07` },
  { name: '国庆', from: `${year}-09-29`, to: `${year}-10-09` },
  { name: '重大会议安保', from: `${year}-10-14`, to: `${year}-10-24` },
];

/**
 * A year of requests as the rules would route them: leave (mostly short, decided by the 司法所; some
 * longer, by the county; a few back late), a few electronic-location terms approved by the bureau head
 * and class changes approved by the county. Each passes `checkApproval`, so the level is the rules'.
 */
export function demoApprovals(o: { people: readonly TDemoPerson[]; year: number; seed: number; settings: TCorrectionSettings }) {
  const random = seededRandom(o.seed + 1);
  const out = [];
  for (const p of o.people) {
    const kinds: Array<'外出' | '电子定位' | '分类调整'> = [];
    if (random() < 0.35) kinds.push('外出');
    if (random() < 0.02) kinds.push('电子定位');
    if (random() < 0.08) kinds.push('分类调整');
    for (const kind of kinds) {
      const from = addDays(`${o.year}-01-15`, Math.floor(random() * 320));
      if (from < p.startOn || from > p.endOn) continue;
      const days = random() < 0.8 ? 2 + Math.floor(random() * 5) : 8 + Math.floor(random() * 15);
      const to = kind === '外出' ? addDays(from, days - 1) : null;
      const reason = kind === '外出' ? pick(random, [['探亲', 0.4], ['就医', 0.3], ['务工', 0.3]]) : kind === '电子定位' ? '无正当理由离开县境' : '入矫满半年表现良好，季度考核 85 分';
      const toClass = kind === '分类调整' ? '宽管' : undefined;
      const check = checkApproval({ kind, fromOn: from, toOn: to, appliedOn: addDays(from, -4), reason, earlierLeaves: [], sensitive: [], ...(kind === '电子定位' ? { months: 3, conditions: [LOCATION_CONDITIONS[1]] } : {}), ...(toClass ? { toClass } : {}) }, o.settings);
      if (check.problems.length > 0) continue;
      const late = kind === '外出' && random() < 0.05;
      out.push({
        office: p.office,
        personId: p.id,
        kind,
        fromOn: from,
        toOn: check.toOn,
        appliedOn: addDays(from, -4),
        details: { reason, reasonKind: kind === '外出' ? (reason === '就医' ? '就医' : '其他') : null, months: kind === '电子定位' ? 3 : null, conditions: kind === '电子定位' ? [LOCATION_CONDITIONS[1]] : null, toClass: toClass ?? null, days: check.days, warnings: check.warnings },
        level: check.level,
        state: 'approved',
        submittedAt: `${addDays(from, -4)}T01:30:00.000Z`,
        decidedAt: `${addDays(from, -3)}T02:00:00.000Z`,
        opinion: '同意',
        returnedOn: kind === '外出' && to ? addDays(to, late ? 3 : 1) : null,
      });
    }
  }
  return out;
}
