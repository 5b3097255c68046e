import type { TEvaluation } from '../contract/api/evaluation-api.js';
import { writeDocx } from './docx/write-docx.js';
import { layoutEvaluation } from './export/evaluation-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The 绩效自评表 (department summary and one table per project) as .xlsx or .docx. */
export async function exportEvaluation(e: TEvaluation, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const layout = layoutEvaluation(e);
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export const evaluationFileName = (e: Pick<TEvaluation, 'unit' | 'year'>, format: 'xlsx' | 'docx') => `${e.unit.code}${e.unit.name}-${e.year}年度绩效自评表.${format}`;
