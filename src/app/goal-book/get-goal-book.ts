import type { TUnitScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { GoalBookContent } from '../../core/goal-book-diff.js';
import type { Db, Executor } from '../../db/client.js';
import { findUnitByCode, loadGoalBook, type StoredGoalBook, type UnitRow } from '../../repositories/goal-book.repository.js';

export async function requireUnit(exec: Executor, unitCode: string): Promise<UnitRow> {
  const unit = await findUnitByCode(exec, unitCode);
  if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${unitCode} 的单位`, en: `There is no unit with code ${unitCode}` });
  return unit;
}

export async function requireStoredGoalBook(exec: Executor, unitCode: string, year: number): Promise<StoredGoalBook> {
  const unit = await requireUnit(exec, unitCode);
  const stored = await loadGoalBook(exec, unit, year);
  if (!stored) throw new DomainError('NOT_FOUND', { zh: `${unit.name}（${unit.code}）没有 ${year} 年度的绩效目标，请先导入`, en: `${unit.name} (${unit.code}) has no performance goals for ${year}: import them first` });
  return stored;
}

/** The stored goal book of a unit and year in the interchange format (warnings empty). */
export async function getGoalBook(options: { db: Db; scope: TUnitScope; year: number }): Promise<GoalBookContent & { warnings: [] }> {
  const stored = await requireStoredGoalBook(options.db, options.scope.rootUnit.code, options.year);
  return { ...stored.content, warnings: [] };
}
