/**
 * The categories of the indicator framework as tables write them: with a score ("产出指标(50分)"),
 * shortened ("社会效益", "可持续影响") or in full. Used to strip the score from a level cell and to
 * tell which column a row starts in when a layout leaves the merged level cells out.
 */

const SCORE = /\s*[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$|\s*\d+(?:\.\d+)?\s*分\s*$/u;

/** "产出指标(50分)" → "产出指标"; "效益指标 30分" → "效益指标". */
export function withoutScore(level: string): string {
  return level.replace(SCORE, '').trim();
}

const LEVEL1 = /^(?:产出|效益|效果|满意度|成本)(?:指标)?$/u;
const LEVEL2 =
  /^(?:数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|环境效益|生态环境效益|可持续影响|服务对象满意度|社会公众满意度|满意度)(?:指标)?$/u;

export type LevelKind = 'level1' | 'level2' | 'either';

/** Which level a cell names, if it names one; 成本指标 and 满意度指标 are level 1 in one framework and 2 in another. */
export function levelKindOf(text: string): LevelKind | undefined {
  const s = withoutScore(text.normalize('NFKC').replace(/\s+/g, ''));
  const one = LEVEL1.test(s);
  const two = LEVEL2.test(s);
  if (one && two) return 'either';
  if (one) return 'level1';
  if (two) return 'level2';
  return undefined;
}

/** 指标1, 指标2, ……, ..., —— : a template's placeholder, not an indicator. */
export function isPlaceholder(text: string): boolean {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  return /^(?:(?:三级)?指标\d*|…+|\.{2,}|[-—–_/、]+|无|xx+|XX+)$/u.test(s);
}
