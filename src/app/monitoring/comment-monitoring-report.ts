import type { TUnitScope } from '../../core/access/scope.js';
import type { TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findMonitoringReport, insertMonitoringComment } from '../../repositories/monitoring.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { getMonitoringReport } from './get-monitoring-report.js';
import type { MonitoringViewer } from './monitoring-viewer.js';

/** 审核意见 on a report (the 财政审核 reviewer, finance, the leader): in any state, never changing it. */
export async function commentMonitoringReport(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer: MonitoringViewer; text: string }): Promise<TMonitoringReport> {
  await o.db.transaction(async (tx) => {
    const report = await findMonitoringReport(tx, o.scope.rootUnit.id, o.year, o.month);
    if (!report) throw new DomainError('NOT_FOUND', { zh: `${o.year}年1–${o.month}月的绩效监控报告尚未编制，暂不能填写意见`, en: 'No report to comment on yet' });
    const row = await insertMonitoringComment(tx, { reportId: report.id, unitId: o.scope.rootUnit.id, authorName: o.viewer.displayName ?? o.viewer.actor.name, authorRole: o.viewer.role, text: o.text });
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: 'monitoring.comment', entity: 'monitoring_comment', entityId: String(row.id), after: { month: o.month, text: o.text } });
  });
  return getMonitoringReport(o);
}
