import type { TUnitScope } from '../../core/access/scope.js';
import type { Db } from '../../db/client.js';
import { exportMonitoring, monitoringFileName } from '../../documents/export-monitoring.js';
import { listReportEvidence } from '../evidence/report-line-evidence.js';
import { getMonitoringReport } from './get-monitoring-report.js';

/** The monitoring report as a file, with the figures the page shows (frozen ones once approved) and the list of its lines' evidence. */
export async function exportMonitoringReport(o: { db: Db; scope: TUnitScope; year: number; month: number; format: 'xlsx' | 'docx' }) {
  const [report, evidence] = await Promise.all([getMonitoringReport(o), listReportEvidence({ ...o, report: { kind: 'monitoring', month: o.month } })]);
  return { fileName: monitoringFileName(report, o.format), bytes: await exportMonitoring(report, o.format, evidence) };
}
