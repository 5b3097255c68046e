/** Goal review (绩效目标审核): the public surface of the review engine. */
export type { TFixableField, TPreviousActualLookup, TReviewContext, TReviewLibraryEntry, TReviewCriterion, TReviewField, TReviewFinding, TReviewRule, TReviewSeverity } from './types.js';
export { CRITERIA, SEVERITY_LABEL } from './types.js';
export { REVIEW_RULES, reviewGoalBook } from './review-goal-book.js';
export { formatReviewReport } from './format-report.js';
export { buildSyntheticGoalBook } from './synthetic.js';
