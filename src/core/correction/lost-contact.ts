import { daysBetween } from './calendar.js';
import { inForce, type TSanctionFact, type TSanctionKind, type TSanctionLadder, type TSanctionProposal } from './sanctions.js';

/**
 * 脱管 as the ladder's grounds (correction.md §1: 训诫 for 脱管 up to 10 days, 警告 beyond, 提请撤销 beyond a
 * month — the ladder's numbers). The days come from the alarms whose handling found the person out
 * of reach (outcome 脱管): the latest run of days with such an alarm, a gap of more than one day
 * ending a run. The 零报告's 脱管 figure counts an office's people, not one person, so it is not used.
 */

export interface TLostContactRun {
  from: string;
  to: string;
  /** calendar days from the first to the last alarm day, both counted */
  days: number;
  alarmIds: number[];
}

/** The latest run of days with a 脱管 alarm, or null when there is none. */
export function latestLostContactRun(alarms: ReadonlyArray<{ id: number; raisedOn: string }>): TLostContactRun | null {
  const sorted = [...alarms].sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : a.id - b.id));
  let run: TLostContactRun | null = null;
  for (const a of sorted) {
    if (run !== null && daysBetween(run.to, a.raisedOn) <= 1) {
      run.to = a.raisedOn;
      run.alarmIds.push(a.id);
    } else run = { from: a.raisedOn, to: a.raisedOn, days: 0, alarmIds: [a.id] };
  }
  if (run) run.days = daysBetween(run.from, run.to) + 1;
  return run;
}

const RANK: Record<TSanctionKind, number> = { 表扬: 0, 训诫: 1, 警告: 2, 提请治安处罚: 3, 提请撤销: 4 };

/**
 * The step a 脱管 run calls for, unless a sanction for 脱管 on or after the run's first day — in force
 * or waiting for a decision — already answers it at that step or higher.
 */
export function proposeForLostContact(run: TLostContactRun | null, record: ReadonlyArray<TSanctionFact & { cause?: string; occurredOn?: string }>, ladder: TSanctionLadder): (TSanctionProposal & { lostContact: TLostContactRun }) | null {
  if (run === null) return null;
  const kind: TSanctionKind = run.days > ladder.absentDaysForRevocation ? '提请撤销' : run.days > ladder.absentDaysForWarning ? '警告' : '训诫';
  const answered = record.some((s) => s.cause === '脱管' && (s.occurredOn ?? '') >= run.from && RANK[s.kind] >= RANK[kind] && (inForce(s) || s.state === 'submitted' || s.state === 'draft'));
  if (answered) return null;
  const limit = kind === '提请撤销' ? `超过 ${ladder.absentDaysForRevocation} 日应提请撤销` : kind === '警告' ? `超过 ${ladder.absentDaysForWarning} 日应给予警告` : `${ladder.absentDaysForWarning} 日以内应予训诫`;
  const limitEn = kind === '提请撤销' ? `over ${ladder.absentDaysForRevocation} days call for revocation` : kind === '警告' ? `over ${ladder.absentDaysForWarning} days call for a warning` : `up to ${ladder.absentDaysForWarning} days call for an admonition`;
  return {
    kind,
    basisIds: [],
    reason: { zh: `报警核查脱管 ${run.days} 日（${run.from} 至 ${run.to}，${run.alarmIds.length} 条报警）（${limit}）`, en: `Lost contact for ${run.days} day(s) by the alarms (${run.from} to ${run.to}, ${run.alarmIds.length} alarm(s)) (${limitEn})` },
    lostContact: run,
  };
}

/** Of two proposals, the higher step (the sanctions ladder's first when equal). */
export function higherProposal<T extends TSanctionProposal>(a: T | null, b: T | null): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b.kind] > RANK[a.kind] ? b : a;
}
