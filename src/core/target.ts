import type { TComparator, TTarget } from '../contract/goal-book.js';

/**
 * Target parsing: turn an 指标值 cell ("≥396件", "100百分比", "明显提升") into comparator, value and unit.
 * The rule that matters most: what this does not understand stays qualitative with its raw text —
 * it never invents a number. Deterministic and pure, shared by importers, review, scoring and the web.
 */

const PREFIX_COMPARATORS: [string, TComparator][] = [
  // longest first so 大于等于 wins over 大于
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['至少', '>='],
  ['达到', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

const SUFFIX_COMPARATORS: [string, TComparator][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

/** Units seen on Chinese goal tables. Short unknown CJK words (≤ 2 characters) are accepted too. */
const KNOWN_UNITS = new Set([
  '%', '‰', '件', '人', '次', '场', '份', '台', '个', '家', '户', '期', '名', '套', '辆', '元', '万元',
  '亿元', '小时', '学时', '天', '日', '个月', '月', '年', '周', '人次', '户次', '场次', '平方米', '公里',
  '千米', '米', '座', '处', '所', '个百分点', '百分点', '分', '册', '本', '条', '篇', '项', '批', '班',
  '课时', '张', '块', '个工作日', '工作日', '村', '站',
]);

const PERCENT_WORDS = /百分比|百分数/g;

function normalize(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(PERCENT_WORDS, '%')
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
}

function isUnit(text: string): boolean {
  if (text === '') return true;
  if (KNOWN_UNITS.has(text)) return true;
  return /^[\u4e00-\u9fa5]{1,2}$/.test(text) && !/[的了是为在和与及或把被将]/.test(text);
}

function qualitative(raw: string): TTarget {
  return { raw, kind: 'qualitative' };
}

export function parseTarget(raw: string): TTarget {
  let s = normalize(raw);
  if (s === '') return qualitative(raw);

  // A deadline such as 2022年底 / 2022年底前: done no later than the end of that year.
  const deadline = /^(20\d{2})年(?:底|末)前?$/.exec(s);
  if (deadline) return { raw, kind: 'quantitative', comparator: '<=', value: Number(deadline[1]), unit: '年底' };

  let comparator: TComparator | undefined;
  for (const [word, c] of PREFIX_COMPARATORS) {
    if (s.startsWith(word)) {
      comparator = c;
      s = s.slice(word.length);
      break;
    }
  }

  const num = /^(\d+(?:\.\d+)?)/.exec(s);
  if (!num) return qualitative(raw);
  const value = Number(num[1]);
  if (!Number.isFinite(value)) return qualitative(raw);
  let rest = s.slice(num[1]!.length);

  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (rest.endsWith(word)) {
      // "≥95%以上" says the same thing twice; a written prefix wins over a suffix.
      comparator ??= c;
      rest = rest.slice(0, -word.length);
      break;
    }
  }

  if (!isUnit(rest)) return qualitative(raw);
  // keys in the schema's order, so a parsed target and one read back from JSON serialise identically
  return {
    raw,
    kind: 'quantitative',
    ...(comparator ? { comparator } : {}),
    value,
    ...(rest !== '' ? { unit: rest } : {}),
  };
}

const COMPARATOR_SYMBOL: Record<TComparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The canonical written form of a quantitative target: "≥396件". Qualitative targets give their raw text. */
export function formatTarget(target: Pick<TTarget, 'kind' | 'raw' | 'comparator' | 'value' | 'unit'>): string {
  if (target.kind === 'qualitative' || target.value === undefined) return target.raw;
  if (target.unit === '年底') return `${target.value}年底`;
  return `${target.comparator ? COMPARATOR_SYMBOL[target.comparator] : ''}${target.value}${target.unit ?? ''}`;
}

export const comparatorSymbol = (c: TComparator): string => COMPARATOR_SYMBOL[c];

/** Whether the target is a rate (percent or per-mille); rates are compared as levels, not accumulated. */
export function isRateTarget(target: Pick<TTarget, 'unit'>): boolean {
  return target.unit === '%' || target.unit === '‰';
}
