import { labelKey } from '../review/text.js';

/**
 * Whether two indicator names are the same indicator spelt differently (设备购置合格率 / 购置设备合格率 /
 * 购置质量合格率). Pure. The rule, kept strict so the review never cries wolf:
 * - names are compared by their key: width-folded, no spaces, no bracketed units, no end punctuation;
 *   equal keys are the same name, not another spelling;
 * - both must end in the same two characters — what is measured (合格率, 案件数, 满意度): 受理数 and 办结率
 *   of the same cases are different indicators;
 * - neither key may contain the other (项目预算控制数 narrows 预算控制数, it does not misspell it);
 * - the characters they share (counted with repeats) are at least 70% of both: Dice ≥ 0.7.
 */

export const SIMILARITY_THRESHOLD = 0.7;

/** The comparable form of an indicator name. */
export function nameKey(name: string): string {
  return labelKey(name).replace(/[()（）[\]【】%％、·.\-—_/]/gu, '');
}

/** Dice coefficient over the characters of two strings, repeats counted. */
export function characterDice(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const ch of left) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of right) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

export function isOtherSpelling(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y || x.length < 3 || y.length < 3) return false;
  if (x.slice(-2) !== y.slice(-2)) return false;
  if (x.includes(y) || y.includes(x)) return false;
  return characterDice(x, y) >= SIMILARITY_THRESHOLD;
}

/**
 * The library entry a name misspells, if any: none when the library holds the name itself (same key);
 * else the most similar entry that `isOtherSpelling` accepts.
 */
export function libraryNameFor<T extends { name: string }>(name: string, library: readonly T[]): T | null {
  const key = nameKey(name);
  if (library.some((e) => nameKey(e.name) === key)) return null;
  let best: { entry: T; score: number } | null = null;
  for (const entry of library) {
    if (!isOtherSpelling(name, entry.name)) continue;
    const score = characterDice(key, nameKey(entry.name));
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry ?? null;
}
