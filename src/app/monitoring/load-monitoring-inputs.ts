import { singleUnitScope, type TUnitScope } from '../../core/access/scope.js';
import { monthEnd } from '../../core/dates.js';
import { registerKindOfMetric } from '../../core/monitoring/line-scope.js';
import type { MonitoringInputs } from '../../core/monitoring/build-monitoring.js';
import type { Db } from '../../db/client.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { getSpending } from '../spending/get-spending.js';

/**
 * What a monitoring report is built from, as of the cut-off month's last day: the spending view's
 * money per project (年初预算数, budget in force, spent, rate, plan milestone, light, projection) and
 * the indicator-progress board's figures (actual, forecast, light) — read through those use-cases, so
 * the report shows the same numbers as the 预算执行 and 指标进度 pages. This is what approval freezes.
 * `kinds` (which register each indicator's actual comes from) decides which 业务科室 fills a line.
 */
export async function loadMonitoringInputs(o: { db: Db; scope: TUnitScope; year: number; month: number }): Promise<{ inputs: MonitoringInputs; kinds: Map<number, string[]>; projectKinds: Map<string, string[]> }> {
  const asOf = monthEnd(o.year, o.month);
  const [spending, board] = await Promise.all([getSpending({ db: o.db, scope: singleUnitScope(o.scope.rootUnit), year: o.year, asOf }), getIndicatorProgress({ db: o.db, scope: singleUnitScope(o.scope.rootUnit), year: o.year, asOf })]);
  const kinds = new Map<number, string[]>();
  const projectKinds = new Map<string, string[]>();
  for (const i of board.indicators) {
    const kind = registerKindOfMetric(i.metric);
    kinds.set(i.indicatorId, kind ? [kind] : []);
    if (kind && i.projectCode) projectKinds.set(i.projectCode, [...new Set([...(projectKinds.get(i.projectCode) ?? []), kind])]);
  }
  const money = (e: (typeof spending.projects)[number] | typeof spending.total, initialBudget: number) => ({
    initialBudget,
    budget: e.budget,
    spent: e.spent,
    executionRate: e.executionRate,
    plannedPercent: e.plannedPercent,
    gapPoints: e.gapPoints,
    light: e.light,
    projectedYearEnd: e.projectedYearEnd,
  });
  const inputs: MonitoringInputs = {
    unit: spending.unit,
    year: o.year,
    month: o.month,
    asOf,
    projects: spending.projects.map((p) => ({ code: p.code, name: p.name, money: money(p, p.initialBudget) })),
    department: money(spending.total, spending.projects.reduce((fen, p) => fen + Math.round(p.initialBudget * 100), 0) / 100),
    indicators: board.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      projectCode: i.projectCode,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      targetValue: i.targetValue,
      targetUnit: i.targetUnit,
      comparator: i.comparator,
      direction: i.direction,
      source: i.source ?? null,
      actual: i.actual,
      assessment: i.assessment,
      expectedToDate: i.expectedToDate,
      forecast: i.forecast,
      light: i.light,
      met: i.met,
    })),
  };
  return { inputs, kinds, projectKinds };
}
