import type { TGoalBook } from '../../contract/goal-book.js';
import type { TGoalBookChange } from '../../contract/goal-book-change.js';
import { diffGoalBooks, type GoalBookContent } from '../../core/goal-book-diff.js';
import type { TFixRequest, TReviewCommentView, TReviewResult } from '../../contract/api/review-api.js';
import { DomainError } from '../../core/errors.js';
import { parseTarget } from '../../core/target.js';
import { REVIEW_RULES, reviewGoalBook, type TReviewContext, type TReviewFinding } from '../../core/review/index.js';
import type { Db } from '../../db/client.js';
import { listLibrary } from '../../repositories/indicator-library.repository.js';
import { previousActuals } from '../indicators/previous-actuals.js';
import { insertReviewComment, listReviewComments, type ReviewCommentRow } from '../../repositories/review.repository.js';
import type { TUnitScope } from '../../core/access/scope.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { editGoalBook } from '../goal-book/edit-goal-book.js';
import { getGoalBook } from '../goal-book/get-goal-book.js';
import type { ImportGoalBookResult } from '../goal-book/import-goal-book.js';

function countBy<T extends string>(findings: TReviewFinding[], key: (f: TReviewFinding) => T): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

const commentView = (row: ReviewCommentRow): TReviewCommentView => ({
  id: row.id,
  projectCode: row.projectCode,
  indicator: row.indicator,
  text: row.text,
  authorName: row.authorName,
  authorRole: row.authorRole,
  createdAt: row.createdAt.toISOString(),
});

/** The review of any goal book (a stored one, or a document not yet imported). */
export function reviewResult(book: Pick<TGoalBook, 'unit' | 'year'> & TGoalBook, comments: TReviewCommentView[] = [], context: Omit<TReviewContext, 'book'> = {}): TReviewResult {
  const findings = reviewGoalBook(book, context);
  return {
    unit: book.unit,
    year: book.year,
    findings,
    counts: { bySeverity: countBy(findings, (f) => f.severity), byCriterion: countBy(findings, (f) => f.criterion), fixable: findings.filter((f) => f.fix).length },
    rules: [...REVIEW_RULES],
    comments,
  };
}

/**
 * What the library and year-over-year rules need besides the book: the indicator library's names and
 * last year's actuals (app/indicators/previous-actuals.ts: the approved evaluation, else live figures).
 */
export async function reviewContextOf(db: Db, unit: TUnitScope['rootUnit'], year: number): Promise<Omit<TReviewContext, 'book'>> {
  const [library, previous] = await Promise.all([listLibrary(db), previousActuals({ db, unit, year: year - 1 })]);
  return {
    library,
    previousActual: (i) => {
      const found = previous.find(i);
      return found ? { year: previous.year, actual: found.actual } : null;
    },
  };
}

/** The review of what is stored for a unit and year, with the reviewers' comments. */
export async function reviewStoredGoalBook(options: { db: Db; scope: TUnitScope; year: number }): Promise<TReviewResult> {
  const book = await getGoalBook({ db: options.db, scope: options.scope, year: options.year });
  const [comments, context] = await Promise.all([listReviewComments(options.db, options.scope.rootUnit.id, options.year), reviewContextOf(options.db, options.scope.rootUnit, options.year)]);
  return reviewResult(book, comments.map(commentView), context);
}

const sameFix = (f: TReviewFinding, r: TFixRequest) =>
  f.rule === r.rule && f.projectCode === r.projectCode && f.indicatorIndex === r.indicatorIndex && f.fix?.field === r.field && f.fix.value === r.value;

/**
 * The fixes applied to a goal book's content. Each fix is applied only if reviewing the content still
 * proposes exactly it — a stale page cannot overwrite someone else's later edit.
 */
function withFixes(content: GoalBookContent, fixes: TFixRequest[]): GoalBookContent {
  const current = reviewGoalBook({ ...content, warnings: [] });
  for (const request of fixes) {
    if (!current.some((f) => sameFix(f, request))) {
      throw new DomainError('CONFLICT', {
        zh: `审核问题“${request.rule}”（项目 ${request.projectCode} 第 ${request.indicatorIndex + 1} 个指标）已不存在或已变化，请刷新审核结果后重试`,
        en: `The review finding “${request.rule}” (project ${request.projectCode}, indicator ${request.indicatorIndex + 1}) no longer exists or has changed: reload the review and try again`,
      });
    }
    const indicator = content.projects.find((p) => p.code === request.projectCode)!.indicators[request.indicatorIndex]!;
    if (request.field === 'target') indicator.target = parseTarget(request.value);
    else indicator[request.field] = request.value;
  }
  return content;
}

/** Apply one-click fixes, as one revision (undone, if need be, from the revision history). */
export async function applyReviewFixes(options: { db: Db; scope: TUnitScope; year: number; actor: Actor; fixes: TFixRequest[] }): Promise<ImportGoalBookResult> {
  return editGoalBook({
    db: options.db,
    scope: options.scope,
    year: options.year,
    actor: options.actor,
    source: 'review-fix',
    note: `按审核意见修正 ${options.fixes.length} 处`,
    change: (content) => withFixes(content, options.fixes),
  });
}

/** What applying the fixes would change (before → after for each cell), written nowhere: the web asks to confirm it. */
export async function previewReviewFixes(options: { db: Db; scope: TUnitScope; year: number; fixes: TFixRequest[] }): Promise<{ changes: TGoalBookChange[] }> {
  const book = await getGoalBook({ db: options.db, scope: options.scope, year: options.year });
  const { warnings: _warnings, ...content } = book;
  const next = withFixes(structuredClone(content), options.fixes);
  return { changes: diffGoalBooks(content, next).changes };
}

export async function addReviewComment(options: {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  author: { id: number; name: string; role: string };
  projectCode?: string | null | undefined;
  indicator?: string | null | undefined;
  text: string;
}): Promise<TReviewCommentView> {
  return options.db.transaction(async (tx) => {
    const row = await insertReviewComment(tx, {
      unitId: options.scope.rootUnit.id,
      year: options.year,
      projectCode: options.projectCode ?? null,
      indicator: options.indicator ?? null,
      text: options.text,
      authorId: options.author.id,
      authorName: options.author.name,
      authorRole: options.author.role,
    });
    await recordAudit(tx, {
      actor: options.actor,
      unitId: options.scope.rootUnit.id,
      action: 'review.comment',
      entity: 'review_comment',
      entityId: String(row.id),
      after: { projectCode: row.projectCode, indicator: row.indicator, text: row.text },
    });
    return commentView(row);
  });
}
