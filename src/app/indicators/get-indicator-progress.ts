import type { TUnitScope } from '../../core/access/scope.js';
import type { TTarget } from '../../contract/goal-book.js';
import type { TActualSource, TIndicatorProgress, TProgressBoard } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import { directionOf, indicatorProgress } from '../../core/indicator-progress.js';
import type { TLight } from '../../core/lights.js';
import { targetReadAs } from '../../core/metric-standard.js';
import { proposeMetric } from '../../core/metric-proposals.js';
import type { Executor } from '../../db/client.js';
import { indicatorFromRow, targetFromRow } from '../../repositories/goal-book.repository.js';
import { latestApprovedValues, listBindings, listIndicatorsWithProjects, type BindingRow, type IndicatorValueRow, type RollupIndicatorRow } from '../../repositories/indicator-tracking.repository.js';
import { computeMetricValues, findCatalogMetric, metricKey, type TComputedMetric } from './metric-catalog.js';

/**
 * The indicator progress board of a unit's year as of a date: every indicator with its target, its
 * actual and where it comes from (`source`), what was expected by then, its light and forecast — and,
 * for unbound ones, the binding jixiao proposes. Only that year's bindings and manual values are read;
 * each distinct (metric, filter) is computed once (one SQL aggregate per register metric; the ledger
 * metrics together in three queries).
 *
 * Sources, in order: a quantitative target takes its bound metric (`metric` from a register, `ledger`
 * from the spending ledger), else the latest approved manual value (`manual`). A qualitative target
 * takes the latest approved assessment (`assessment`: a person's judgement with its reason), else a
 * bound metric — read against the metric's standard where it has one (严格控制在预算内 → spent ≤ 100%
 * of the budget in force; 及时完成 → 100% within the legal deadlines). Without any: `missing`.
 */
export async function getIndicatorProgress(o: { db: Executor; scope: TUnitScope; year: number; asOf: string }): Promise<TProgressBoard> {
  // the indicators, and the bindings followed by their metrics, read side by side: two round trips deep, not three
  const bound = listBindings(o.db, o.scope.rootUnit.id, o.year).then(async (bindings) => ({
    bindings,
    values: await computeMetricValues(o.db, { scope: o.scope, year: o.year, asOf: o.asOf, wanted: bindings.map((b) => ({ metric: b.metric, filter: b.filter })) }),
  }));
  const [rows, { bindings, values }, approved] = await Promise.all([listIndicatorsWithProjects(o.db, o.scope.rootUnit.id, o.year), bound, latestApprovedValues(o.db, o.scope.rootUnit.id, o.year, o.asOf)]);
  if (rows.length === 0) throw new DomainError('NOT_FOUND', { zh: `${o.scope.rootUnit.name}（${o.scope.rootUnit.code}）没有 ${o.year} 年度的绩效指标，请先导入绩效目标`, en: `${o.scope.rootUnit.name} (${o.scope.rootUnit.code}) has no indicators for ${o.year}; import the goal book first` });
  return assembleBoard({ unit: o.scope.rootUnit, year: o.year, asOf: o.asOf, rows, bindings, approved, values });
}

/**
 * THE reading of one indicator as of a date: where its actual comes from, the actual, the target it is
 * read against and its progress (light, forecast). The board and the rollups' lights both read it here,
 * so a county's counts are the units' own boards' lights.
 */
export function readIndicator<M extends Pick<IndicatorValueRow, 'value' | 'assessment'>>(o: {
  year: number;
  asOf: string;
  indicator: { name: string; target: TTarget };
  binding: { metric: string; filter: Record<string, string> | null } | undefined;
  manual: M | null;
  values: ReadonlyMap<string, TComputedMetric>;
}) {
  const { indicator, binding, manual } = o;
  const metric = binding ? findCatalogMetric(binding.metric) : undefined;
  const computed = binding && metric ? (o.values.get(metricKey(binding.metric, binding.filter)) ?? null) : null;
  const qualitative = directionOf(indicator.name, indicator.target) === 'qualitative';
  const assessed = qualitative && manual?.assessment ? manual : null;
  const source: TActualSource = assessed ? 'assessment' : computed ? (metric!.source === 'ledger' ? 'ledger' : 'metric') : manual && !qualitative ? 'manual' : 'missing';
  const fromMetric = source === 'metric' || source === 'ledger';
  const actual = fromMetric ? computed!.value : source === 'manual' ? manual!.value : null;
  // a qualitative target answered by a metric is read against the metric's standard
  const read = fromMetric ? targetReadAs(indicator.name, indicator.target, metric!) : { target: indicator.target, standard: null };
  const progress = indicatorProgress({
    name: indicator.name,
    target: read.target,
    year: o.year,
    asOf: o.asOf,
    actual,
    cumulative: fromMetric ? metric!.kind !== 'rate' : null,
    assessment: assessed?.assessment ?? null,
    ...(fromMetric && metric!.lowerIsBetter ? { lowerIsBetter: true } : {}),
  });
  return { metric, computed, assessed, source, actual, read, progress };
}

