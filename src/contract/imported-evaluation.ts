import { z } from 'zod';
import { ZText } from './api/common.js';
import { ZTarget, ZWarning } from './goal-book.js';

/**
 * A self-evaluation (项目支出绩效自评表) read from another unit's or an earlier year's document: what
 * `jixiao import FILE --dry-run --json` prints for a 自评表 and what is kept as the unit-year's
 * history. Money in 元; rates, weights and scores as written (a rate in percent: 95.5 for 95.5%).
 */

const ZNumberOrNull = z.number().nullable();

export const ZImportedActual = z
  .object({
    raw: ZText.meta({ description: 'The 实际完成值 cell as written, e.g. "412件"' }),
    value: z.number().optional().meta({ description: 'its number, where it has one' }),
  })
  .meta({ id: 'ImportedActual' });
export type TImportedActual = z.infer<typeof ZImportedActual>;

export const ZImportedEvaluationIndicator = z
  .object({
    level1: ZText,
    level2: ZText,
    name: ZText,
    target: ZTarget,
    actual: ZImportedActual,
    weight: ZNumberOrNull.meta({ description: '分值' }),
    score: ZNumberOrNull.meta({ description: '得分' }),
    deviation: ZText.meta({ description: '偏差原因（分析及改进措施）' }),
  })
  .meta({ id: 'ImportedEvaluationIndicator' });
export type TImportedEvaluationIndicator = z.infer<typeof ZImportedEvaluationIndicator>;

export const ZImportedEvaluationProject = z
  .object({
    code: ZText.meta({ description: '项目编码 ("" when the table gives none)' }),
    name: ZText,
    budget: z.object({
      initial: ZNumberOrNull.meta({ description: '年初预算数 in 元' }),
      total: ZNumberOrNull.meta({ description: '全年预算数 / 调整后预算数 in 元' }),
      spent: ZNumberOrNull.meta({ description: '全年执行数 / 预算执行数 in 元' }),
    }),
    executionRate: ZNumberOrNull.meta({ description: '执行率 in percent' }),
    executionWeight: ZNumberOrNull.meta({ description: '预算执行率的分值' }),
    executionScore: ZNumberOrNull.meta({ description: '预算执行率的得分' }),
    indicators: z.array(ZImportedEvaluationIndicator),
    total: ZNumberOrNull.meta({ description: '总分' }),
  })
  .meta({ id: 'ImportedEvaluationProject' });
export type TImportedEvaluationProject = z.infer<typeof ZImportedEvaluationProject>;

export const ZImportedEvaluation = z
  .object({
    kind: z.literal('evaluation'),
    unit: z.object({ code: ZText.meta({ description: '单位编码 ("" when the document names only the unit)' }), name: ZText }),
    year: z.number().int().min(2000).max(2100),
    projects: z.array(ZImportedEvaluationProject),
    warnings: z.array(ZWarning),
  })
  .meta({ id: 'ImportedEvaluation' });
export type TImportedEvaluation = z.infer<typeof ZImportedEvaluation>;

export const ZImportedEvaluationView = z
  .object({
    imported: z
      .object({
        evaluation: ZImportedEvaluation,
        sourceName: ZText.meta({ description: 'the file it was imported from' }),
        importedAt: ZText,
        importedBy: ZText,
      })
      .nullable()
      .meta({ description: 'null when no self-evaluation was imported for the unit-year' }),
  })
  .meta({ id: 'ImportedEvaluationView' });
export type TImportedEvaluationView = z.infer<typeof ZImportedEvaluationView>;
