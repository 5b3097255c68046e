import type { TUnitNode } from '../../core/access/scope.js';
import { can } from '../../core/access/permissions.js';
import { applyMove } from '../../core/workflow.js';
import type { Tx } from '../../db/client.js';
import { ensureMonitoringReport, updateMonitoringReport, type MonitoringReportRow } from '../../repositories/monitoring.repository.js';
import { REPORT_SUBJECT, type MonitoringViewer } from './monitoring-viewer.js';

/**
 * The report, locked, for filling: created as a draft on first use; the workflow's `edit` move decides
 * whether it may still change (draft or returned — a returned report goes back to draft).
 */
export async function openForEdit(tx: Tx, unit: TUnitNode, year: number, month: number, viewer: MonitoringViewer): Promise<MonitoringReportRow> {
  const report = await ensureMonitoringReport(tx, unit.id, year, month, viewer.actor.name);
  const { to } = applyMove({ move: 'edit', state: report.state, isAuthor: true, rights: can(viewer.role, 'monitoring.fill') ? ['fill'] : [], subject: REPORT_SUBJECT });
  if (to !== report.state) {
    await updateMonitoringReport(tx, report.id, { state: to });
    return { ...report, state: to };
  }
  return report;
}
