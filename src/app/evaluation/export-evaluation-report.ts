import type { TUnitScope } from '../../core/access/scope.js';
import { evaluationFileName, exportEvaluation } from '../../documents/export-evaluation.js';
import type { Db } from '../../db/client.js';
import { listReportEvidence } from '../evidence/report-line-evidence.js';
import { getEvaluation } from './get-evaluation.js';

/** The 绩效自评表 file: the frozen figures once the report is approved, the live ones before; and the list of its lines' evidence. */
export async function exportEvaluationReport(o: { db: Db; scope: TUnitScope; year: number; format: 'xlsx' | 'docx' }): Promise<{ bytes: Buffer; fileName: string }> {
  const [e, evidence] = await Promise.all([getEvaluation(o), listReportEvidence({ ...o, report: { kind: 'evaluation' } })]);
  return { bytes: await exportEvaluation(e, o.format, evidence), fileName: evaluationFileName(e, o.format) };
}
