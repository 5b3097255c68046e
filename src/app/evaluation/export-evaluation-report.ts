import { evaluationFileName, exportEvaluation } from '../../documents/export-evaluation.js';
import type { Db } from '../../db/client.js';
import type { UnitRow } from '../../repositories/goal-book.repository.js';
import { getEvaluation } from './get-evaluation.js';

/** The 绩效自评表 file: the frozen figures once the report is approved, the live ones before. */
export async function exportEvaluationReport(o: { db: Db; unit: UnitRow; year: number; format: 'xlsx' | 'docx' }): Promise<{ bytes: Buffer; fileName: string }> {
  const e = await getEvaluation(o);
  return { bytes: await exportEvaluation(e, o.format), fileName: evaluationFileName(e, o.format) };
}
