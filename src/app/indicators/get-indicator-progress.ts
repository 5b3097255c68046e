import type { TUnitScope } from '../../core/access/scope.js';
import type { TIndicatorProgress, TMetricValue, TProgressBoard } from '../../contract/api/registers-api.js';
import { canonicalJson } from '../../core/canonical.js';
import { DomainError } from '../../core/errors.js';
import { indicatorProgress } from '../../core/indicator-progress.js';
import type { TLight } from '../../core/lights.js';
import { proposeMetric } from '../../core/metric-proposals.js';
import type { Db } from '../../db/client.js';
import { indicatorFromRow } from '../../repositories/goal-book.repository.js';
import { latestApprovedValues, listBindings, listIndicatorsWithProjects } from '../../repositories/indicator-tracking.repository.js';
import { computeMetric } from '../../registers/framework/compute-metric.js';
import { findMetric } from '../../registers/registry.js';

/**
 * The indicator progress board of a unit's year as of a date: every indicator with its target, its
 * actual (live from a bound register metric, or the latest approved manual value), what was expected
 * by then, its light and forecast — and, for unbound ones, the binding jixiao proposes. Only that
 * year's bindings and manual values are read; each distinct (metric, filter) is computed once with one
 * SQL aggregate.
 */
export async function getIndicatorProgress(o: { db: Db; scope: TUnitScope; year: number; asOf: string }): Promise<TProgressBoard> {
  const rows = await listIndicatorsWithProjects(o.db, o.scope.rootUnit.id, o.year);
  if (rows.length === 0) throw new DomainError('NOT_FOUND', { zh: `${o.scope.rootUnit.name}（${o.scope.rootUnit.code}）没有 ${o.year} 年度的绩效指标，请先导入绩效目标`, en: `${o.scope.rootUnit.name} (${o.scope.rootUnit.code}) has no performance indicators for ${o.year}: import the performance goals first` });
  const [bindings, approved] = await Promise.all([listBindings(o.db, o.scope.rootUnit.id, o.year), latestApprovedValues(o.db, o.scope.rootUnit.id, o.year, o.asOf)]);
  const bindingOf = new Map(bindings.map((b) => [b.indicatorId, b]));
  const approvedOf = new Map(approved.map((v) => [v.indicatorId, v]));

  const wanted = new Map<string, { metric: string; filter: Record<string, string> | null }>();
  for (const b of bindings) if (findMetric(b.metric)) wanted.set(`${b.metric}|${canonicalJson(b.filter)}`, { metric: b.metric, filter: b.filter });
  const values = new Map<string, TMetricValue>();
  await Promise.all(
    [...wanted.entries()].map(async ([key, w]) => {
      values.set(key, await computeMetric(o.db, findMetric(w.metric)!, { unitIds: o.scope.unitIds, year: o.year, asOf: o.asOf, filter: w.filter }));
    }),
  );

  const indicators: TIndicatorProgress[] = rows.map(({ indicator: row, projectCode, projectName }) => {
    const indicator = indicatorFromRow(row);
    const binding = bindingOf.get(row.id);
    const metric = binding ? findMetric(binding.metric) : undefined;
    const computed = binding && metric ? values.get(`${binding.metric}|${canonicalJson(binding.filter)}`)! : null;
    const manual = approvedOf.get(row.id) ?? null;
    const source = computed ? 'metric' : manual ? 'manual' : null;
    const actual = computed ? computed.value : (manual?.value ?? null);
    const progress = indicatorProgress({
      name: indicator.name,
      target: indicator.target,
      year: o.year,
      asOf: o.asOf,
      actual,
      cumulative: metric ? metric.kind !== 'rate' : null,
      assessment: manual?.assessment ?? null,
      ...(metric?.lowerIsBetter ? { lowerIsBetter: true } : {}),
    });
    const proposed = binding ? null : proposeMetric(indicator, projectCode ? { code: projectCode, name: projectName ?? '' } : null);
    const proposedMetric = proposed ? findMetric(proposed.metric) : undefined;
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
      actual,
      numerator: computed?.numerator ?? null,
      denominator: computed?.denominator ?? null,
      expectedToDate: progress.expectedToDate,
      light: progress.light,
      forecast: progress.forecast,
      met: progress.met,
      recordCount: computed?.recordCount ?? null,
      assessment: manual?.assessment ?? null,
      manualValue: manual ? { id: manual.id, asOf: manual.asOf, value: manual.value, assessment: manual.assessment, evidence: manual.evidence, approvedBy: manual.decidedByName } : null,
      proposal: proposed && proposedMetric ? { metric: proposed.metric, metricName: proposedMetric.name, filter: proposed.filter, reason: proposed.reason } : null,
    };
  });

  const tally = (list: TIndicatorProgress[]) => {
    const lights: Record<TLight | 'none', number> = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
    for (const i of list) lights[i.light ?? 'none']++;
    return { lights, live: list.filter((i) => i.source === 'metric').length, manual: list.filter((i) => i.source === 'manual').length, unbound: list.filter((i) => i.source === null).length };
  };
  const projects = [...new Map(rows.filter((r) => r.projectCode).map((r) => [r.projectCode!, r.projectName ?? ''])).entries()].map(([code, name]) => ({
    code,
    name,
    ...tally(indicators.filter((i) => i.projectCode === code)),
  }));
  return { unit: { code: o.scope.rootUnit.code, name: o.scope.rootUnit.name }, year: o.year, asOf: o.asOf, indicators, projects, department: { indicators: indicators.length, ...tally(indicators) } };
}
