import type { TEvaluation } from '../contract/api/evaluation-api.js';
import type { TEvidenceFile } from '../contract/api/registers-api.js';
import { writeDocx } from './docx/write-docx.js';
import { evidenceGrid } from './export/evidence-layout.js';
import { layoutEvaluation } from './export/evaluation-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The 绩效自评表 (department summary and one table per project) as .xlsx or .docx, closed by the list of its lines' 佐证材料. */
export async function exportEvaluation(e: TEvaluation, format: 'xlsx' | 'docx', evidence: readonly TEvidenceFile[]): Promise<Buffer> {
  const layout = layoutEvaluation(e);
  const lines = e.projects.flatMap((p) => p.indicators.map((i) => ({ indicatorId: i.id, project: p.name, indicator: i.name })));
  layout.push(evidenceGrid(lines, evidence, new Set(layout.map((part) => part.sheetName))));
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export const evaluationFileName = (e: Pick<TEvaluation, 'unit' | 'year'>, format: 'xlsx' | 'docx') => `${e.unit.code}${e.unit.name}-${e.year}年度绩效自评表.${format}`;
