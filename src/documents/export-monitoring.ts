import type { TMonitoringReport } from '../contract/api/monitoring-api.js';
import { writeDocx } from './docx/write-docx.js';
import { layoutMonitoring } from './export/monitoring-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The 绩效运行监控表 as .xlsx or .docx (one layout, both writers). */
export async function exportMonitoring(report: TMonitoringReport, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const layout = layoutMonitoring(report);
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export const monitoringFileName = (r: Pick<TMonitoringReport, 'unit' | 'year' | 'month'>, format: 'xlsx' | 'docx') => `${r.unit.code}${r.unit.name}-${r.year}年1-${r.month}月绩效运行监控表.${format}`;
