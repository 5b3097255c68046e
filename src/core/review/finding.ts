import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import type { TFixableField, TReviewFinding, TReviewRule } from './types.js';

/** Builders that fill the location part of a finding the same way in every rule. */

type TRuleRef = Pick<TReviewRule, 'id' | 'criterion'>;
type TFindingBody = Omit<TReviewFinding, 'rule' | 'criterion' | 'projectCode' | 'indicator' | 'indicatorIndex'>;

export function departmentFinding(rule: TRuleRef, body: TFindingBody): TReviewFinding {
  return { rule: rule.id, criterion: rule.criterion, ...body };
}

export function projectFinding(rule: TRuleRef, project: TProject, body: TFindingBody): TReviewFinding {
  return { rule: rule.id, criterion: rule.criterion, projectCode: project.code, ...body };
}

export function indicatorFinding(
  rule: TRuleRef,
  project: TProject,
  indicatorIndex: number,
  body: TFindingBody,
): TReviewFinding {
  const indicator = project.indicators[indicatorIndex];
  return {
    rule: rule.id,
    criterion: rule.criterion,
    projectCode: project.code,
    ...(indicator ? { indicator: indicator.name } : {}),
    indicatorIndex,
    ...body,
  };
}

/** Visit every indicator of every project in document order. */
export function forEachIndicator(
  book: TGoalBook,
  visit: (project: TProject, indicator: TIndicator, index: number, projectIndex: number) => void,
): void {
  book.projects.forEach((project, projectIndex) => {
    project.indicators.forEach((indicator, index) => visit(project, indicator, index, projectIndex));
  });
}

/** The text cells of an indicator a rule reads, with their labels as the paper form names them. */
export type TIndicatorCell = 'name' | 'description' | 'target' | 'basis';
export const CELL_LABEL: Record<TIndicatorCell, string> = { name: '三级指标名称', description: '绩效指标描述', target: '指标值', basis: '指标值确定依据' };

/**
 * Visit every text cell of every indicator (name, description, target as written, basis) in document
 * order, with the field a one-click fix may rewrite (none for the basis).
 */
export function forEachIndicatorCell(book: TGoalBook, visit: (project: TProject, index: number, field: TIndicatorCell, text: string, fixable: TFixableField | undefined) => void): void {
  forEachIndicator(book, (project, ind, index) => {
    const cells: Record<TIndicatorCell, string> = { name: ind.name, description: ind.description, target: ind.target.raw, basis: ind.basis };
    for (const field of ['name', 'description', 'target', 'basis'] as const) visit(project, index, field, cells[field], field === 'basis' ? undefined : field);
  });
}

/** "项目 13022522P000R24100085 法律援助" — how a project is named in a message. */
export function projectLabel(project: Pick<TProject, 'code' | 'name'>): string {
  return `${project.code} ${project.name.trim()}`;
}
