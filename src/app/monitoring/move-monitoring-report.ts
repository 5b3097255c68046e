import type { TUnitScope } from '../../core/access/scope.js';
import type { TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { DomainError } from '../../core/errors.js';
import { applyMove, type TWorkflowMove } from '../../core/workflow.js';
import type { Db } from '../../db/client.js';
import { ensureMonitoringReport, findMonitoringReport, updateMonitoringReport } from '../../repositories/monitoring.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { getMonitoringReport } from './get-monitoring-report.js';
import { loadMonitoringInputs } from './load-monitoring-inputs.js';
import { isAuthorFor, REPORT_SUBJECT, reportRights, type MonitoringViewer } from './monitoring-viewer.js';

export type TReportMove = Exclude<TWorkflowMove, 'edit'>;

/**
 * Move a monitoring report through the one workflow (core/workflow.ts): finance submits (every line
 * and follow-up complete), the leader — not the submitter — approves or returns it with a reason,
 * locks it, or reopens it with a reason. Approval freezes the report's inputs (the money and indicator
 * figures as of the cut-off, read just before the approving transaction); reopening unfreezes them.
 * Every move is audited with its reason.
 */
export async function moveMonitoringReport(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer: MonitoringViewer; move: TReportMove; reason?: string | undefined }): Promise<TMonitoringReport> {
  const current = o.move === 'submit' ? await getMonitoringReport(o) : null;
  if (current && current.report.problems > 0) {
    const lines = current.projects.flatMap((p) => p.indicators.filter((i) => i.problems.length > 0).map((i) => `${p.name}/${i.name}：${i.problems[0]}`));
    const followUps = current.earlierMeasures.filter((m) => m.status === 'open' || (m.status === 'not-done' && !m.followUpNote?.trim())).map((m) => `1–${m.reportMonth}月措施“${m.text}”：请填写整改情况`);
    const all = [...lines, ...followUps];
    throw new DomainError(
      'VALIDATION_FAILED',
      { zh: `还有 ${all.length} 项未填写完整，不能提交：${all.slice(0, 3).join('；')}${all.length > 3 ? ' 等' : ''}`, en: `${all.length} lines or follow-ups are incomplete; the report cannot be submitted` },
      { problems: all },
    );
  }
  const snapshot = o.move === 'approve' ? (await loadMonitoringInputs(o)).inputs : null;
  await o.db.transaction(async (tx) => {
    const report = o.move === 'submit' ? await ensureMonitoringReport(tx, o.scope.rootUnit.id, o.year, o.month, o.viewer.actor.name) : await findMonitoringReport(tx, o.scope.rootUnit.id, o.year, o.month, { forUpdate: true });
    if (!report) throw new DomainError('NOT_FOUND', { zh: `${o.year}年1–${o.month}月的绩效监控报告尚未编制`, en: `No monitoring report for ${o.year} 1–${o.month}` });
    const { to, reason } = applyMove({ move: o.move, state: report.state, isAuthor: isAuthorFor(o.move, report, o.viewer.actor), rights: reportRights(o.viewer.role), reason: o.reason, subject: REPORT_SUBJECT });
    const now = new Date();
    const actor = o.viewer.actor;
    const changes =
      o.move === 'submit'
        ? { submittedBy: actor.userId, submittedByName: actor.name, submittedAt: now, returnReason: null }
        : o.move === 'approve'
          ? { decidedBy: actor.userId, decidedByName: actor.name, decidedAt: now, snapshot }
          : o.move === 'return'
            ? { decidedBy: actor.userId, decidedByName: actor.name, decidedAt: now, returnReason: reason }
            : o.move === 'reopen'
              ? { snapshot: null, reopenReason: reason, returnReason: reason }
              : {};
    await updateMonitoringReport(tx, report.id, { state: to, ...changes });
    await recordAudit(tx, {
      actor,
      unitId: o.scope.rootUnit.id,
      action: `monitoring.${o.move}`,
      entity: 'monitoring_report',
      entityId: String(report.id),
      before: { state: report.state },
      after: { state: to, month: o.month, reason, ...(o.move === 'approve' ? { frozen: true } : {}) },
    });
  });
  return getMonitoringReport(o);
}
