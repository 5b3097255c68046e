import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import type { TReviewFinding, TReviewRule } from './types.js';

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

/** "项目 13022522P000R24100085 法律援助" — how a project is named in a message. */
export function projectLabel(project: Pick<TProject, 'code' | 'name'>): string {
  return `${project.code} ${project.name.trim()}`;
}
