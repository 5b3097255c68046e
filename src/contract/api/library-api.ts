import { z } from 'zod';
import { ZText } from './common.js';

/** 指标库: reusable level-3 indicators and each unit's history of targets and actuals per entry. */

export const ZLibraryInput = z.object({
  name: ZText.trim().min(1).max(100).meta({ description: '三级指标名称' }),
  level1: ZText.max(40),
  level2: ZText.max(40),
  definition: ZText.max(1000).meta({ description: '指标定义：衡量什么' }),
  counted: ZText.max(1000).meta({ description: '计入什么（统计口径）' }),
  excluded: ZText.max(1000).meta({ description: '不计入什么' }),
  unitOfMeasure: ZText.max(20).meta({ description: '计量单位，如 件、%' }),
  direction: z.enum(['higher', 'lower', 'qualitative']).meta({ description: 'higher: 越高越好; lower: 越低越好; qualitative: 定性' }),
  metric: ZText.max(80).nullable().meta({ description: 'the metric it binds to, e.g. legal-aid.cases-accepted' }),
});
export type TLibraryInput = z.infer<typeof ZLibraryInput>;

export const ZLibraryEntry = ZLibraryInput.extend({
  id: z.number().int(),
  metricName: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** how many indicators of the reader's units use this name (any year) */
  uses: z.number().int(),
}).meta({ id: 'LibraryEntry' });
export type TLibraryEntry = z.infer<typeof ZLibraryEntry>;

export const ZLibraryHistoryRow = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  projectCode: z.string().nullable(),
  projectName: z.string().nullable(),
  name: z.string(),
  target: z.string(),
  actual: z.number().nullable(),
  assessment: z.string().nullable(),
  actualSource: z.enum(['evaluation', 'live', 'imported']).nullable(),
});
export type TLibraryHistoryRow = z.infer<typeof ZLibraryHistoryRow>;

export const ZLibraryDetail = z.object({ entry: ZLibraryEntry, history: z.array(ZLibraryHistoryRow) }).meta({ id: 'LibraryDetail' });
export type TLibraryDetail = z.infer<typeof ZLibraryDetail>;

export const ZLibraryList = z.array(ZLibraryEntry).meta({ id: 'LibraryList' });
