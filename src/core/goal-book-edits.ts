import type { TDepartmentGoals, TIndicator, TProject } from '../contract/goal-book.js';
import { DomainError } from './errors.js';
import type { GoalBookContent } from './goal-book-diff.js';
import { parseTarget } from './target.js';

/**
 * Edits of a goal book as pure functions of its content: the web's forms, the review's one-click
 * fixes and anything else that changes a stored book go through these, then through one commit.
 */

export interface IndicatorFields {
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: string;
  basis: string;
  weight?: number | null | undefined;
}

export function indicatorFrom(fields: IndicatorFields): TIndicator {
  const indicator: TIndicator = {
    level1: fields.level1,
    level2: fields.level2,
    name: fields.name,
    description: fields.description,
    target: parseTarget(fields.target),
    basis: fields.basis,
  };
  if (fields.weight !== undefined && fields.weight !== null) indicator.weight = fields.weight;
  return indicator;
}

function projectOf(content: GoalBookContent, code: string): TProject {
  const project = content.projects.find((p) => p.code === code);
  if (!project) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${code} 的项目`, en: `There is no project with code ${code}` });
  return project;
}

export function patchProject(content: GoalBookContent, code: string, patch: Partial<Pick<TProject, 'name' | 'purpose' | 'budget' | 'spendingPlan' | 'goals'>>): GoalBookContent {
  const project = projectOf(content, code);
  Object.assign(project, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
  return content;
}

/** The indicator list an edit applies to: a project's, or the department's own (projectCode null). */
function indicatorList(content: GoalBookContent, projectCode: string | null): TIndicator[] {
  if (projectCode !== null) return projectOf(content, projectCode).indicators;
  content.departmentGoals.indicators ??= [];
  return content.departmentGoals.indicators;
}

function tidyDepartmentIndicators(content: GoalBookContent): void {
  if (content.departmentGoals.indicators?.length === 0) delete content.departmentGoals.indicators;
}

export function insertIndicator(content: GoalBookContent, projectCode: string | null, indicator: TIndicator, position?: number): GoalBookContent {
  const list = indicatorList(content, projectCode);
  const at = position === undefined ? lastIndexOfLevel1(list, indicator.level1) : Math.max(0, Math.min(position, list.length));
  list.splice(at, 0, indicator);
  return content;
}

/** New indicators go after the last one of their category, so the table keeps its grouping. */
function lastIndexOfLevel1(list: TIndicator[], level1: string): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.level1 === level1) return i + 1;
  return list.length;
}

export function replaceIndicator(content: GoalBookContent, projectCode: string | null, index: number, indicator: TIndicator): GoalBookContent {
  const list = indicatorList(content, projectCode);
  if (!list[index]) throw new DomainError('NOT_FOUND', { zh: '指标不存在（可能已被他人删除），请刷新', en: 'The indicator does not exist (someone may have deleted it): reload' });
  list[index] = indicator;
  return content;
}

export function removeIndicator(content: GoalBookContent, projectCode: string | null, index: number): GoalBookContent {
  const list = indicatorList(content, projectCode);
  if (!list[index]) throw new DomainError('NOT_FOUND', { zh: '指标不存在（可能已被他人删除），请刷新', en: 'The indicator does not exist (someone may have deleted it): reload' });
  list.splice(index, 1);
  tidyDepartmentIndicators(content);
  return content;
}

export function replaceDepartmentGoals(content: GoalBookContent, goals: Omit<TDepartmentGoals, 'indicators'>): GoalBookContent {
  const indicators = content.departmentGoals.indicators;
  content.departmentGoals = {
    ...(goals.summary ? { summary: goals.summary } : {}),
    overall: goals.overall,
    areas: goals.areas.map(({ title, text }) => ({ title, text })),
    safeguards: goals.safeguards.map(({ title, text }) => ({ title, text })),
    ...(indicators ? { indicators } : {}),
  };
  return content;
}
