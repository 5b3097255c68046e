import type { TUnitScope } from '../../core/access/scope.js';
import type { TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findMeasure, listMonitoringReports, updateMeasure } from '../../repositories/monitoring.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { getMonitoringReport } from './get-monitoring-report.js';
import type { MonitoringViewer } from './monitoring-viewer.js';
import { openForEdit } from './open-for-edit.js';

/** 整改 follow-up: in a later report, whether a measure of an earlier one was carried out (not done needs a note). */
export async function followUpMeasure(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer: MonitoringViewer; measureId: number; status: 'done' | 'not-done'; note?: string | null | undefined }): Promise<TMonitoringReport> {
  const note = o.note?.trim() || null;
  if (o.status === 'not-done' && !note) throw new DomainError('VALIDATION_FAILED', { zh: '措施未完成时请说明原因和下一步安排', en: 'Say why the measure was not carried out' });
  await o.db.transaction(async (tx) => {
    const measure = await findMeasure(tx, o.scope.rootUnit.id, o.measureId, { forUpdate: true });
    const reports = await listMonitoringReports(tx, o.scope.rootUnit.id, o.year);
    const setIn = reports.find((r) => r.id === measure?.reportId);
    if (!measure || measure.year !== o.year || !setIn) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.measureId} 的完善措施`, en: `No measure ${o.measureId}` });
    if (setIn.month >= o.month) throw new DomainError('VALIDATION_FAILED', { zh: `该措施是 1–${setIn.month}月报告提出的，只能在之后的报告中跟踪整改情况`, en: 'A measure is followed up in a later report' });
    const report = await openForEdit(tx, o.scope.rootUnit, o.year, o.month, o.viewer);
    await updateMeasure(tx, measure.id, { status: o.status, followUpNote: note, followedUpReportId: report.id, followedUpByName: o.viewer.actor.name, followedUpAt: new Date() });
    await recordAudit(tx, {
      actor: o.viewer.actor,
      unitId: o.scope.rootUnit.id,
      action: 'monitoring.followUp',
      entity: 'monitoring_measure',
      entityId: String(measure.id),
      before: { status: measure.status, note: measure.followUpNote },
      after: { status: o.status, note, month: o.month },
    });
  });
  return getMonitoringReport(o);
}
