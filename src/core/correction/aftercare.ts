import { addDays, deadline, type TDeadline } from '../deadlines.js';

/**
 * 安置帮教 after release (correction.md §4, every number *local*, so a unit setting): the prison's release
 * notice about a month ahead, the family told within days of it, a file and 帮教责任书 within days of the
 * person's return, a home visit, and the 帮教期 (5 years after prison, 3 after correction). The rates'
 * formulas are stated here once, shown on screen and used by the metrics. Pure: asOf is a parameter.
 */

export const RELEASE_SOURCES = ['刑满释放', '解除矫正'] as const;
export type TReleaseSource = (typeof RELEASE_SOURCES)[number];

export interface TAftercareSettings {
  /** the notice should arrive this many days before release */
  noticeLeadDays: number;
  /** the family is told within this many days of the notice */
  familyNoticeDays: number;
  /** file and 帮教责任书 within this many days of return */
  fileDays: number;
  /** home visit within this many days of return */
  visitDays: number;
  /** 帮教期 in years after release from prison */
  prisonYears: number;
  /** 帮教期 in years after correction ends */
  correctionYears: number;
}

export const DEFAULT_AFTERCARE_SETTINGS: TAftercareSettings = { noticeLeadDays: 30, familyNoticeDays: 3, fileDays: 5, visitDays: 7, prisonYears: 5, correctionYears: 3 };

/** The 衔接 steps, each "done within days of start", in order. */
export const AFTERCARE_STEPS = [
  { key: 'familyNotified', label: '通知家属', start: 'noticeReceivedOn', done: 'familyNotifiedOn', days: 'familyNoticeDays' },
  { key: 'fileOpened', label: '建档及帮教责任书', start: 'returnedOn', done: 'fileOpenedOn', days: 'fileDays' },
  { key: 'visited', label: '走访家庭', start: 'returnedOn', done: 'visitedOn', days: 'visitDays' },
] as const satisfies ReadonlyArray<{ key: string; label: string; start: string; done: string; days: keyof TAftercareSettings }>;
export type TAftercareStepKey = (typeof AFTERCARE_STEPS)[number]['key'];

export interface TAftercarePerson {
  releasedOn: string;
  source: string | null;
  noticeReceivedOn: string | null;
  familyNotifiedOn: string | null;
  returnedOn: string | null;
  fileOpenedOn: string | null;
  visitedOn: string | null;
  resettledOn: string | null;
  assistedOn: string | null;
}

export type TAftercareStatus = 'awaitingRelease' | 'awaitingReturn' | 'inAftercare' | 'ended';
export const AFTERCARE_STATUS_LABEL: Record<TAftercareStatus, string> = { awaitingRelease: '待释放', awaitingReturn: '已释放待报到', inAftercare: '帮教期内', ended: '帮教期满' };

/** YYYY-MM-DD plus whole years (29 February → 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** The last day of the 帮教期: release plus the years of its source (after correction: correctionYears), minus one day. */
export function aftercareEndsOn(releasedOn: string, source: string | null, s: TAftercareSettings): string {
  return addDays(addYears(releasedOn, source === '解除矫正' ? s.correctionYears : s.prisonYears), -1);
}

export interface TAftercareView {
  status: TAftercareStatus;
  endsOn: string;
  /** days between the notice and the release (negative: the notice came after it), or null without a notice */
  noticeLeadDays: number | null;
  /** the notice came later than noticeLeadDays before release */
  noticeLate: boolean;
  steps: Record<TAftercareStepKey, TDeadline | null>;
  resettled: boolean;
  assisted: boolean;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Where one person's 安置帮教 stands on `asOf`. */
export function aftercareView(p: TAftercarePerson, s: TAftercareSettings, asOf: string): TAftercareView {
  const endsOn = aftercareEndsOn(p.releasedOn, p.source, s);
  const status: TAftercareStatus = asOf < p.releasedOn ? 'awaitingRelease' : asOf > endsOn ? 'ended' : p.returnedOn === null || p.returnedOn > asOf ? 'awaitingReturn' : 'inAftercare';
  const lead = p.noticeReceivedOn === null ? null : dayNumber(p.releasedOn) - dayNumber(p.noticeReceivedOn);
  const steps = Object.fromEntries(AFTERCARE_STEPS.map((step) => [step.key, deadline(p[step.start], p[step.done], s[step.days], asOf)])) as Record<TAftercareStepKey, TDeadline | null>;
  return {
    status,
    endsOn,
    noticeLeadDays: lead,
    noticeLate: lead !== null && lead < s.noticeLeadDays,
    steps,
    resettled: p.resettledOn !== null && p.resettledOn <= asOf,
    assisted: p.assistedOn !== null && p.assistedOn <= asOf,
  };
}

/**
 * The rates' formulas, stated once: shown on the aftercare page and as the metrics' 口径. The national
 * rules give none (correction.md §4), so the page says exactly what is counted.
 */
export const AFTERCARE_RATE_FORMULAS = {
  resettlement: {
    name: '安置率',
    numerator: '当年释放（含解除矫正）人员中，统计日前已落实安置的人数',
    denominator: '当年 1 月 1 日至统计日之间释放（含解除矫正）的人数',
  },
  assistance: {
    name: '帮教率',
    numerator: '帮教期与当年 1 月 1 日至统计日有重叠的人员中，统计日前已落实帮教措施的人数',
    denominator: '帮教期（释放后 5 年，解除矫正后 3 年，按单位设置）与当年 1 月 1 日至统计日有重叠的人数',
  },
} as const;
