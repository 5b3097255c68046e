import type { TGoalBook } from '../../../contract/goal-book.js';
import { departmentFinding, indicatorFinding, projectFinding } from '../finding.js';
import { isCjk } from '../text.js';
import type { TFixableField, TReviewField, TReviewFinding, TReviewRule } from '../types.js';

/**
 * Probable typos, found by comparing the document with itself — no dictionary. A phrase (a run of text
 * between punctuation) is a probable typo of another phrase when:
 *  - both have the same length (≥ MIN_CJK Chinese characters) and differ in exactly one Chinese character;
 *  - the character pair it introduces (e.g. 按制 in 严格按制在预算内) is written nowhere else in the
 *    document — real words recur in a document, slips of the IME do not. This keeps legitimate variants
 *    quiet (加强法治宣传 vs 加强法制宣传: both 法治 and 法制 occur elsewhere);
 *  - the other phrase is written more often, or as often but with only attested character pairs.
 * Phrases are grouped by "the phrase with position i blanked out", so the search is one map lookup per
 * character of each distinct phrase instead of a comparison of every pair of phrases.
 */

const MIN_CJK = 5;
const MAX_LENGTH = 40;
const SEPARATORS = /[\s，。；;：:、,！!？?“”"‘’'（）()《》【】[\]<>/\\|·…—\-]+/u;

type TSource =
  | { kind: 'indicator'; projectIndex: number; indicatorIndex: number; field: TFixableField; text: string }
  | { kind: 'project'; projectIndex: number; field: TReviewField; text: string }
  | { kind: 'department'; text: string }
  | { kind: 'corpus'; text: string };

function collectSources(book: TGoalBook): TSource[] {
  const out: TSource[] = [];
  const g = book.departmentGoals;
  for (const text of [g.summary ?? '', ...g.overall, ...g.areas.map((a) => a.text), ...g.safeguards.map((a) => a.text)]) {
    out.push({ kind: 'department', text });
  }
  for (const ind of g.indicators ?? []) out.push({ kind: 'corpus', text: `${ind.name}\n${ind.description}\n${ind.target.raw}` });
  book.projects.forEach((p, projectIndex) => {
    out.push({ kind: 'corpus', text: p.name });
    out.push({ kind: 'project', projectIndex, field: 'purpose', text: p.purpose });
    for (const goal of p.goals) out.push({ kind: 'project', projectIndex, field: 'goals', text: goal });
    p.indicators.forEach((ind, indicatorIndex) => {
      out.push({ kind: 'indicator', projectIndex, indicatorIndex, field: 'name', text: ind.name });
      // A description that copies the name adds no independent evidence; counting it twice would make
      // every indicator name look twice as common as it is.
      if (ind.description.trim() !== ind.name.trim()) {
        out.push({ kind: 'indicator', projectIndex, indicatorIndex, field: 'description', text: ind.description });
      }
      out.push({ kind: 'indicator', projectIndex, indicatorIndex, field: 'target', text: ind.target.raw });
    });
  });
  return out;
}

function phrasesOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(SEPARATORS)
    .filter((p) => p.length > 0);
}

function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text[i])) n++;
  return n;
}

interface TTypo {
  typo: string;
  correct: string;
  position: number;
  correctCount: number;
  /** the character pair of the typo that occurs nowhere else */
  oddPair: string;
}

