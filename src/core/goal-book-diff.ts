import type { TDepartmentGoals, TGoalBook, TIndicator, TProject } from '../contract/goal-book.js';
import type { TGoalBookChange, TGoalBookDiff } from '../contract/goal-book-change.js';
import { sameValue as same } from './canonical.js';

/**
 * What changed between two versions of a goal book. One function serves the import preview, the
 * revision history and the repository's update (through matchIndicators), so what the user is shown
 * is exactly what gets written.
 */

export type GoalBookContent = Omit<TGoalBook, 'warnings'>;


const indicatorKey = (i: TIndicator) => `${i.level1}\u0000${i.level2}\u0000${i.name}`;

export interface IndicatorPair {
  before: number | null;
  after: number | null;
}

/**
 * Pairs old and new indicators so an edited indicator keeps its identity (and its bindings and
 * values): first by category and name, then what is left by position; the rest are created/removed.
 */
export function matchIndicators(before: TIndicator[], after: TIndicator[]): IndicatorPair[] {
  const pairs: IndicatorPair[] = [];
  const usedBefore = new Set<number>();
  const matchedAfter = new Map<number, number>();
  const byKey = new Map<string, number[]>();
  before.forEach((indicator, i) => {
    const list = byKey.get(indicatorKey(indicator)) ?? [];
    list.push(i);
    byKey.set(indicatorKey(indicator), list);
  });
  after.forEach((indicator, j) => {
    const candidates = byKey.get(indicatorKey(indicator));
    const i = candidates?.find((c) => !usedBefore.has(c));
    if (i !== undefined) {
      usedBefore.add(i);
      matchedAfter.set(j, i);
    }
  });
  after.forEach((_, j) => {
    if (matchedAfter.has(j)) return;
    if (j < before.length && !usedBefore.has(j)) {
      usedBefore.add(j);
      matchedAfter.set(j, j);
    }
  });
  after.forEach((_, j) => pairs.push({ before: matchedAfter.get(j) ?? null, after: j }));
  before.forEach((_, i) => {
    if (!usedBefore.has(i)) pairs.push({ before: i, after: null });
  });
  return pairs;
}

const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'description', 'target', 'basis', 'weight'] as const;

function indicatorChanges(project: Pick<TProject, 'code' | 'name'> | undefined, before: TIndicator[], after: TIndicator[]): TGoalBookChange[] {
  const where = project ? { projectCode: project.code, projectName: project.name } : {};
  const changes: TGoalBookChange[] = [];
  for (const pair of matchIndicators(before, after)) {
    const b = pair.before === null ? undefined : before[pair.before];
    const a = pair.after === null ? undefined : after[pair.after];
    if (a && !b) changes.push({ op: 'create', entity: 'indicator', ...where, indicator: a.name, after: a });
    else if (b && !a) changes.push({ op: 'delete', entity: 'indicator', ...where, indicator: b.name, before: b });
    else if (a && b) {
      for (const field of INDICATOR_FIELDS) {
        if (!same(b[field], a[field])) changes.push({ op: 'update', entity: 'indicator', ...where, indicator: a.name, field, before: b[field], after: a[field] });
      }
      if (pair.before !== pair.after) changes.push({ op: 'update', entity: 'indicator', ...where, indicator: a.name, field: 'position', before: pair.before, after: pair.after });
    }
  }
  return changes;
}

const PROJECT_FIELDS: Array<[string, (p: TProject) => unknown]> = [
  ['name', (p) => p.name],
  ['budget.total', (p) => p.budget.total],
  ['budget.fiscal', (p) => p.budget.fiscal],
  ['budget.other', (p) => p.budget.other],
  ['purpose', (p) => p.purpose],
  ['spendingPlan', (p) => p.spendingPlan],
  ['goals', (p) => p.goals],
];

const DEPARTMENT_FIELDS = ['summary', 'overall', 'areas', 'safeguards'] as const;

function departmentChanges(before: TDepartmentGoals | undefined, after: TDepartmentGoals): TGoalBookChange[] {
  const changes: TGoalBookChange[] = [];
  for (const field of DEPARTMENT_FIELDS) {
    const b = before?.[field];
    const a = after[field];
    const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
    if (!same(b, a) && !(empty(a) && empty(b))) changes.push({ op: 'update', entity: 'departmentGoals', field, before: b, after: a });
  }
  changes.push(...indicatorChanges(undefined, before?.indicators ?? [], after.indicators ?? []));
  return changes;
}

