import { checkLeave, locationTerm, type TLeaveApprover } from './clocks.js';
import { SUPERVISION_CLASSES, type TCorrectionSettings } from './settings.js';

/**
 * What a correction approval needs and who decides it (社区矫正法 Art.27, 29; 实施办法; local settings):
 * 外出 by length (≤ 7 days the 司法所, more the county, more than 30 within 2 months higher), 执行地变更
 * and 禁止令 the county, 会客 the 司法所, 电子定位 the bureau head (only under an Art.29 condition, ≤ 3
 * months), a class change (分类调整) the county after the 司法所's review. Pure.
 */

export const APPROVAL_KINDS = ['外出', '执行地变更', '会客', '禁止令', '电子定位', '分类调整'] as const;
export type TApprovalKind = (typeof APPROVAL_KINDS)[number];

export type TApprovalLevel = TLeaveApprover | '局长';

/** Who decides at each level: the role that holds the decision. */
export const LEVEL_ROLE: Record<TApprovalLevel, 'office' | 'section' | 'leader'> = { 司法所: 'office', 县级社区矫正机构: 'section', 市级社区矫正机构: 'section', 局长: 'leader' };

/** Reasons that still allow leave in a sensitive period (tighter rules). */
export const SENSITIVE_LEAVE_REASONS = ['就医', '家庭紧急事务'] as const;

export interface TApprovalRequest {
  kind: TApprovalKind;
  fromOn: string;
  toOn: string | null;
  appliedOn: string;
  reason: string;
  /** 外出: the person's approved leaves before this one */
  earlierLeaves: ReadonlyArray<{ from: string; to: string }>;
  /** 电子定位 */
  months?: number;
  conditions?: readonly string[];
  /** 分类调整 */
  toClass?: string;
  /** the sensitive periods the leave overlaps */
  sensitive: readonly string[];
  /** 外出: the reason category */
  reasonKind?: string;
}

export interface TApprovalCheck {
  level: TApprovalLevel;
  problems: string[];
  warnings: string[];
  /** 外出: days; 电子定位: the term's last day */
  days: number | null;
  toOn: string | null;
}

export function checkApproval(r: TApprovalRequest, s: TCorrectionSettings): TApprovalCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!r.reason.trim()) problems.push('请写明申请事由');
  switch (r.kind) {
    case '外出': {
      if (r.toOn === null) return { level: '司法所', problems: [...problems, '外出须填写返回日期'], warnings, days: null, toOn: null };
      const leave = checkLeave({ from: r.fromOn, to: r.toOn, appliedOn: r.appliedOn, earlier: r.earlierLeaves }, s);
      problems.push(...leave.problems);
      if (leave.appliedLate) warnings.push(`未提前 ${s.leave.applyDaysAhead} 日申请（紧急情况可批准）`);
      if (leave.approver === '市级社区矫正机构') warnings.push(`两个月内外出累计 ${leave.windowDays} 日，超过 ${s.leave.windowMaxDays} 日，须报市级社区矫正机构批准`);
      if (r.sensitive.length > 0 && !(SENSITIVE_LEAVE_REASONS as readonly string[]).includes(r.reasonKind ?? '')) {
        problems.push(`外出期间处于敏感期（${r.sensitive.join('、')}），仅限${SENSITIVE_LEAVE_REASONS.join('或')}`);
      }
      return { level: leave.approver, problems, warnings, days: leave.days, toOn: r.toOn };
    }
    case '电子定位': {
      const term = locationTerm({ from: r.fromOn, months: r.months ?? 0, conditions: r.conditions ?? [], asOf: r.appliedOn }, s);
      return { level: '局长', problems: [...problems, ...term.problems], warnings, days: null, toOn: term.to };
    }
    case '分类调整':
      if (!(SUPERVISION_CLASSES as readonly string[]).includes(r.toClass ?? '')) problems.push(`调整后的管理类别应为 ${SUPERVISION_CLASSES.join('、')} 之一`);
      return { level: '县级社区矫正机构', problems, warnings, days: null, toOn: null };
    case '会客':
      return { level: '司法所', problems, warnings, days: null, toOn: r.toOn };
    default:
      if (r.toOn !== null && r.toOn < r.fromOn) problems.push('结束日期早于开始日期');
      return { level: '县级社区矫正机构', problems, warnings, days: null, toOn: r.toOn };
  }
}
