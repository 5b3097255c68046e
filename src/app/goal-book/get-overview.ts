import type { TUnitScope } from '../../core/access/scope.js';
import type { TOverview, TProjectView } from '../../contract/api/goal-book-api.js';
import { fenToYuan, yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listRevisions } from '../../repositories/goal-book.repository.js';
import { DomainError } from '../../core/errors.js';
import { loadGoalBook } from '../../repositories/goal-book.repository.js';
import type { TIndicator } from '../../contract/goal-book.js';

function countBy(indicators: TIndicator[], key: (i: TIndicator) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of indicators) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

const sumYuan = (values: number[]) => fenToYuan(values.reduce((s, v) => s + yuanToFen(v), 0));

/** The department overview: money, projects and indicator counts of one unit's year. */
export async function getOverview(options: { db: Db; scope: TUnitScope; year: number }): Promise<TOverview> {
  const stored = await loadGoalBook(options.db, options.scope.rootUnit, options.year);
  if (!stored) throw new DomainError('NOT_FOUND', { zh: `${options.scope.rootUnit.name}没有 ${options.year} 年度的绩效目标，请先导入`, en: `${options.scope.rootUnit.name} has no performance goals for ${options.year}: import them first` });
  const { content } = stored;
  const all = content.projects.flatMap((p) => p.indicators);
  const [latest] = await listRevisions(options.db, options.scope.rootUnit.id, options.year);
  const dg = content.departmentGoals;
  return {
    unit: content.unit,
    year: content.year,
    budget: {
      total: sumYuan(content.projects.map((p) => p.budget.total)),
      fiscal: sumYuan(content.projects.map((p) => p.budget.fiscal)),
      other: sumYuan(content.projects.map((p) => p.budget.other)),
    },
    projectCount: content.projects.length,
    indicatorCount: all.length,
    quantitativeCount: all.filter((i) => i.target.kind === 'quantitative').length,
    qualitativeCount: all.filter((i) => i.target.kind === 'qualitative').length,
    byLevel1: countBy(all, (i) => i.level1),
    byLevel2: countBy(all, (i) => i.level2),
    departmentGoals: { overall: dg.overall.length, areas: dg.areas.length, safeguards: dg.safeguards.length, indicators: dg.indicators?.length ?? 0 },
    projects: content.projects.map((p) => ({
      id: stored.projectIds.get(p.code)!,
      code: p.code,
      name: p.name,
      budget: p.budget,
      indicatorCount: p.indicators.length,
      quantitativeCount: p.indicators.filter((i) => i.target.kind === 'quantitative').length,
      byLevel1: countBy(p.indicators, (i) => i.level1),
    })),
    revision: latest ? { number: latest.number, at: latest.createdAt.toISOString(), actorName: latest.actorName } : null,
  };
}

/** One project with the ids the editing routes address its indicators by. */
export async function getProjectView(options: { db: Db; scope: TUnitScope; year: number; code: string }): Promise<TProjectView> {
  const stored = await loadGoalBook(options.db, options.scope.rootUnit, options.year);
  const position = stored?.content.projects.findIndex((p) => p.code === options.code) ?? -1;
  if (!stored || position < 0) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${options.code} 的项目`, en: `There is no project with code ${options.code}` });
  const project = stored.content.projects[position]!;
  const ids = stored.indicatorIds.get(project.code) ?? [];
  return {
    ...project,
    id: stored.projectIds.get(project.code)!,
    position,
    indicators: project.indicators.map((indicator, i) => ({ ...indicator, id: ids[i]! })),
  };
}
