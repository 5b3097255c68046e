import { CELL_LABEL, forEachIndicatorCell, indicatorFinding } from '../finding.js';
import { countCjk, isCjk } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

interface TStray {
  /** start index in the text */
  at: number;
  length: number;
  /** what it is, in Chinese */
  what: string;
  /** what the span becomes in the fix */
  replacement: string;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
const DOUBLED_PUNCTUATION = /([，。、；：！？,;])\1+/gu;

/**
 * Latin letters glued to Chinese text ("及时完成目标i") are almost always a slip of the IME. Only short
 * lowercase runs are flagged — uppercase letters and longer words are abbreviations (A级, PM2.5, APP) —
 * and an uppercase single letter only at the very end after Chinese text.
 */
function strayLatin(text: string): TStray[] {
  const out: TStray[] = [];
  for (const m of text.matchAll(/[A-Za-z]+/gu)) {
    const at = m.index;
    const run = m[0];
    const before = text[at - 1];
    const after = text[at + run.length];
    if (/[0-9.]/u.test(before ?? '') || /[0-9.]/u.test(after ?? '')) continue;
    const lower = /^[a-z]{1,2}$/u.test(run);
    const upperAtEnd = /^[A-Z]$/u.test(run) && isCjk(before) && after === undefined;
    if (!(lower && (isCjk(before) || isCjk(after))) && !upperAtEnd) continue;
    out.push({ at, length: run.length, what: `字母“${run}”`, replacement: '' });
  }
  return out;
}

function strays(text: string): TStray[] {
  if (countCjk(text) < 2) return [];
  const out = strayLatin(text);
  for (const m of text.matchAll(INVISIBLE)) {
    out.push({ at: m.index, length: m[0].length, what: m[0] === '\ufffd' ? '乱码字符“\ufffd”' : '不可见的控制字符', replacement: '' });
  }
  for (const m of text.matchAll(DOUBLED_PUNCTUATION)) {
    out.push({ at: m.index, length: m[0].length, what: `重复的标点“${m[0]}”`, replacement: m[1]! });
  }
  return out.sort((a, b) => a.at - b.at);
}

function applyStrays(text: string, found: TStray[]): string {
  let result = '';
  let pos = 0;
  for (const s of found) {
    if (s.at < pos) continue;
    result += text.slice(pos, s.at) + s.replacement;
    pos = s.at + s.length;
  }
  return result + text.slice(pos);
}

/** Characters that do not belong in the cell: stray Latin letters, invisible characters, doubled punctuation. */
export const strayCharacter: TReviewRule = {
  id: 'stray-character',
  criterion: '规范性',
  title: '多余或异常字符',
  check({ book }) {
    const out: TReviewFinding[] = [];
    forEachIndicatorCell(book, (project, index, field, text, fixable) => {
      const found = strays(text);
      if (found.length === 0) return;
      const fixed = applyStrays(text, found).trim();
      const what = [...new Set(found.map((s) => s.what))].join('、');
      out.push(
        indicatorFinding(strayCharacter, project, index, {
          severity: 'warning',
          field,
          message: `${CELL_LABEL[field]}“${text}”中有多余的${what}，像是录入时误输入的。`,
          suggestion: fixed === '' ? `删去${what}。` : `改为“${fixed}”。`,
          ...(fixable && fixed !== '' ? { fix: { field: fixable, value: fixed } } : {}),
        }),
      );
    });
    return out;
  },
};
