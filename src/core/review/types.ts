import type { TGoalBook } from '../../contract/goal-book.js';

/**
 * Goal review (绩效目标审核): the types every rule, the runner, the report and the callers share.
 * A finding says what is wrong in plain Chinese and, where a fix is mechanical, carries the fix itself
 * so the web can apply it with one click (recorded as a revision by the caller, never here).
 */

export type TReviewCriterion = '完整性' | '规范性' | '可衡量性' | '相关性' | '一致性' | '重复' | '覆盖';

export type TReviewSeverity = 'error' | 'warning' | 'suggestion';

export type TReviewField = 'name' | 'description' | 'target' | 'basis' | 'level1' | 'level2' | 'budget' | 'spendingPlan' | 'goals' | 'purpose' | 'code' | 'departmentGoals';

export type TFixableField = 'name' | 'description' | 'target';

export interface TReviewFinding {
  /** stable id, kebab-case, e.g. 'unit-in-words' */
  rule: string;
  criterion: TReviewCriterion;
  severity: TReviewSeverity;
  /** absent for department-level findings */
  projectCode?: string;
  /** the indicator's name exactly as written */
  indicator?: string;
  /** 0-based index within the project's indicators (to link to the cell) */
  indicatorIndex?: number;
  field?: TReviewField;
  /** plain Chinese explanation */
  message: string;
  /** plain Chinese suggestion */
  suggestion?: string;
  /** present only when the suggestion is a mechanical fix that can be applied with one click */
  fix?: { field: TFixableField; value: string };
}

/** A library entry as the review sees it (指标库: the reusable names). */
export interface TReviewLibraryEntry {
  readonly name: string;
}

/** Last year's actual of an indicator, as `app/indicators/previous-actuals.ts` finds it; null when none. */
export type TPreviousActualLookup = (indicator: { projectCode: string; projectName: string; name: string }) => { year: number; actual: number | null } | null;

/**
 * What a rule sees: the book, and — when the caller has them — the indicator library and last year's
 * actuals. Rules are pure and build whatever index they need themselves; without the optional parts the
 * rules that need them find nothing.
 */
export interface TReviewContext {
  readonly book: TGoalBook;
  readonly library?: readonly TReviewLibraryEntry[] | undefined;
  readonly previousActual?: TPreviousActualLookup | undefined;
}

export interface TReviewRule {
  readonly id: string;
  readonly criterion: TReviewCriterion;
  /** short Chinese title for rule lists and filters */
  readonly title: string;
  check(ctx: TReviewContext): TReviewFinding[];
}

export const SEVERITY_LABEL: Record<TReviewSeverity, string> = {
  error: '错误',
  warning: '警告',
  suggestion: '建议',
};

export const CRITERIA: readonly TReviewCriterion[] = ['完整性', '规范性', '可衡量性', '相关性', '一致性', '重复', '覆盖'];
