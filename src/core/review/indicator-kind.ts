import type { TIndicator } from '../../contract/goal-book.js';
import { bracketContents } from './text.js';

/**
 * Classify indicators by the 共性指标框架 categories. Documents spell the categories loosely (产出指标 /
 * 产出, 效益指标 / 效果指标, older forms put 成本 at level 1), so matching is by key words.
 */

export type TLevel1Kind = 'output' | 'effect' | 'satisfaction';

export const LEVEL1_LABEL: Record<TLevel1Kind, string> = {
  output: '产出指标',
  effect: '效益指标',
  satisfaction: '满意度指标',
};

export function level1Kind(level1: string): TLevel1Kind | undefined {
  if (level1.includes('产出')) return 'output';
  if (level1.includes('效益') || level1.includes('效果')) return 'effect';
  if (level1.includes('满意')) return 'satisfaction';
  return undefined;
}

export type TOutputKind = 'quantity' | 'quality' | 'timeliness' | 'cost';

export const OUTPUT_LABEL: Record<TOutputKind, string> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
};

export function isQuantityIndicator(ind: TIndicator): boolean {
  return ind.level2.includes('数量');
}

export function isQualityIndicator(ind: TIndicator): boolean {
  return ind.level2.includes('质量');
}

export function isTimelinessIndicator(ind: TIndicator): boolean {
  return ind.level2.includes('时效');
}

/**
 * A money-cost indicator. The 2021 framework also has 社会成本 and 生态环境成本, which are not amounts,
 * so those are excluded rather than told to write a sum of money.
 */
export function isCostIndicator(ind: TIndicator): boolean {
  const l2 = ind.level2;
  if (/社会成本|生态|环境成本/u.test(l2)) return false;
  return l2.includes('成本') || (ind.level1.includes('成本') && l2.includes('经济'));
}

export function outputKind(ind: TIndicator): TOutputKind | undefined {
  if (isQuantityIndicator(ind)) return 'quantity';
  if (isQualityIndicator(ind)) return 'quality';
  if (isTimelinessIndicator(ind)) return 'timeliness';
  if (isCostIndicator(ind)) return 'cost';
  return undefined;
}

/** Money units a cost target may be written in. */
export const MONEY_UNITS = new Set(['元', '千元', '万元', '亿元']);

/**
 * Units that may appear in brackets after an indicator name, e.g. 受理数（件）. Brackets also hold other
 * things — 村（居）, 示范村（社区） — which must not be read as units.
 */
export const LABEL_UNITS = new Set([
  '%', '‰', '件', '人', '次', '场', '份', '台', '个', '家', '户', '期', '名', '套', '辆', '元', '千元', '万元',
  '亿元', '小时', '学时', '天', '日', '个月', '月', '年', '周', '人次', '户次', '场次', '平方米', '公里', '千米',
  '米', '座', '处', '所', '个百分点', '百分点', '分', '册', '本', '条', '篇', '项', '批', '班', '课时', '张',
  '块', '个工作日', '工作日', '站', '间', '把', '部', '副', '组', '支', '种',
]);

/** Units declared in a label's brackets: 数量（台/件/辆/套） → 台, 件, 辆, 套; 村（居） → none. */
export function declaredUnits(text: string): string[] {
  const out: string[] = [];
  for (const inner of bracketContents(text.normalize('NFKC'))) {
    const parts = inner.split(/[/、，,]/u).map((p) => p.trim());
    if (parts.length > 0 && parts.every((p) => LABEL_UNITS.has(p))) out.push(...parts);
  }
  return out;
}
