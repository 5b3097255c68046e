import { addMonths } from './calendar.js';
import type { TClassDuties, TCorrectionSettings, TSupervisionClass } from './settings.js';

/**
 * 分类管理: the class a person is supervised in, the stage of the term (初期 first month, 末期 last
 * month) and the duties the class sets for a month, checked against what was done.
 */

export type TStage = '初期' | '常规' | '末期';

/** The stage of a term as of a date: its first month, its last month, or in between. */
export function stageOf(o: { startOn: string; endOn: string; asOf: string }): TStage {
  if (o.asOf < addMonths(o.startOn, 1)) return '初期';
  if (o.asOf > addMonths(o.endOn, -1)) return '末期';
  return '常规';
}

/**
 * The class in force on a date: the latest approved change on or before it; before any, 严管 for the
 * first `strictFirstMonths` months after entry, then 普管 (the default).
 */
export function classOn(o: { startOn: string; asOf: string; changes: ReadonlyArray<{ effectiveOn: string; toClass: TSupervisionClass }> }, s: TCorrectionSettings): TSupervisionClass {
  const latest = [...o.changes].filter((c) => c.effectiveOn <= o.asOf).sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : 1)).at(-1);
  if (latest) return latest.toClass;
  return o.asOf < addMonths(o.startOn, s.strictFirstMonths) ? '严管' : '普管';
}

export const DUTY_LABEL: Record<keyof TClassDuties, string> = { reports: '当面报告', visits: '个别教育/走访', studyHours: '学习教育（小时）', serviceHours: '公益活动（小时）' };

export interface TDutyCheck {
  duty: keyof TClassDuties;
  label: string;
  required: number;
  done: number;
  met: boolean;
}

/** Each duty of the class for one month: required, done, met. Public service is not required of those unable to work. */
export function checkDuties(o: { cls: TSupervisionClass; done: TClassDuties; ableToWork: boolean }, s: TCorrectionSettings): TDutyCheck[] {
  const required = s.duties[o.cls];
  return (Object.keys(DUTY_LABEL) as Array<keyof TClassDuties>).map((duty) => {
    const need = duty === 'serviceHours' && !o.ableToWork ? 0 : required[duty];
    return { duty, label: DUTY_LABEL[duty], required: need, done: o.done[duty], met: o.done[duty] >= need };
  });
}
