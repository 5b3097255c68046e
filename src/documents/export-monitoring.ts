import type { TMonitoringReport } from '../contract/api/monitoring-api.js';
import type { TEvidenceFile } from '../contract/api/registers-api.js';
import { writeDocx } from './docx/write-docx.js';
import { evidenceGrid } from './export/evidence-layout.js';
import { layoutMonitoring } from './export/monitoring-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The 绩效运行监控表 as .xlsx or .docx (one layout, both writers), closed by the list of its lines' 佐证材料. */
export async function exportMonitoring(report: TMonitoringReport, format: 'xlsx' | 'docx', evidence: readonly TEvidenceFile[]): Promise<Buffer> {
  const layout = layoutMonitoring(report);
  const lines = report.projects.flatMap((p) => p.indicators.map((i) => ({ indicatorId: i.indicatorId, project: p.name, indicator: i.name })));
  layout.push(evidenceGrid(lines, evidence, new Set(layout.map((part) => part.sheetName))));
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export const monitoringFileName = (r: Pick<TMonitoringReport, 'unit' | 'year' | 'month'>, format: 'xlsx' | 'docx') => `${r.unit.code}${r.unit.name}-${r.year}年1-${r.month}月绩效运行监控表.${format}`;
