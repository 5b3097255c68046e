import { requireUnit } from '../../src/app/goal-book/get-goal-book.js';
import { getIndicatorProgress } from '../../src/app/indicators/get-indicator-progress.js';
import { decideIndicatorValue, enterIndicatorValue, submitIndicatorValue } from '../../src/app/indicators/indicator-values.js';
import type { Db } from '../../src/db/client.js';

const ENTERER = { userId: null, name: 'enterer' };
const APPROVER = { userId: null, name: 'approver' };

/** An approved manual value for an indicator of the sample unit: a number, or an assessment band. */
export async function approveValue(db: Db, indicatorId: number, input: { value?: number; assessment?: '达成' | '部分达成' | '未达成' }, asOf = '2022-12-31'): Promise<void> {
  const unit = await requireUnit(db, '315002');
  const v = await enterIndicatorValue({ db, unit, year: 2022, actor: ENTERER, indicatorId, input: { asOf, evidence: '年度台账', ...input } });
  await submitIndicatorValue({ db, unit, actor: ENTERER, valueId: v.id });
  await decideIndicatorValue({ db, unit, actor: APPROVER, valueId: v.id, decision: 'approve' });
}

/**
 * Every project indicator of the sample gets an approved actual: its target (met) or 达成, except the
 * ones `override` names (by project code and indicator name). Returns the indicator ids by `code|name`.
 */
export async function approveAllActuals(db: Db, override: Record<string, { value?: number; assessment?: '达成' | '部分达成' | '未达成' }> = {}): Promise<Map<string, number>> {
  const unit = await requireUnit(db, '315002');
  const board = await getIndicatorProgress({ db, unit, year: 2022, asOf: '2022-12-31' });
  const ids = new Map<string, number>();
  for (const i of board.indicators) {
    if (i.projectCode === null) continue;
    const key = `${i.projectCode}|${i.name}`;
    ids.set(key, i.indicatorId);
    await approveValue(db, i.indicatorId, override[key] ?? (i.direction === 'qualitative' ? { assessment: '达成' } : { value: i.targetValue! }));
  }
  return ids;
}
