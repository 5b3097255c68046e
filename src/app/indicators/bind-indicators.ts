import type { TAccessSubject } from '../../core/access/scope.js';
import { canonicalJson } from '../../core/canonical.js';
import { DomainError } from '../../core/errors.js';
import { proposeMetric } from '../../core/metric-proposals.js';
import { REGISTER_KIND_LABEL } from '../../core/register-kinds.js';
import type { Db, Executor } from '../../db/client.js';
import type { TUnitNode, TUnitScope } from '../../core/access/scope.js';
import { deleteBinding, findBinding, findIndicatorWithProject, listBindings, listIndicatorsWithProjects, upsertBinding } from '../../repositories/indicator-tracking.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findCatalogMetric as findMetric, requireCatalogMetric as requireMetric, type CatalogMetric as MetricDef } from './metric-catalog.js';

/**
 * Binding indicators to metrics (register metrics and the spending ledger's, `metric-catalog.ts`). jixiao proposes a metric per indicator from its name; a
 * person confirms (all proposals, or chosen ones) or picks another metric. A 业务科室 user binds only
 * to metrics of the registers they keep; the CLI (subject null) binds any.
 */

function assertMayBind(subject: TAccessSubject | null, metric: MetricDef): void {
  if (subject?.role !== 'section') return;
  if (metric.registerKind === null) {
    throw new DomainError('FORBIDDEN', { zh: `${metric.key}（${metric.name}）由支付台账计算，请由财务人员绑定`, en: `${metric.key} is computed from the spending ledger; finance binds it` });
  }
  if (!subject.sections.includes(metric.registerKind)) {
    throw new DomainError('FORBIDDEN', { zh: `您负责的台账不包括“${REGISTER_KIND_LABEL[metric.registerKind]}”，不能把指标绑定到 ${metric.key}`, en: `You do not keep the ${metric.registerKind} register and cannot bind to ${metric.key}` });
  }
}

const maySee = (subject: TAccessSubject | null, metric: MetricDef) => subject?.role !== 'section' || (metric.registerKind !== null && subject.sections.includes(metric.registerKind));

function checkFilter(metric: MetricDef, filter: Record<string, string> | null | undefined): Record<string, string> | null {
  if (!filter || Object.keys(filter).length === 0) return null;
  for (const name of Object.keys(filter)) {
    if (!metric.filters?.[name]) {
      const allowed = Object.keys(metric.filters ?? {});
      throw new DomainError('VALIDATION_FAILED', {
        zh: `取数口径 ${metric.key} 不能按“${name}”限定${allowed.length ? `；可用的限定有：${allowed.join('、')}` : '（它没有可用的限定条件）'}`,
        en: `Metric ${metric.key} cannot be narrowed by “${name}”${allowed.length ? `; available: ${allowed.join(', ')}` : ' (it has no narrowing conditions)'}`,
      });
    }
  }
  return filter;
}

async function indicatorOf(exec: Executor, unit: TUnitNode, year: number, indicatorId: number) {
  const found = await findIndicatorWithProject(exec, unit.id, indicatorId);
  if (!found || found.indicator.year !== year) throw new DomainError('NOT_FOUND', { zh: `${year}年度没有编号为 ${indicatorId} 的指标`, en: `There is no indicator ${indicatorId} in ${year}` });
  return found;
}

export interface ConfirmResult {
  confirmed: Array<{ indicatorId: number; projectCode: string | null; name: string; metric: string; filter: Record<string, string> | null }>;
}