/** For each phrase judged a typo, the phrase it is probably a typo of. */
export function findProbableTypos(texts: readonly string[]): Map<string, TTypo> {
  const phraseCount = new Map<string, number>();
  const bigramCount = new Map<string, number>();
  for (const text of texts) {
    for (const phrase of phrasesOf(text)) {
      phraseCount.set(phrase, (phraseCount.get(phrase) ?? 0) + 1);
      for (let i = 0; i + 1 < phrase.length; i++) {
        if (!isCjk(phrase[i]) || !isCjk(phrase[i + 1])) continue;
        const b = phrase.slice(i, i + 2);
        bigramCount.set(b, (bigramCount.get(b) ?? 0) + 1);
      }
    }
  }

  const groups = new Map<string, string[]>();
  for (const phrase of phraseCount.keys()) {
    if (phrase.length > MAX_LENGTH || cjkCount(phrase) < MIN_CJK) continue;
    for (let i = 0; i < phrase.length; i++) {
      if (!isCjk(phrase[i])) continue;
      const key = `${phrase.slice(0, i)}\u0001${phrase.slice(i + 1)}`;
      const list = groups.get(key);
      if (list) list.push(phrase);
      else groups.set(key, [phrase]);
    }
  }

  /** The character pairs around position i that occur nowhere outside the phrase itself. */
  const unattestedPairs = (phrase: string, i: number): string[] => {
    const count = phraseCount.get(phrase) ?? 0;
    const odd: string[] = [];
    for (const start of [i - 1, i]) {
      if (start < 0 || start + 1 >= phrase.length) continue;
      if (!isCjk(phrase[start]) || !isCjk(phrase[start + 1])) continue;
      const b = phrase.slice(start, start + 2);
      let inPhrase = 0;
      for (let k = 0; k + 1 < phrase.length; k++) if (phrase[k] === b[0] && phrase[k + 1] === b[1]) inPhrase++;
      if ((bigramCount.get(b) ?? 0) - count * inPhrase <= 0) odd.push(b);
    }
    return odd;
  };

  const typos = new Map<string, TTypo>();
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const position = key.indexOf('\u0001');
    // A difference in the first or last character is how legitimate variants differ (工作站/工作者,
    // 人数/人次); slips of the IME inside a phrase are what this rule is after.
    if (position === 0 || position === key.length - 1) continue;
    for (const a of list) {
      const odd = unattestedPairs(a, position);
      if (odd.length === 0) continue;
      const countA = phraseCount.get(a) ?? 0;
      let best: TTypo | undefined;
      for (const b of list) {
        if (b === a) continue;
        const countB = phraseCount.get(b) ?? 0;
        // On a tie, the phrase whose wording is better attested elsewhere in the document wins.
        const better = countB > countA || (countB === countA && unattestedPairs(b, position).length < odd.length);
        if (!better) continue;
        if (!best || countB > best.correctCount) {
          best = { typo: a, correct: b, position, correctCount: countB, oddPair: odd.map((p) => `“${p}”`).join('、') };
        }
      }
      if (best && !typos.has(a)) typos.set(a, best);
    }
  }
  return typos;
}

function describe(t: TTypo): string {
  const times = t.correctCount > 1 ? `${t.correctCount}处` : '';
  return (
    `“${t.typo}”疑为“${t.correct}”之误（“${t.typo[t.position]}”应为“${t.correct[t.position]}”）：` +
    `本文件其他地方${times}写作“${t.correct}”，而${t.oddPair}在别处从未出现。`
  );
}

const FIELD_LABEL: Record<string, string> = {
  name: '三级指标名称',
  description: '绩效指标描述',
  target: '指标值',
  goals: '绩效目标',
  purpose: '资金用途',
};

/** Probable typos of phrases the same document writes correctly elsewhere (严格按制在预算内). */
export const probableTypo: TReviewRule = {
  id: 'probable-typo',
  criterion: '规范性',
  title: '疑似错别字',
  check({ book }) {
    const sources = collectSources(book);
    const typos = findProbableTypos(sources.map((s) => s.text));
    if (typos.size === 0) return [];
    const out: TReviewFinding[] = [];
    for (const source of sources) {
      if (source.kind === 'corpus') continue;
      const seen = new Set<string>();
      for (const phrase of phrasesOf(source.text)) {
        const t = typos.get(phrase);
        if (!t || seen.has(phrase)) continue;
        seen.add(phrase);
        const suggestion = `改为“${t.correct}”。`;
        if (source.kind === 'department') {
          out.push(departmentFinding(probableTypo, { severity: 'warning', field: 'departmentGoals', message: `部门整体绩效目标中${describe(t)}`, suggestion }));
          continue;
        }
        const project = book.projects[source.projectIndex]!;
        if (source.kind === 'project') {
          out.push(
            projectFinding(probableTypo, project, {
              severity: 'warning',
              field: source.field,
              message: `${FIELD_LABEL[source.field] ?? ''}中${describe(t)}`,
              suggestion,
            }),
          );
          continue;
        }
        // The fix rewrites the cell as written; the phrase was found on the width-folded text, so only
        // offer it when the phrase occurs literally in the cell.
        const fixed = source.text.includes(t.typo) ? source.text.split(t.typo).join(t.correct).trim() : undefined;
        out.push(
          indicatorFinding(probableTypo, project, source.indicatorIndex, {
            severity: 'warning',
            field: source.field,
            message: `${FIELD_LABEL[source.field]}中${describe(t)}`,
            suggestion: fixed ? `改为“${fixed}”。` : suggestion,
            ...(fixed ? { fix: { field: source.field, value: fixed } } : {}),
          }),
        );
      }
    }
    return out;
  },
};
