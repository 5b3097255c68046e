/**
 * Text helpers shared by the review rules. Goal documents are typed in Chinese IMEs and pasted from
 * Word, so the same words arrive with full- and half-width brackets, stray spaces and line breaks;
 * comparisons go through these helpers so a rule never reports a difference that is only typography.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (isCjk(ch)) n++;
  return n;
}

/** Width-fold (（ → (, ％ → %, full-width digits → ASCII) and drop all whitespace. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '【': '】', '《': '》' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '】': '【', '》': '《' };

/** Fold full-width round and square brackets into ASCII ones; other characters are kept. */
function foldBrackets(text: string): string {
  return text.replace(/[（）［］]/gu, (c) => ({ '（': '(', '）': ')', '［': '[', '］': ']' })[c] ?? c);
}

/**
 * Whether every bracket is closed by one of its own kind, in order. Full- and half-width forms count
 * as the same kind on purpose: "受理数（件)" mixes them but is complete, and calling it broken would be
 * crying wolf over typography.
 */
export function bracketsBalanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of foldBrackets(text)) {
    if (ch in OPENERS) stack.push(ch);
    else if (ch in CLOSERS) {
      if (stack.pop() !== CLOSERS[ch]) return false;
    }
  }
  return stack.length === 0;
}

/**
 * Remove bracketed parts — "(件)", "（%）" — and a trailing unclosed one ("核准率(" or "数量（台"), since
 * they carry the unit, not what is measured.
 */
export function stripBracketed(text: string): string {
  let s = foldBrackets(text);
  let previous: string;
  do {
    previous = s;
    s = s.replace(/[([【][^()[\]【】]*[)\]】]/gu, '');
  } while (s !== previous);
  return s.replace(/[([【].*$/u, '').replace(/[)\]】]/gu, '');
}

/** The contents of the bracketed parts (including a trailing unclosed one), e.g. "数量（台/件）" → ["台/件"]. */
export function bracketContents(text: string): string[] {
  const s = foldBrackets(text);
  const out: string[] = [];
  const re = /[([【]([^()[\]【】]*)(?:[)\]】]|$)/gu;
  for (const m of s.matchAll(re)) {
    const inner = m[1]!.trim();
    if (inner !== '') out.push(inner);
  }
  return out;
}

/** The comparable core of an indicator name or description: no width, spacing, units or end punctuation. */
export function labelKey(text: string): string {
  return stripBracketed(compact(text)).replace(/[。.,，;；:：、!！?？]+$/u, '');
}

/** Whether every character of `short` appears in `long` in the same order (added detail, not a change). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) {
    if (i < short.length && ch === short[i]) i++;
  }
  return i === short.length;
}

/** Distinct CJK bigrams of a text; used for "do these two labels talk about the same thing". */
export function cjkBigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (isCjk(a) && isCjk(b)) out.add(a + b);
  }
  return out;
}

/** Quote a cell for a message; an empty cell reads as （空）. */
export function q(text: string): string {
  return text === '' ? '（空）' : `“${text}”`;
}
