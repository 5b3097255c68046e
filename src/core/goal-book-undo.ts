import type { TIndicator } from '../contract/goal-book.js';
import type { TGoalBookChange } from '../contract/goal-book-change.js';
import { sameValue } from './canonical.js';
import { DomainError } from './errors.js';
import type { GoalBookContent } from './goal-book-diff.js';

/**
 * Undoing a revision made of indicator field edits (the review's one-click fixes): each changed cell
 * gets its value from before the revision back, as a new revision. The rule: a cell — project,
 * indicator, field — that a later revision touched (changed the same field, created or deleted the
 * indicator or its project, renamed the indicator) or whose value is no longer the one the revision
 * wrote is not the revision's to give back, and the whole undo is refused, naming the cell and the
 * later revision; nothing is half undone.
 */

export interface RevisionChanges {
  number: number;
  changes: TGoalBookChange[];
}

const UNDOABLE_FIELDS = new Set(['name', 'description', 'target', 'basis', 'weight', 'level1', 'level2']);

const FIELD_LABEL: Record<string, string> = { name: '三级指标名称', description: '绩效指标描述', target: '指标值', basis: '指标值确定依据', weight: '权重', level1: '一级指标', level2: '二级指标' };
const FIELD_LABEL_EN: Record<string, string> = { name: 'name', description: 'description', target: 'target', basis: 'basis', weight: 'weight', level1: 'level-1 category', level2: 'level-2 category' };

type IndicatorField = 'name' | 'description' | 'target' | 'basis' | 'weight' | 'level1' | 'level2';

function touches(later: TGoalBookChange, cell: TGoalBookChange): boolean {
  if (later.projectCode !== cell.projectCode) return false;
  if (later.entity === 'project') return later.op !== 'update' || later.field === 'code';
  if (later.entity !== 'indicator') return false;
  const sameIndicator = later.indicator === cell.indicator || (later.field === 'name' && later.before === cell.indicator);
  return sameIndicator && (later.op !== 'update' || later.field === cell.field || later.field === 'name');
}

/** The goal book with the revision's cells set back; throws CONFLICT (or INVALID_STATE for a revision that is not cell edits). */
export function undoRevisionChanges(content: GoalBookContent, revision: RevisionChanges, later: readonly RevisionChanges[]): GoalBookContent {
  const where = (c: TGoalBookChange) => `项目 ${c.projectCode}“${c.indicator}”的${FIELD_LABEL[c.field!] ?? c.field}`;
  const whereEn = (c: TGoalBookChange) => `the ${FIELD_LABEL_EN[c.field!] ?? c.field} of "${c.indicator}" in project ${c.projectCode}`;
  const targets: Array<{ indicator: TIndicator; change: TGoalBookChange }> = [];
  for (const change of revision.changes) {
    if (change.op !== 'update' || change.entity !== 'indicator' || !change.projectCode || !change.field || !UNDOABLE_FIELDS.has(change.field)) {
      throw new DomainError('INVALID_STATE', { zh: `第 ${revision.number} 次修订不只是修改指标内容（还有新增、删除或其他修改），不能一键撤销`, en: `Revision ${revision.number} does more than edit indicator fields; it cannot be undone in one step` });
    }
    for (const l of [...later].sort((a, b) => a.number - b.number)) {
      if (l.changes.some((c) => touches(c, change))) {
        throw new DomainError('CONFLICT', { zh: `第 ${l.number} 次修订之后又修改了${where(change)}，不能撤销第 ${revision.number} 次修订；如需改回，请直接编辑该指标`, en: `Revision ${l.number} changed ${whereEn(change)} afterwards; revision ${revision.number} cannot be undone — edit the indicator instead` });
      }
    }
    const found = content.projects.find((p) => p.code === change.projectCode)?.indicators.filter((i) => i.name === change.indicator) ?? [];
    if (found.length !== 1 || !sameValue(found[0]![change.field as IndicatorField], change.after)) {
      throw new DomainError('CONFLICT', { zh: `${where(change)}已不是第 ${revision.number} 次修订写入的内容，不能撤销；请刷新后直接编辑该指标`, en: `${whereEn(change)} is no longer what revision ${revision.number} wrote; it cannot be undone` });
    }
    targets.push({ indicator: found[0]!, change });
  }
  // located first, then set back: a revision that renamed an indicator and changed its target finds it by one name
  for (const { indicator, change } of targets) {
    (indicator as unknown as Record<string, unknown>)[change.field!] = structuredClone(change.before);
  }
  return content;
}
