import { daysInMonth, isoDate, monthEnd } from '../dates.js';
import type { LocalizedText } from '../errors.js';
import { addMonths, daysBetween } from './calendar.js';
import { classOn, DUTY_LABEL, stageOf } from './classes.js';
import { assessmentClock, clockStatus, reportInClock, type TClockStatus, type TReportInType } from './clocks.js';
import type { TClassDuties, TCorrectionSettings, TSupervisionClass } from './settings.js';

/**
 * A person's path through correction (社区矫正法 Art.18, 20–25, 44–45): the steps in their order, the
 * check that a step's date makes sense against the others, the clocks the recorded steps start, and
 * the month's duties of the class against what was done. Pure: dates are 'YYYY-MM-DD'.
 */

export const LIFECYCLE_STEPS = ['entrusted', 'assessed', 'effective', 'reported', 'received', 'planned', 'ended', 'handedOver'] as const;
export type TLifecycleStep = (typeof LIFECYCLE_STEPS)[number];

export const STEP_LABEL: Record<TLifecycleStep, LocalizedText> = {
  entrusted: { zh: '收到调查评估委托', en: 'Assessment entrusted' },
  assessed: { zh: '提交调查评估意见', en: 'Assessment opinion sent' },
  effective: { zh: '判决（裁定、决定）生效', en: 'Judgment took effect' },
  reported: { zh: '报到', en: 'Reported in' },
  received: { zh: '接收·宣告', en: 'Received and announced' },
  planned: { zh: '矫正方案·矫正小组', en: 'Plan and team in place' },
  ended: { zh: '解除或终止矫正', en: 'Correction released or terminated' },
  handedOver: { zh: '移交安置帮教', en: 'Handed over to aftercare' },
};

/** A step that cannot be recorded before another one is. */
const NEEDS: Partial<Record<TLifecycleStep, TLifecycleStep>> = { assessed: 'entrusted', handedOver: 'ended' };

/** The earliest date the product takes for any step (the law's entry into force is 2020-07-01; older cases migrate). */
export const EARLIEST_STEP_DATE = '2000-01-01';

export type TStepDates = Partial<Record<TLifecycleStep, string>>;

/**
 * Why a step cannot carry this date, or null: not in the future, not absurdly old, not before the
 * nearest earlier recorded step, not after the nearest later recorded one, and a step whose start
 * is missing (an opinion without an entrustment, a hand-off before the end) is refused.
 */
export function stepProblem(o: { steps: TStepDates; step: TLifecycleStep; on: string; today: string }): LocalizedText | null {
  const label = STEP_LABEL[o.step];
  if (o.on > o.today) return { zh: `${label.zh}日期（${o.on}）不能晚于今天（${o.today}）`, en: `${label.en}: the date (${o.on}) cannot be after today (${o.today})` };
  if (o.on < EARLIEST_STEP_DATE) return { zh: `${label.zh}日期（${o.on}）早于 ${EARLIEST_STEP_DATE}，请核对`, en: `${label.en}: the date (${o.on}) is before ${EARLIEST_STEP_DATE}; check it` };
  const need = NEEDS[o.step];
  if (need !== undefined && o.steps[need] === undefined) return { zh: `请先登记“${STEP_LABEL[need].zh}”`, en: `Record “${STEP_LABEL[need].en}” first` };
  const at = LIFECYCLE_STEPS.indexOf(o.step);
  const before = LIFECYCLE_STEPS.slice(0, at).reverse().find((s) => o.steps[s] !== undefined);
  if (before !== undefined && o.on < o.steps[before]!)
    return { zh: `${label.zh}日期（${o.on}）不能早于${STEP_LABEL[before].zh}日期（${o.steps[before]}）`, en: `${label.en}: the date (${o.on}) cannot precede ${STEP_LABEL[before].en.toLowerCase()} (${o.steps[before]})` };
  const after = LIFECYCLE_STEPS.slice(at + 1).find((s) => o.steps[s] !== undefined);
  if (after !== undefined && o.on > o.steps[after]!)
    return { zh: `${label.zh}日期（${o.on}）不能晚于${STEP_LABEL[after].zh}日期（${o.steps[after]}）`, en: `${label.en}: the date (${o.on}) cannot follow ${STEP_LABEL[after].en.toLowerCase()} (${o.steps[after]})` };
  return null;
}

