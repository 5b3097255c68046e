import { DomainError, type LocalizedText } from '../../core/errors.js';
import { yearOf } from '../../core/dates.js';
import type { Executor } from '../../db/client.js';
import type { UnitRow } from '../../repositories/goal-book.repository.js';
import { hasGoalBook, listSpendingProjects, type SpendingProjectRow } from '../../repositories/spending.repository.js';
import { requireUnit } from '../goal-book/get-goal-book.js';

/** A unit's budget year as the spending use-cases see it: the unit and its projects by code and id. */
export interface SpendingScope {
  unit: UnitRow;
  year: number;
  projects: SpendingProjectRow[];
  byCode: Map<string, SpendingProjectRow>;
  byId: Map<number, SpendingProjectRow>;
}

export async function loadSpendingScope(exec: Executor, unitCode: string, year: number): Promise<SpendingScope> {
  const unit = await requireUnit(exec, unitCode);
  if (!(await hasGoalBook(exec, unit.id, year))) {
    throw new DomainError('NOT_FOUND', { zh: `${unit.name}（${unit.code}）没有 ${year} 年度的绩效目标：请先导入绩效目标，再登记支付`, en: `${unit.name} (${unit.code}) has no performance goals for ${year}: import them before recording payments` });
  }
  const projects = await listSpendingProjects(exec, unit.id, year);
  return { unit, year, projects, byCode: new Map(projects.map((p) => [p.code, p])), byId: new Map(projects.map((p) => [p.id, p])) };
}

export function requireProject(scope: SpendingScope, code: string): SpendingProjectRow {
  const project = scope.byCode.get(code);
  if (!project) throw new DomainError('NOT_FOUND', { zh: `项目编码“${code}”不在${scope.unit.name} ${scope.year} 年度的绩效目标中：请核对编码`, en: `Project code “${code}” is not in the ${scope.year} goals of ${scope.unit.name}: check the code` });
  return project;
}

export function projectOf(scope: SpendingScope, projectId: number): SpendingProjectRow {
  const project = scope.byId.get(projectId);
  if (!project) throw new Error(`project ${projectId} is not in unit ${scope.unit.code} ${scope.year}`);
  return project;
}

/** Payment and revision dates belong to the budget year they are recorded in. */
export function assertInYear(scope: SpendingScope, date: string, what: LocalizedText): void {
  if (yearOf(date) !== scope.year) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${what.zh} ${date} 不在 ${scope.year} 年度内：请填写 ${scope.year}-01-01 至 ${scope.year}-12-31 之间的日期`, en: `${what.en} ${date} is not in ${scope.year}: give a date from ${scope.year}-01-01 to ${scope.year}-12-31` });
  }
}
