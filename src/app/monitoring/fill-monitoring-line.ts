import type { TUnitScope } from '../../core/access/scope.js';
import type { TLineInput, TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { DomainError } from '../../core/errors.js';
import { mayFillMonitoringLine } from '../../core/monitoring/line-scope.js';
import type { Db } from '../../db/client.js';
import { findIndicatorWithProject } from '../../repositories/indicator-tracking.repository.js';
import { loadLineKinds } from '../indicators/line-kinds.js';
import { deleteMeasuresOfLine, findMonitoringLine, insertMeasures, upsertMonitoringLine } from '../../repositories/monitoring.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { getMonitoringReport } from './get-monitoring-report.js';
import type { MonitoringViewer } from './monitoring-viewer.js';
import { openForEdit } from './open-for-edit.js';

/**
 * A person's judgement on one indicator line: 完成目标可能性, 偏差原因 and 完善措施 (which replace the
 * line's earlier ones). Finance fills any line, a 业务科室 those of its business. Incomplete lines may
 * be saved; submitting the report checks they are complete.
 */
export async function fillMonitoringLine(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer: MonitoringViewer; indicatorId: number; input: TLineInput }): Promise<TMonitoringReport> {
  await o.db.transaction(async (tx) => {
    const found = await findIndicatorWithProject(tx, o.scope.rootUnit.id, o.indicatorId);
    if (!found || found.indicator.year !== o.year || !found.projectCode) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编号为 ${o.indicatorId} 的项目指标`, en: `No project indicator ${o.indicatorId} in ${o.year}` });
    const kinds = await loadLineKinds(tx, o.scope.rootUnit.id, o.year);
    if (!mayFillMonitoringLine(o.viewer, kinds.of(o.indicatorId), kinds.ofProject(found.projectCode))) {
      throw new DomainError('FORBIDDEN', { zh: `指标“${found.indicator.name}”不属于您科室的业务，请由对应业务科室或财务人员填写`, en: `Indicator "${found.indicator.name}" is not of your section's business` });
    }
    const report = await openForEdit(tx, o.scope.rootUnit, o.year, o.month, o.viewer);
    const likelihood = o.input.likelihood;
    const needsCause = likelihood !== null && likelihood !== '确定能';
    const line = {
      reportId: report.id,
      indicatorId: o.indicatorId,
      unitId: o.scope.rootUnit.id,
      likelihood,
      cause: needsCause ? (o.input.cause ?? null) : null,
      causeText: needsCause ? o.input.causeText?.trim() || null : null,
      confirmedByName: o.viewer.actor.name,
    };
    const before = await findMonitoringLine(tx, report.id, o.indicatorId);
    await upsertMonitoringLine(tx, line);
    const removed = await deleteMeasuresOfLine(tx, report.id, o.indicatorId);
    const measures = needsCause ? o.input.measures : [];
    await insertMeasures(
      tx,
      measures.map((m) => ({ unitId: o.scope.rootUnit.id, year: o.year, reportId: report.id, indicatorId: o.indicatorId, text: m.text, owner: m.owner, dueOn: m.dueOn, createdByName: o.viewer.actor.name })),
    );
    await recordAudit(tx, {
      actor: o.viewer.actor,
      unitId: o.scope.rootUnit.id,
      action: 'monitoring.line',
      entity: 'monitoring_line',
      entityId: `${report.id}/${o.indicatorId}`,
      before: before ? { likelihood: before.likelihood, cause: before.cause, causeText: before.causeText, measures: removed.map((m) => ({ text: m.text, owner: m.owner, dueOn: m.dueOn })) } : null,
      after: { month: o.month, likelihood: line.likelihood, cause: line.cause, causeText: line.causeText, measures },
    });
  });
  return getMonitoringReport(o);
}
