import { DomainError, type LocalizedText } from '../../core/errors.js';
import { yearOf } from '../../core/dates.js';
import type { Executor } from '../../db/client.js';
import type { TUnitNode } from '../../core/access/scope.js';
import { hasGoalBook, listSpendingProjects, type SpendingProjectRow } from '../../repositories/spending.repository.js';

/** A unit's budget year as the spending use-cases see it: the unit and its projects by code and id. */
export interface SpendingYear {
  unit: TUnitNode;
  year: number;
  projects: SpendingProjectRow[];
  byCode: Map<string, SpendingProjectRow>;
  byId: Map<number, SpendingProjectRow>;
}

/** The budget year of the scope's unit (payments and budgets belong to one unit: the scope's root). */
export async function loadSpendingYear(exec: Executor, unit: TUnitNode, year: number): Promise<SpendingYear> {
  if (!(await hasGoalBook(exec, unit.id, year))) {
    throw new DomainError('NOT_FOUND', { zh: `${unit.name}（${unit.code}）没有 ${year} 年度的绩效目标：请先导入绩效目标，再登记支付`, en: `${unit.name} (${unit.code}) has no performance goals for ${year}: import them before recording payments` });
  }
  const projects = await listSpendingProjects(exec, unit.id, year);
  return { unit, year, projects, byCode: new Map(projects.map((p) => [p.code, p])), byId: new Map(projects.map((p) => [p.id, p])) };
}

export function requireProject(spendingYear: SpendingYear, code: string): SpendingProjectRow {
  const project = spendingYear.byCode.get(code);
  if (!project) throw new DomainError('NOT_FOUND', { zh: `项目编码“${code}”不在${spendingYear.unit.name} ${spendingYear.year} 年度的绩效目标中：请核对编码`, en: `Project code “${code}” is not in the ${spendingYear.year} goals of ${spendingYear.unit.name}: check the code` });
  return project;
}

export function projectOf(spendingYear: SpendingYear, projectId: number): SpendingProjectRow {
  const project = spendingYear.byId.get(projectId);
  if (!project) throw new Error(`project ${projectId} is not in unit ${spendingYear.unit.code} ${spendingYear.year}`);
  return project;
}

/** Payment and revision dates belong to the budget year they are recorded in. */
export function assertInYear(spendingYear: SpendingYear, date: string, what: LocalizedText): void {
  if (yearOf(date) !== spendingYear.year) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${what.zh} ${date} 不在 ${spendingYear.year} 年度内：请填写 ${spendingYear.year}-01-01 至 ${spendingYear.year}-12-31 之间的日期`, en: `${what.en} ${date} is not in ${spendingYear.year}: give a date from ${spendingYear.year}-01-01 to ${spendingYear.year}-12-31` });
  }
}
