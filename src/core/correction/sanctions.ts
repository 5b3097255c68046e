import type { TWorkflowState } from '../workflow.js';

/**
 * Rewards and sanctions of people under community correction (社区矫正法 Art.28): 表扬, 训诫, 警告,
 * 提请治安管理处罚, 提请撤销缓刑·假释 / 收监执行. The ladder between them is local practice, so its numbers
 * are a setting (`TSanctionLadder`); jixiao only PROPOSES the next step from the record — a person
 * decides it through the workflow (core/workflow.ts). Pure: no clock, no I/O.
 */

export const SANCTION_KINDS = ['表扬', '训诫', '警告', '提请治安处罚', '提请撤销'] as const;
export type TSanctionKind = (typeof SANCTION_KINDS)[number];

export const SANCTION_KIND_EN: Record<TSanctionKind, string> = {
  表扬: 'commendation',
  训诫: 'admonition',
  警告: 'warning',
  提请治安处罚: 'request for a public-security penalty',
  提请撤销: 'request for revocation',
};

/** What the sanction answers: the cause categories of the typical local ladder. */
export const SANCTION_CAUSES = ['脱管', '报到迟延', '一般违规', '严重违规', '表现良好', '其他'] as const;
export type TSanctionCause = (typeof SANCTION_CAUSES)[number];

/** The local ladder (correction.md §1, *local*): every number is a unit setting with these defaults. */
export interface TSanctionLadder {
  /** this many uncorrected 训诫 earn a 警告 */
  admonitionsForWarning: number;
  /** this many uncorrected 警告 earn a 提请撤销 */
  warningsForRevocation: number;
  /** 脱管 longer than this many days earns a 警告 (up to it: 训诫) */
  absentDaysForWarning: number;
  /** 脱管 longer than this many days earns a 提请撤销 */
  absentDaysForRevocation: number;
  /** reporting late by up to this many days earns a 训诫, more a 警告 */
  lateReportDaysForAdmonition: number;
}

export const DEFAULT_SANCTION_LADDER: TSanctionLadder = {
  admonitionsForWarning: 2,
  warningsForRevocation: 2,
  absentDaysForWarning: 10,
  absentDaysForRevocation: 30,
  lateReportDaysForAdmonition: 10,
};

/** A sanction as the ladder reads it. */
export interface TSanctionFact {
  id: number;
  kind: TSanctionKind;
  state: TWorkflowState;
  /** when the person corrected the behaviour (改正); null while uncorrected */
  correctedOn: string | null;
  /** the earlier sanctions this one escalates (a proposal's basis) */
  basisIds: readonly number[];
}

export interface TSanctionProposal {
  kind: TSanctionKind;
  /** the uncorrected sanctions that lead to it */
  basisIds: number[];
  /** why, in Chinese and English, with the numbers */
  reason: { zh: string; en: string };
}

/** In force: decided (approved or locked). Pending: submitted, waiting for a decision. */
export const inForce = (s: TSanctionFact): boolean => s.state === 'approved' || s.state === 'locked';
const pending = (s: TSanctionFact): boolean => s.state === 'submitted' || s.state === 'draft';

/**
 * The next step of the ladder the record calls for, or null. Counted: sanctions of one kind in force,
 * not corrected, and not yet escalated (cited as basis by another sanction in force or waiting for a
 * decision — a returned proposal frees its basis again). The highest step due is proposed.
 */
export function proposeNextSanction(record: readonly TSanctionFact[], ladder: TSanctionLadder): TSanctionProposal | null {
  const cited = new Set(record.filter((s) => inForce(s) || pending(s)).flatMap((s) => s.basisIds));
  const open = (kind: TSanctionKind) => record.filter((s) => s.kind === kind && inForce(s) && s.correctedOn === null && !cited.has(s.id)).map((s) => s.id);
  const warnings = open('警告');
  if (warnings.length >= ladder.warningsForRevocation) {
    return {
      kind: '提请撤销',
      basisIds: warnings.slice(0, ladder.warningsForRevocation),
      reason: {
        zh: `受到警告 ${warnings.length} 次仍未改正（满 ${ladder.warningsForRevocation} 次应提请撤销）`,
        en: `${warnings.length} uncorrected warnings (${ladder.warningsForRevocation} call for revocation)`,
      },
    };
  }
  const admonitions = open('训诫');
  if (admonitions.length >= ladder.admonitionsForWarning) {
    return {
      kind: '警告',
      basisIds: admonitions.slice(0, ladder.admonitionsForWarning),
      reason: {
        zh: `受到训诫 ${admonitions.length} 次仍未改正（满 ${ladder.admonitionsForWarning} 次应给予警告）`,
        en: `${admonitions.length} uncorrected admonitions (${ladder.admonitionsForWarning} call for a warning)`,
      },
    };
  }
  return null;
}

/**
 * The step of the ladder one incident calls for on its own (a hint beside the form): 脱管 by its days,
 * late reporting by its days, a serious breach 警告, a minor one 训诫, good conduct 表扬; other causes none.
 */
export function sanctionForIncident(cause: TSanctionCause, days: number | null, ladder: TSanctionLadder): TSanctionKind | null {
  switch (cause) {
    case '脱管':
      if (days === null) return null;
      if (days > ladder.absentDaysForRevocation) return '提请撤销';
      return days > ladder.absentDaysForWarning ? '警告' : '训诫';
    case '报到迟延':
      if (days === null) return null;
      return days > ladder.lateReportDaysForAdmonition ? '警告' : '训诫';
    case '严重违规':
      return '警告';
    case '一般违规':
      return '训诫';
    case '表现良好':
      return '表扬';
    default:
      return null;
  }
}

/** A proposal's basis must be sanctions of the record that are open for escalation; else what is wrong. */
export function basisProblem(record: readonly TSanctionFact[], basisIds: readonly number[]): { zh: string; en: string } | null {
  const cited = new Set(record.filter((s) => inForce(s) || pending(s)).flatMap((s) => s.basisIds));
  for (const id of basisIds) {
    const s = record.find((r) => r.id === id);
    if (!s) return { zh: `依据的奖惩记录 ${id} 不是该矫正对象的记录`, en: `Basis sanction ${id} is not one of this person's` };
    if (!inForce(s)) return { zh: `依据的奖惩记录 ${id} 尚未决定，不能作为依据`, en: `Basis sanction ${id} has not been decided` };
    if (s.correctedOn !== null) return { zh: `依据的奖惩记录 ${id} 已于 ${s.correctedOn} 改正，不能再作为依据`, en: `Basis sanction ${id} was corrected on ${s.correctedOn}` };
    if (cited.has(id)) return { zh: `依据的奖惩记录 ${id} 已被另一项奖惩引用`, en: `Basis sanction ${id} is already cited by another sanction` };
  }
  return null;
}