/** 解除（终止）原因 of the people register. */
export const TERMINATION_REASONS = ['期满解除', '撤销缓刑', '撤销假释', '收监执行', '死亡', '其他'] as const;
export type TTerminationReason = (typeof TERMINATION_REASONS)[number];
export type TEndKind = '解除' | '终止';

/** 解除 when the term is served or pardoned (其他); 终止 on revocation, 收监 or death (社区矫正法 Art.44–45). */
export const REASONS_OF_END: Record<TEndKind, readonly TTerminationReason[]> = { 解除: ['期满解除', '其他'], 终止: ['撤销缓刑', '撤销假释', '收监执行', '死亡', '其他'] };

/**
 * The 解除（终止）原因 the register takes with an end step: the one given; else the record's own when it
 * fits the kind; else 期满解除 for 解除 — a 解除 is almost always the term served (a pardon is rare and
 * is given as 其他). A 终止 without a fitting reason is refused, not guessed: revocation of 缓刑, of
 * 假释, 收监执行 and death are different facts that the statistics count apart, and the register holds
 * the date and the reason together (one without the other is refused there too), so the user chooses.
 */
export function endReason(o: { endKind: TEndKind; given: TTerminationReason | null; recorded: string | null }): { reason: TTerminationReason } | { problem: LocalizedText } {
  const fits = REASONS_OF_END[o.endKind];
  if (o.given !== null) {
    if (fits.includes(o.given)) return { reason: o.given };
    return { problem: { zh: `“${o.endKind}”矫正的原因只能是${fits.join('、')}，不能是“${o.given}”`, en: `A ${o.endKind === '解除' ? 'release' : 'termination'} has one of the reasons ${fits.join(', ')}, not “${o.given}”` } };
  }
  const recorded = fits.find((r) => r === o.recorded);
  if (recorded !== undefined) return { reason: recorded };
  if (o.endKind === '解除') return { reason: '期满解除' };
  return { problem: { zh: `终止矫正请选择原因（${fits.join('、')}）`, en: `Choose the reason of the termination (${fits.join(', ')})` } };
}

export type TLifecycleClockKind = 'assessment' | 'reportIn' | 'release';

export interface TLifecycleClock {
  kind: TLifecycleClockKind;
  /** the day the clock started (entrustment, judgment effective, term start) */
  from: string;
  due: string;
  status: TClockStatus;
  /** 报到: on time / late / not reported */
  reportType?: TReportInType;
  /** days past the due date (done late or still open) */
  lateDays: number;
}

/**
 * The clocks the recorded steps start, as of a date: 调查评估 (from the entrustment: 10 working days, 5
 * under 速裁), 报到 (10 days from the judgment taking effect) and 解除 (due on the term's last day,
 * done by the end step or the register's 解除 date). A clock whose start is not recorded does not run.
 */
export function lifecycleClocks(o: { steps: TStepDates; fastTrack: boolean; endOn: string; terminatedOn: string | null; asOf: string }, s: TCorrectionSettings): TLifecycleClock[] {
  const out: TLifecycleClock[] = [];
  const late = (due: string, done: string | null) => Math.max(0, daysBetween(due, done ?? o.asOf));
  const st = o.steps;
  if (st.entrusted !== undefined) {
    const c = assessmentClock({ receivedOn: st.entrusted, fastTrack: o.fastTrack, answeredOn: st.assessed ?? null, asOf: o.asOf }, s);
    out.push({ kind: 'assessment', from: st.entrusted, ...c, lateDays: late(c.due, st.assessed ?? null) });
  }
  if (st.effective !== undefined) {
    const c = reportInClock({ effectiveOn: st.effective, reportedOn: st.reported ?? null, asOf: o.asOf }, s);
    out.push({ kind: 'reportIn', from: st.effective, due: c.due, status: c.status, reportType: c.type, lateDays: c.lateDays });
  }
  const endedOn = st.ended ?? o.terminatedOn;
  // an early end (撤销, 收监, death) closes the term before its date: on time by definition
  const status = endedOn !== null && endedOn <= o.endOn ? 'onTime' : clockStatus(o.endOn, endedOn, o.asOf, s.dueSoonDays);
  out.push({ kind: 'release', from: o.endOn, due: o.endOn, status, lateDays: status === 'onTime' ? 0 : late(o.endOn, endedOn) });
  return out;
}

