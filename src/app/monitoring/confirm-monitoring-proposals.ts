import type { TUnitScope } from '../../core/access/scope.js';
import type { TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { acceptProposal } from '../../core/monitoring/build-monitoring.js';
import type { Db } from '../../db/client.js';
import { upsertMonitoringLine } from '../../repositories/monitoring.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { getMonitoringReport } from './get-monitoring-report.js';
import type { MonitoringViewer } from './monitoring-viewer.js';
import { openForEdit } from './open-for-edit.js';

/**
 * 采纳建议: every line the viewer may fill that nobody has judged yet takes jixiao's proposed likelihood
 * and cause, confirmed in the viewer's name. Lines without a proposal stay for a person, and measures
 * are never invented: a 有可能 / 完全不可能 line still needs its measures before the report is submitted.
 */
export async function confirmMonitoringProposals(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer: MonitoringViewer }): Promise<TMonitoringReport> {
  const current = await getMonitoringReport(o);
  await o.db.transaction(async (tx) => {
    const report = await openForEdit(tx, o.scope.rootUnit, o.year, o.month, o.viewer);
    const confirmed: { indicatorId: number; likelihood: string }[] = [];
    for (const p of current.projects) {
      for (const i of p.indicators) {
        const accepted = i.mayFill ? acceptProposal(i) : null;
        if (!accepted) continue;
        await upsertMonitoringLine(tx, { reportId: report.id, indicatorId: i.indicatorId, unitId: o.scope.rootUnit.id, ...accepted, confirmedByName: o.viewer.actor.name });
        confirmed.push({ indicatorId: i.indicatorId, likelihood: accepted.likelihood });
      }
    }
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: 'monitoring.confirmProposals', entity: 'monitoring_report', entityId: String(report.id), after: { month: o.month, confirmed } });
  });
  return getMonitoringReport(o);
}
