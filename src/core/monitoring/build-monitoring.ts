import type { TMeasure, TMoneyBlock, TMonitoringIndicator, TMonitoringProject, TMonitoringReport } from '../../contract/api/monitoring-api.js';
import type { TLight } from '../lights.js';
import { lineProblems, proposeCause, proposeLikelihood, type TDeviationCause, type TLikelihood } from './likelihood.js';

/**
 * The monitoring report (绩效运行监控表) assembled from its inputs: the spending view's money block per
 * project and the progress board's figures per indicator, as of the cut-off month's last day. Pure:
 * the inputs are exactly what an approved report freezes, so building again from the snapshot gives
 * the same numbers, years later.
 */

export interface MonitoringIndicatorInput {
  indicatorId: number;
  projectCode: string | null;
  level1: string;
  level2: string;
  name: string;
  target: string;
  targetValue: number | null;
  targetUnit: string | null;
  comparator: string | null;
  direction: 'higher' | 'lower' | 'qualitative';
  source: string | null;
  actual: number | null;
  assessment: string | null;
  expectedToDate: number | null;
  forecast: number | null;
  light: TLight | null;
  met: boolean | null;
}

export interface MonitoringInputs {
  unit: { code: string; name: string };
  year: number;
  month: number;
  asOf: string;
  projects: { code: string; name: string; money: TMoneyBlock }[];
  department: TMoneyBlock;
  indicators: MonitoringIndicatorInput[];
}

export interface LineState {
  likelihood: TLikelihood | null;
  cause: TDeviationCause | null;
  causeText: string | null;
  confirmedBy: string | null;
  measures: TMeasure[];
}

type Built = Pick<TMonitoringReport, 'unit' | 'year' | 'month' | 'asOf' | 'projects' | 'department'>;

const emptyLights = (): Record<TLight | 'none', number> => ({ red: 0, yellow: 0, green: 0, blue: 0, none: 0 });
const emptyLikelihoods = (): Record<TLikelihood | '未判断', number> => ({ 确定能: 0, 有可能: 0, 完全不可能: 0, 未判断: 0 });

export function buildMonitoring(inputs: MonitoringInputs, lines: ReadonlyMap<number, LineState>, mayFill: (indicator: MonitoringIndicatorInput) => boolean = () => false): Built {
  const byProject = new Map<string, MonitoringIndicatorInput[]>();
  for (const i of inputs.indicators) {
    if (!i.projectCode) continue;
    const list = byProject.get(i.projectCode) ?? [];
    list.push(i);
    byProject.set(i.projectCode, list);
  }
  const projects: TMonitoringProject[] = inputs.projects.map((p) => {
    const moneyBehind = p.money.light !== 'green';
    const indicators: TMonitoringIndicator[] = (byProject.get(p.code) ?? []).map((i) => {
      const proposed = proposeLikelihood(i);
      const cause = proposeCause({
        likelihood: proposed.likelihood,
        moneyBehind,
        executionRate: p.money.executionRate,
        plannedPercent: p.money.plannedPercent,
        month: inputs.month,
        actual: i.actual,
        expectedToDate: i.expectedToDate,
        forecast: i.forecast,
        targetRaw: i.target,
        targetUnit: i.targetUnit,
      });
      const line = lines.get(i.indicatorId);
      const judgement = { likelihood: line?.likelihood ?? null, cause: line?.cause ?? null, causeText: line?.causeText ?? null, measures: line?.measures ?? [] };
      return {
        indicatorId: i.indicatorId,
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.target,
        targetValue: i.targetValue,
        targetUnit: i.targetUnit,
        direction: i.direction,
        source: i.source,
        actual: i.actual,
        assessment: i.assessment,
        expectedToDate: i.expectedToDate,
        forecast: i.forecast,
        light: i.light,
        proposal: { likelihood: proposed.likelihood, basis: proposed.basis, cause: cause.cause, causeText: cause.causeText },
        ...judgement,
        measures: [...judgement.measures],
        confirmedBy: line?.confirmedBy ?? null,
        problems: lineProblems(judgement),
        mayFill: mayFill(i),
      };
    });
    return { code: p.code, name: p.name, money: p.money, indicators };
  });

  const deptLights = emptyLights();
  const deptLikelihoods = emptyLikelihoods();
  const summary = projects.map((p) => {
    const lights = emptyLights();
    const likelihoods = emptyLikelihoods();
    const causes: { indicator: string; cause: TDeviationCause; text: string | null }[] = [];
    for (const i of p.indicators) {
      lights[i.light ?? 'none']++;
      deptLights[i.light ?? 'none']++;
      // the summary shows what a person confirmed, else what jixiao proposes
      const likelihood = i.likelihood ?? i.proposal.likelihood;
      likelihoods[likelihood ?? '未判断']++;
      deptLikelihoods[likelihood ?? '未判断']++;
      const cause = i.likelihood !== null ? i.cause : i.proposal.cause;
      if (likelihood !== null && likelihood !== '确定能' && cause) causes.push({ indicator: i.name, cause, text: i.likelihood !== null ? i.causeText : i.proposal.causeText });
    }
    return { code: p.code, name: p.name, moneyLight: p.money.light, executionRate: p.money.executionRate, plannedPercent: p.money.plannedPercent, lights, likelihoods, causes };
  });
  const initialBudget = inputs.projects.reduce((fen, p) => fen + Math.round(p.money.initialBudget * 100), 0) / 100;
  return {
    unit: inputs.unit,
    year: inputs.year,
    month: inputs.month,
    asOf: inputs.asOf,
    projects,
    department: { money: { ...inputs.department, initialBudget }, lights: deptLights, likelihoods: deptLikelihoods, projects: summary },
  };
}