/** Confirm the proposed bindings of unbound indicators (all, or those listed), in one audited transaction. */
export async function confirmProposedBindings(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject: TAccessSubject | null; indicatorIds?: number[] | undefined }): Promise<ConfirmResult> {
  return o.db.transaction(async (tx) => {
    const rows = await listIndicatorsWithProjects(tx, o.scope.rootUnit.id, o.year);
    const bound = new Set((await listBindings(tx, o.scope.rootUnit.id, o.year)).map((b) => b.indicatorId));
    const only = o.indicatorIds ? new Set(o.indicatorIds) : null;
    if (only) for (const id of only) if (!rows.some((r) => r.indicator.id === id)) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编号为 ${id} 的指标`, en: `There is no indicator ${id} in ${o.year}` });
    const confirmed: ConfirmResult['confirmed'] = [];
    for (const { indicator, projectCode, projectName, projectPurpose } of rows) {
      if (bound.has(indicator.id) || (only && !only.has(indicator.id))) continue;
      const proposal = proposeMetric(indicator, projectCode ? { code: projectCode, name: projectName ?? '', purpose: projectPurpose } : null);
      const metric = proposal ? findMetric(proposal.metric) : undefined;
      if (!proposal || !metric) {
        if (only) throw new DomainError('VALIDATION_FAILED', { zh: `指标“${indicator.name}”没有建议的取数口径，请直接选择一个口径绑定，或填报完成值`, en: `Indicator “${indicator.name}” has no proposed metric: choose one to bind, or enter its value` });
        continue;
      }
      if (!maySee(o.subject, metric)) {
        if (only) assertMayBind(o.subject, metric);
        continue;
      }
      await upsertBinding(tx, { indicatorId: indicator.id, unitId: o.scope.rootUnit.id, metric: metric.key, filter: proposal.filter, confirmedBy: o.actor.userId, confirmedByName: o.actor.name });
      confirmed.push({ indicatorId: indicator.id, projectCode, name: indicator.name, metric: metric.key, filter: proposal.filter });
    }
    if (confirmed.length > 0) {
      await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicator.bind', entity: 'indicator_binding', entityId: `${o.scope.rootUnit.code}/${o.year}`, after: { confirmedProposals: confirmed } });
    }
    return { confirmed };
  });
}

/** Bind one indicator to a metric of the user's choosing (or change its binding). */
export async function bindIndicator(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject: TAccessSubject | null; indicatorId: number; metric: string; filter?: Record<string, string> | null | undefined }): Promise<void> {
  const metric = requireMetric(o.metric);
  assertMayBind(o.subject, metric);
  const filter = checkFilter(metric, o.filter);
  await o.db.transaction(async (tx) => {
    await indicatorOf(tx, o.scope.rootUnit, o.year, o.indicatorId);
    const before = await findBinding(tx, o.indicatorId);
    if (before && before.metric === metric.key && canonicalJson(before.filter) === canonicalJson(filter)) return;
    if (before) assertMayBind(o.subject, requireMetric(before.metric));
    await upsertBinding(tx, { indicatorId: o.indicatorId, unitId: o.scope.rootUnit.id, metric: metric.key, filter, confirmedBy: o.actor.userId, confirmedByName: o.actor.name });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: 'indicator.bind',
      entity: 'indicator_binding',
      entityId: String(o.indicatorId),
      before: before ? { metric: before.metric, filter: before.filter } : null,
      after: { metric: metric.key, filter },
    });
  });
}

/** Remove an indicator's binding: its actual is then entered by hand again. */
export async function unbindIndicator(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject: TAccessSubject | null; indicatorId: number }): Promise<void> {
  await o.db.transaction(async (tx) => {
    await indicatorOf(tx, o.scope.rootUnit, o.year, o.indicatorId);
    const before = await findBinding(tx, o.indicatorId);
    if (!before) throw new DomainError('NOT_FOUND', { zh: '该指标没有绑定取数口径', en: 'This indicator is not bound to a metric' });
    const metric = findMetric(before.metric);
    if (metric) assertMayBind(o.subject, metric);
    await deleteBinding(tx, o.indicatorId);
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicator.unbind', entity: 'indicator_binding', entityId: String(o.indicatorId), before: { metric: before.metric, filter: before.filter }, after: null });
  });
}