export type TLightCounts = Record<TLight | 'none', number>;

/**
 * A unit's lights for a rollup, from `listRollupIndicators`: its count of indicators and those that can
 * be lit (bound, or with an approved value), read by `readIndicator` like its board reads them; the rest
 * are unlit ('none').
 */
export function rollupLights(o: {
  year: number;
  asOf: string;
  indicators: number;
  lit: readonly RollupIndicatorRow[];
  approved: ReadonlyMap<number, Pick<IndicatorValueRow, 'value' | 'assessment'>>;
  values: ReadonlyMap<string, TComputedMetric>;
}): TLightCounts {
  const lights: TLightCounts = { red: 0, yellow: 0, green: 0, blue: 0, none: o.indicators };
  for (const row of o.lit) {
    const binding = row.metric === null ? undefined : { metric: row.metric, filter: row.filter };
    const { progress } = readIndicator({ year: o.year, asOf: o.asOf, indicator: { name: row.name, target: targetFromRow(row) }, binding, manual: o.approved.get(row.id) ?? null, values: o.values });
    if (progress.light) {
      lights[progress.light]++;
      lights.none--;
    }
  }
  return lights;
}

export type BoardIndicatorRow = Awaited<ReturnType<typeof listIndicatorsWithProjects>>[number];

/**
 * The board from what was read: the unit's indicators with their projects, bindings, latest approved
 * values and computed metrics, each read by `readIndicator`; for an unbound indicator, the binding
 * jixiao proposes.
 */
export function assembleBoard(o: { unit: { code: string; name: string }; year: number; asOf: string; rows: BoardIndicatorRow[]; bindings: BindingRow[]; approved: IndicatorValueRow[]; values: Map<string, TComputedMetric> }): TProgressBoard {
  const { rows, bindings, approved, values } = o;
  const bindingOf = new Map(bindings.map((b) => [b.indicatorId, b]));
  const approvedOf = new Map(approved.map((v) => [v.indicatorId, v]));

  const indicators: TIndicatorProgress[] = rows.map(({ indicator: row, projectCode, projectName, projectPurpose }) => {
    const indicator = indicatorFromRow(row);
    const binding = bindingOf.get(row.id);
    const manual = approvedOf.get(row.id) ?? null;
    const { metric, computed, assessed, source, actual, read, progress } = readIndicator({ year: o.year, asOf: o.asOf, indicator, binding, manual, values });
    const proposed = binding ? null : proposeMetric(indicator, projectCode ? { code: projectCode, name: projectName ?? '', purpose: projectPurpose } : null);
    const proposedMetric = proposed ? findCatalogMetric(proposed.metric) : undefined;
    return {
      indicatorId: row.id,
      projectCode,
      projectName,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target.raw,
      targetValue: indicator.target.value ?? null,
      comparator: indicator.target.comparator ?? null,
      targetUnit: indicator.target.unit ?? null,
      direction: progress.direction,
      metric: binding?.metric ?? null,
      metricName: metric?.name ?? null,
      filter: binding?.filter ?? null,
      source,
      readAs: read.standard ? { comparator: read.standard.comparator, value: read.standard.value, unit: read.standard.unit, text: read.standard.text } : null,
      ledger: source === 'ledger' ? (computed!.ledger ?? null) : null,
      // a metric bound to a qualitative target still shows its figure beside the assessment
      actual: actual ?? (computed && source === 'assessment' ? computed.value : null),
      numerator: computed?.numerator ?? null,
      denominator: computed?.denominator ?? null,
      expectedToDate: progress.expectedToDate,
      light: progress.light,
      forecast: progress.forecast,
      met: progress.met,
      recordCount: computed?.recordCount ?? null,
      assessment: assessed?.assessment ?? null,
      manualValue: manual ? { id: manual.id, asOf: manual.asOf, value: manual.value, assessment: manual.assessment, reason: manual.reason, evidence: manual.evidence, enteredBy: manual.enteredByName, approvedBy: manual.decidedByName } : null,
      proposal: proposed && proposedMetric ? { metric: proposed.metric, metricName: proposedMetric.name, filter: proposed.filter, reason: proposed.reason } : null,
    };
  });

  const tally = (list: TIndicatorProgress[]) => {
    const lights: Record<TLight | 'none', number> = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
    const sources: Record<TActualSource, number> = { metric: 0, ledger: 0, assessment: 0, manual: 0, missing: 0 };
    for (const i of list) {
      lights[i.light ?? 'none']++;
      sources[i.source]++;
    }
    return { lights, live: sources.metric + sources.ledger, manual: sources.manual + sources.assessment, unbound: sources.missing, sources };
  };
  const projects = [...new Map(rows.filter((r) => r.projectCode).map((r) => [r.projectCode!, r.projectName ?? ''])).entries()].map(([code, name]) => ({
    code,
    name,
    ...tally(indicators.filter((i) => i.projectCode === code)),
  }));
  return { unit: { code: o.unit.code, name: o.unit.name }, year: o.year, asOf: o.asOf, indicators, projects, department: { indicators: indicators.length, ...tally(indicators) } };
}
