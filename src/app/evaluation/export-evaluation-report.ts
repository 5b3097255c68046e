import type { TUnitScope } from '../../core/access/scope.js';
import { evaluationFileName, exportEvaluation } from '../../documents/export-evaluation.js';
import type { Db } from '../../db/client.js';
import { getEvaluation } from './get-evaluation.js';

/** The 绩效自评表 file: the frozen figures once the report is approved, the live ones before. */
export async function exportEvaluationReport(o: { db: Db; scope: TUnitScope; year: number; format: 'xlsx' | 'docx' }): Promise<{ bytes: Buffer; fileName: string }> {
  const e = await getEvaluation(o);
  return { bytes: await exportEvaluation(e, o.format), fileName: evaluationFileName(e, o.format) };
}
