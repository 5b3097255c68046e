import type { TUnitScope } from '../../core/access/scope.js';
import type { Db } from '../../db/client.js';
import { exportMonitoring, monitoringFileName } from '../../documents/export-monitoring.js';
import { getMonitoringReport } from './get-monitoring-report.js';

/** The monitoring report as a file, with the figures the page shows (frozen ones once approved). */
export async function exportMonitoringReport(o: { db: Db; scope: TUnitScope; year: number; month: number; format: 'xlsx' | 'docx' }) {
  const report = await getMonitoringReport(o);
  return { fileName: monitoringFileName(report, o.format), bytes: await exportMonitoring(report, o.format) };
}