/** Lines and follow-ups still to fill before the report may be submitted. */
export function countProblems(built: Pick<Built, 'projects'>, earlierMeasures: readonly Pick<TMeasure, 'status' | 'followUpNote'>[]): number {
  let n = 0;
  for (const p of built.projects) for (const i of p.indicators) if (i.problems.length > 0) n++;
  for (const m of earlierMeasures) if (m.status === 'open' || (m.status === 'not-done' && !m.followUpNote?.trim())) n++;
  return n;
}

/** The confirmed judgement of every line that has none yet: jixiao's proposal, taken as it stands. */
export function acceptProposal(i: TMonitoringIndicator): { likelihood: TLikelihood; cause: TDeviationCause | null; causeText: string | null } | null {
  if (i.likelihood !== null || i.proposal.likelihood === null) return null;
  return { likelihood: i.proposal.likelihood, cause: i.proposal.cause, causeText: i.proposal.causeText };
}

const MONEY_FIELDS = ['initialBudget', 'budget', 'spent', 'executionRate', 'projectedYearEnd'] as const;
const INDICATOR_FIELDS = ['actual', 'forecast'] as const;

/** Figures that differ between the snapshot frozen at approval and the live inputs. */
export function changesBetween(frozen: MonitoringInputs, live: MonitoringInputs): TMonitoringReport['changesSinceApproval'] {
  const changes: TMonitoringReport['changesSinceApproval'] = [];
  const liveProjects = new Map(live.projects.map((p) => [p.code, p]));
  for (const p of frozen.projects) {
    const now = liveProjects.get(p.code);
    for (const field of MONEY_FIELDS) {
      const live = now ? now.money[field] : null;
      if (live !== p.money[field]) changes.push({ projectCode: p.code, indicator: null, field, frozen: p.money[field], live });
    }
  }
  const liveIndicators = new Map(live.indicators.map((i) => [i.indicatorId, i]));
  for (const i of frozen.indicators) {
    if (!i.projectCode) continue;
    const now = liveIndicators.get(i.indicatorId);
    for (const field of INDICATOR_FIELDS) {
      const live = now ? now[field] : null;
      if (live !== i[field]) changes.push({ projectCode: i.projectCode, indicator: i.name, field, frozen: i[field], live });
    }
  }
  return changes;
}

