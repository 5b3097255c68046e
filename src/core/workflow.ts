import { DomainError, type LocalizedText } from './errors.js';

/**
 * The one review workflow (审批流程): draft → submitted → returned | approved → locked, with reopening.
 * Manual indicator values, assessments, monitoring reports and self-evaluations all move through this
 * table; none re-implements it. It is pure: the caller says who the actor is relative to the item
 * (its author or someone else) and which rights the actor holds; the table says whether the move is
 * allowed, what it requires and where it leads. Role permissions (who holds `approve`) stay in
 * `access/permissions.ts` — a workflow user maps each right to a permission of its own.
 */

export const WORKFLOW_STATES = ['draft', 'submitted', 'returned', 'approved', 'locked'] as const;
export type TWorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_MOVES = ['edit', 'submit', 'approve', 'return', 'lock', 'reopen'] as const;
export type TWorkflowMove = (typeof WORKFLOW_MOVES)[number];

/** What an actor may do to items of one kind: `fill` edits and submits, `decide` approves and returns, `lock` locks and reopens. */
export type TWorkflowRight = 'fill' | 'decide' | 'lock';

export interface MoveRule {
  from: readonly TWorkflowState[];
  to: TWorkflowState;
  right: TWorkflowRight;
  /** 'author': only the one who entered it; 'other': anyone but its author (four-eyes); 'any' */
  who: 'author' | 'other' | 'any';
  /** a written reason is required (return, reopen) */
  reason: boolean;
}

export const WORKFLOW: Record<TWorkflowMove, MoveRule> = {
  edit: { from: ['draft', 'returned'], to: 'draft', right: 'fill', who: 'author', reason: false },
  submit: { from: ['draft', 'returned'], to: 'submitted', right: 'fill', who: 'author', reason: false },
  approve: { from: ['submitted'], to: 'approved', right: 'decide', who: 'other', reason: false },
  return: { from: ['submitted'], to: 'returned', right: 'decide', who: 'other', reason: true },
  lock: { from: ['approved'], to: 'locked', right: 'lock', who: 'any', reason: false },
  reopen: { from: ['approved', 'locked'], to: 'returned', right: 'lock', who: 'any', reason: true },
};

export const STATE_LABEL: Record<TWorkflowState, LocalizedText> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交待审批', en: 'submitted, awaiting approval' },
  returned: { zh: '已退回', en: 'returned' },
  approved: { zh: '已审批', en: 'approved' },
  locked: { zh: '已锁定', en: 'locked' },
};

export const MOVE_LABEL: Record<TWorkflowMove, LocalizedText> = {
  edit: { zh: '修改', en: 'edit' },
  submit: { zh: '提交', en: 'submit' },
  approve: { zh: '审批通过', en: 'approve' },
  return: { zh: '退回', en: 'return' },
  lock: { zh: '锁定', en: 'lock' },
  reopen: { zh: '重新打开', en: 'reopen' },
};

export interface MoveRequest {
  move: TWorkflowMove;
  state: TWorkflowState;
  /** the actor entered / owns the item */
  isAuthor: boolean;
  /** the rights the actor holds for this kind of item */
  rights: readonly TWorkflowRight[];
  reason?: string | null | undefined;
  /** the item as a user names it, e.g. { zh: '该完成值', en: 'this value' } */
  subject: LocalizedText;
}

export type MoveOutcome =
  | { ok: true; to: TWorkflowState; reason: string | null }
  | { ok: false; code: 'FORBIDDEN' | 'INVALID_STATE' | 'VALIDATION_FAILED'; message: LocalizedText };

/** Whether a move is allowed, and where it leads; never throws. */
export function checkMove(r: MoveRequest): MoveOutcome {
  const rule = WORKFLOW[r.move];
  const move = MOVE_LABEL[r.move];
  if (!r.rights.includes(rule.right)) {
    return { ok: false, code: 'FORBIDDEN', message: { zh: `您无权${move.zh}${r.subject.zh}`, en: `You may not ${move.en} ${r.subject.en}` } };
  }
  if (rule.who === 'author' && !r.isAuthor) {
    return { ok: false, code: 'FORBIDDEN', message: { zh: `只能${move.zh}自己填报的内容`, en: `Only its author may ${move.en} ${r.subject.en}` } };
  }
  if (rule.who === 'other' && r.isAuthor) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: { zh: `不能${move.zh}自己填报的内容，请由其他有审批权限的人员处理`, en: `You cannot ${move.en} what you entered yourself; another person with the right must` },
    };
  }
  if (!rule.from.includes(r.state)) {
    const state = STATE_LABEL[r.state];
    const allowed = rule.from.map((s) => STATE_LABEL[s]);
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: {
        zh: `${r.subject.zh}${state.zh}，不能${move.zh}（只有${allowed.map((s) => s.zh).join('或')}的才能${move.zh}）`,
        en: `${capitalise(r.subject.en)} is ${state.en} and cannot be ${pastTense(r.move)} (only when ${allowed.map((s) => s.en).join(' or ')})`,
      },
    };
  }
  const reason = r.reason?.trim() ? r.reason.trim() : null;
  if (rule.reason && reason === null) {
    return { ok: false, code: 'VALIDATION_FAILED', message: { zh: `${move.zh}时请写明原因`, en: `Give a reason to ${move.en}` } };
  }
  return { ok: true, to: rule.to, reason };
}

/** `checkMove`, throwing the refusal as a DomainError; returns the state the move leads to. */
export function applyMove(r: MoveRequest): { to: TWorkflowState; reason: string | null } {
  const outcome = checkMove(r);
  if (!outcome.ok) throw new DomainError(outcome.code, outcome.message);
  return { to: outcome.to, reason: outcome.reason };
}

/** The moves an actor could make now (for buttons): allowed by state, rights and authorship; a reason may still be asked for. */
export function availableMoves(r: Omit<MoveRequest, 'move' | 'reason' | 'subject'>): TWorkflowMove[] {
  return WORKFLOW_MOVES.filter((move) => {
    const rule = WORKFLOW[move];
    return rule.from.includes(r.state) && r.rights.includes(rule.right) && (rule.who === 'any' || (rule.who === 'author') === r.isAuthor);
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const PAST: Record<TWorkflowMove, string> = { edit: 'edited', submit: 'submitted', approve: 'approved', return: 'returned', lock: 'locked', reopen: 'reopened' };
const pastTense = (move: TWorkflowMove) => PAST[move];