/** An open clock that needs attention today. */
export const needsAttention = (c: TLifecycleClock): boolean => c.status === 'dueSoon' || c.status === 'overdue';

export type TDutyState = 'met' | 'missed' | 'open';

export interface TMonthDuty {
  duty: keyof TClassDuties;
  label: string;
  required: number;
  done: number;
  /** met; missed (the month is over, or the term ended, short of it); open (the month still runs) */
  state: TDutyState;
}

export interface TMonthDuties {
  month: string;
  /** the class that set the duties: the one in force on the month's last day under correction (初期 in the term's first month) */
  dutyClass: TSupervisionClass | '初期';
  /** days of the month under correction ÷ days of the month: the requirement is scaled by it and rounded up */
  share: number;
  duties: TMonthDuty[];
  met: boolean | null;
}

/**
 * The month's duties of a person (month 'YYYY-MM'), or null when the person was not under correction
 * in it. A month partly under correction (entry or end inside it) asks the share of its days,
 * rounded up; public service is not asked of one unable to work; a month not yet over leaves what
 * is short open, not missed.
 */
export function monthDuties(
  o: { month: string; startOn: string; endOn: string; terminatedOn: string | null; changes: ReadonlyArray<{ effectiveOn: string; toClass: TSupervisionClass }>; done: TClassDuties; ableToWork: boolean; asOf: string },
  s: TCorrectionSettings,
): TMonthDuties | null {
  const [y, m] = o.month.split('-').map(Number) as [number, number];
  const first = isoDate(y, m, 1);
  const last = monthEnd(y, m);
  const termEnd = o.terminatedOn !== null && o.terminatedOn < o.endOn ? o.terminatedOn : o.endOn;
  const from = o.startOn > first ? o.startOn : first;
  const to = termEnd < last ? termEnd : last;
  if (to < from || from > o.asOf) return null;
  const share = (daysBetween(from, to) + 1) / daysInMonth(y, m);
  const on = to < o.asOf ? to : o.asOf;
  const dutyClass = stageOf({ startOn: o.startOn, endOn: o.endOn, asOf: on }) === '初期' ? '初期' : classOn({ startOn: o.startOn, asOf: on, changes: o.changes }, s);
  const base = s.duties[dutyClass];
  const over = o.asOf > to;
  const duties = (Object.keys(DUTY_LABEL) as Array<keyof TClassDuties>).map((duty): TMonthDuty => {
    const required = duty === 'serviceHours' && !o.ableToWork ? 0 : Math.ceil(base[duty] * share - 1e-9);
    const done = o.done[duty];
    return { duty, label: DUTY_LABEL[duty], required, done, state: done >= required ? 'met' : over ? 'missed' : 'open' };
  });
  const met = duties.every((d) => d.state === 'met') ? true : duties.some((d) => d.state === 'missed') ? false : null;
  return { month: o.month, dutyClass, share: Math.round(share * 1000) / 1000, duties, met };
}

/** The activity kinds recorded against the duties, and the duty each counts towards. */
export const ACTIVITY_KINDS = ['report', 'visit', 'study', 'service'] as const;
export type TActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_DUTY: Record<TActivityKind, keyof TClassDuties> = { report: 'reports', visit: 'visits', study: 'studyHours', service: 'serviceHours' };
export const ACTIVITY_LABEL: Record<TActivityKind, LocalizedText> = {
  report: { zh: '当面报告', en: 'Report in person' },
  visit: { zh: '个别教育/走访', en: 'Talk or home visit' },
  study: { zh: '学习教育', en: 'Study' },
  service: { zh: '公益活动', en: 'Community service' },
};

/** The totals of a month's activities by duty (reports and visits count once each, study and service by hours). */
export function sumActivities(rows: ReadonlyArray<{ kind: TActivityKind; amount: number }>): TClassDuties {
  const done: TClassDuties = { reports: 0, visits: 0, studyHours: 0, serviceHours: 0 };
  for (const r of rows) done[ACTIVITY_DUTY[r.kind]] += r.amount;
  return done;
}

/** The month after 'YYYY-MM' counted n months on (n < 0: back). */
export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7);

