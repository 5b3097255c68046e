import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import { parseTarget } from '../target.js';

/**
 * Factories for hand-made goal books in tests. The defaults form a clean, well-formed 法律援助 project
 * that no rule may flag; a test overrides only the part it breaks. Targets may be given as the raw cell
 * text and are parsed the way an importer would.
 */

export type TIndicatorInput = Partial<Omit<TIndicator, 'target'>> & { target?: string | TIndicator['target'] };

export function buildIndicator(input: TIndicatorInput = {}): TIndicator {
  const name = input.name ?? '法律援助案件受理数（件）';
  const target = input.target ?? '≥396件';
  return {
    level1: input.level1 ?? '产出指标',
    level2: input.level2 ?? '数量指标',
    name,
    description: input.description ?? name,
    target: typeof target === 'string' ? parseTarget(target) : target,
    basis: input.basis ?? '年初工作安排',
    ...(input.weight !== undefined ? { weight: input.weight } : {}),
  };
}

/** The seven rows of a clean 法律援助 table: every category present, every value measurable. */
export function cleanIndicators(): TIndicator[] {
  return [
    buildIndicator({ level1: '产出指标', level2: '数量指标', name: '法律援助案件受理数（件）', target: '≥396件' }),
    buildIndicator({ level1: '产出指标', level2: '质量指标', name: '法律援助案件办结率', target: '100%' }),
    buildIndicator({ level1: '产出指标', level2: '时效指标', name: '法律援助申请审查时限', target: '≤7日' }),
    buildIndicator({ level1: '产出指标', level2: '成本指标', name: '项目预算控制数', target: '≤5.00万元' }),
    buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '受援人合法权益维护率', target: '≥90%' }),
    buildIndicator({ level1: '效益指标', level2: '可持续影响指标', name: '法律援助工作站覆盖率', target: '100%' }),
    buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥95%' }),
  ];
}

export function buildProject(input: Partial<TProject> = {}): TProject {
  return {
    code: input.code ?? '13022522P000R24100085',
    name: input.name ?? '法律援助',
    budget: input.budget ?? { total: 50000, fiscal: 50000, other: 0 },
    purpose: input.purpose ?? '主要用于法律援助案件办理、公共法律服务中心房租及法律援助宣传。',
    spendingPlan: input.spendingPlan ?? [
      { month: 3, cumulativePercent: 25 },
      { month: 6, cumulativePercent: 50 },
      { month: 10, cumulativePercent: 75 },
      { month: 12, cumulativePercent: 100 },
    ],
    goals: input.goals ?? ['完成法律援助案件，做到应援尽援。', '开展法律援助知识宣传，提高群众知晓率。'],
    indicators: input.indicators ?? cleanIndicators(),
  };
}

export function buildGoalBook(input: Partial<TGoalBook> = {}): TGoalBook {
  return {
    unit: input.unit ?? { code: '315002', name: '乐亭县司法局' },
    year: input.year ?? 2022,
    departmentGoals: input.departmentGoals ?? {
      summary: '提升全县司法行政管理水平。',
      overall: ['扩大法律援助覆盖面，实现应援尽援，法律援助案件办结率达到100%。'],
      areas: [{ title: '法律援助', text: '办理好法律援助案件的回访工作，确保法律服务案件无投诉、无错案。' }],
      safeguards: [{ title: '法律援助', text: '加强“12348”法律服务热线平台建设。' }],
    },
    projects: input.projects ?? [buildProject()],
    warnings: input.warnings ?? [],
  };
}

/** A copy of the project with one indicator replaced (by index) — the usual way to break a clean table. */
export function withIndicator(project: TProject, index: number, input: TIndicatorInput): TProject {
  const indicators = project.indicators.slice();
  const base = indicators[index];
  const merged: TIndicatorInput = { ...(base ?? {}), ...input };
  // A description that only copied the old name follows the new name, as it would in a real table.
  if (base && input.name !== undefined && input.description === undefined && base.description === base.name) {
    merged.description = input.name;
  }
  indicators[index] = buildIndicator(merged);
  return { ...project, indicators };
}

/** A one-project book whose clean table has indicator `index` overridden. */
export function bookWithIndicator(index: number, input: TIndicatorInput, project: Partial<TProject> = {}): TGoalBook {
  return buildGoalBook({ projects: [withIndicator(buildProject(project), index, input)] });
}

/** Row positions in cleanIndicators(), so tests say what they break. */
export const ROW = { quantity: 0, quality: 1, timeliness: 2, cost: 3, social: 4, sustained: 5, satisfaction: 6 } as const;