export function diffGoalBooks(before: GoalBookContent | null, after: GoalBookContent): TGoalBookDiff {
  const changes: TGoalBookChange[] = [];
  if (before && before.unit.name !== after.unit.name) {
    changes.push({ op: 'update', entity: 'unit', field: 'name', before: before.unit.name, after: after.unit.name });
  }
  changes.push(...departmentChanges(before?.departmentGoals, after.departmentGoals));

  const beforeByCode = new Map((before?.projects ?? []).map((p, i) => [p.code, { project: p, position: i }]));
  const afterCodes = new Set(after.projects.map((p) => p.code));
  after.projects.forEach((project, position) => {
    const old = beforeByCode.get(project.code);
    const where = { projectCode: project.code, projectName: project.name };
    if (!old) {
      const { indicators, ...fields } = project;
      changes.push({ op: 'create', entity: 'project', ...where, after: fields });
      changes.push(...indicatorChanges(project, [], indicators));
      return;
    }
    for (const [field, get] of PROJECT_FIELDS) {
      if (!same(get(old.project), get(project))) changes.push({ op: 'update', entity: 'project', ...where, field, before: get(old.project), after: get(project) });
    }
    if (old.position !== position) changes.push({ op: 'update', entity: 'project', ...where, field: 'position', before: old.position, after: position });
    changes.push(...indicatorChanges(project, old.project.indicators, project.indicators));
  });
  for (const old of before?.projects ?? []) {
    if (afterCodes.has(old.code)) continue;
    const { indicators, ...fields } = old;
    changes.push({ op: 'delete', entity: 'project', projectCode: old.code, projectName: old.name, before: fields });
    changes.push(...indicatorChanges(old, indicators, []));
  }
  return summarise(before === null, changes);
}

function summarise(isNew: boolean, changes: TGoalBookChange[]): TGoalBookDiff {
  const count = (entity: TGoalBookChange['entity'], op: TGoalBookChange['op']) => changes.filter((c) => c.entity === entity && c.op === op).length;
  const changedProjects = new Set(
    changes.filter((c) => (c.entity === 'project' && c.op === 'update') || (c.entity === 'indicator' && c.projectCode !== undefined)).map((c) => c.projectCode),
  );
  for (const c of changes) if (c.entity === 'project' && c.op !== 'update') changedProjects.delete(c.projectCode);
  const changedIndicators = new Set(changes.filter((c) => c.entity === 'indicator' && c.op === 'update').map((c) => `${c.projectCode}\u0000${c.indicator}`));
  const counts = {
    projectsCreated: count('project', 'create'),
    projectsChanged: changedProjects.size,
    projectsRemoved: count('project', 'delete'),
    indicatorsCreated: count('indicator', 'create'),
    indicatorsChanged: changedIndicators.size,
    indicatorsRemoved: count('indicator', 'delete'),
    departmentGoalsChanged: changes.some((c) => c.entity === 'departmentGoals' || c.entity === 'unit' || (c.entity === 'indicator' && c.projectCode === undefined)),
  };
  const parts: string[] = [];
  if (counts.projectsCreated) parts.push(`新建 ${counts.projectsCreated} 个项目`);
  if (counts.projectsChanged) parts.push(`修改 ${counts.projectsChanged} 个项目`);
  if (counts.projectsRemoved) parts.push(`删除 ${counts.projectsRemoved} 个项目`);
  if (counts.indicatorsCreated) parts.push(`新增 ${counts.indicatorsCreated} 个指标`);
  if (counts.indicatorsChanged) parts.push(`修改 ${counts.indicatorsChanged} 个指标`);
  if (counts.indicatorsRemoved) parts.push(`删除 ${counts.indicatorsRemoved} 个指标`);
  if (counts.departmentGoalsChanged) parts.push(isNew ? '录入部门整体绩效目标' : '修改部门整体绩效目标');
  return { isNew, changes, counts, summary: parts.length > 0 ? parts.join('、') : '无变化' };
}
