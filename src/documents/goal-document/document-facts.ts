import type { MoneyUnit } from '../../core/money.js';

/**
 * The facts a goal or self-evaluation document states once — its unit, budget year and money unit —
 * found by their labels wherever they are written: a table cell, a paragraph such as
 * "315002乐亭县司法局　　单位：万元", a "key：value" line ("预算单位：[015001]某某局",
 * "主管部门及编码：某某局(433001)", "776001-某某局") or only the title. Pure: text in, facts out.
 */

export interface UnitFact {
  code: string;
  name: string;
}

/** Spaces of every width (the ideographic 　 too) and NBSP count as one separator. */
const SPACES = /[\s\u3000\u00a0]+/gu;

/** Labels whose value is the unit: 预算单位：…, or a 预算单位 cell with the unit in the next one. */
const UNIT_KEY_WORDS = '预算单位|单位名称|填报单位|申报单位|部门名称|预算部门|主管部门|主管部门及编码|部门及编码|单位及编码|项目单位|实施单位';
const UNIT_KEYS = new RegExp(`^(?:${UNIT_KEY_WORDS}|部门|单位)(?:（[^）]*）|\\([^)]*\\))?\\s*[:：]\\s*`, 'u');
const UNIT_KEY_CELL = new RegExp(`^(?:${UNIT_KEY_WORDS})$`, 'u');

/** A label cell (normalised) whose value, in the next cell, names the unit. */
export const isUnitKeyLabel = (label: string): boolean => UNIT_KEY_CELL.test(label);

/** A unit name: Chinese text ending where a word such as 单位/20xx年 starts. */
const NAME = '[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5（）()·]*?';
const NAME_END = '(?=\\s*(?:$|单位[:：]|金额单位|20\\d{2}\\s*年|[（(]\\s*20\\d{2}|项目|部门整体|部门预算|绩效|预算|[,，;；]))';

const PATTERNS: RegExp[] = [
  // 315002乐亭县司法局 / [015001]某某局 / 【015001】某某局 / 776001-某某局 / 776001 某某局
  new RegExp(`^[\\[【［]?(\\d{3,})[\\]】］]?\\s*[-—－:：]?\\s*(${NAME})${NAME_END}`, 'u'),
  // 某某局(433001) / 某某局（433001）
  new RegExp(`^(${NAME})\\s*[（(\\[【]\\s*(\\d{3,})\\s*[)）\\]】]`, 'u'),
];

/** A unit code and name in one piece of text, or undefined. Codes have at least six digits unless a key or bracket says so. */
export function unitIn(text: string): UnitFact | undefined {
  const flat = text.normalize('NFKC').replace(SPACES, ' ').trim();
  const keyed = UNIT_KEYS.exec(flat);
  const body = keyed ? flat.slice(keyed[0].length) : flat;
  for (const [i, pattern] of PATTERNS.entries()) {
    const m = pattern.exec(body);
    if (!m) continue;
    const code = i === 0 ? m[1]! : m[2]!;
    const name = (i === 0 ? m[2]! : m[1]!).replace(/[（(]$/u, '');
    const bracketed = /^[[【［]/u.test(body) || i === 1 || /^\d+\s*[-—－]/u.test(body);
    if (code.length < 6 && !keyed && !bracketed) continue;
    if (name.length < 2) continue;
    return { code, name };
  }
  return undefined;
}

/** "单位：万元", "金额单位:元", "（单位：万元）", or a header such as "年初安排金额(万元)". */
export function moneyUnitIn(text: string): MoneyUnit | undefined {
  const flat = text.normalize('NFKC').replace(SPACES, '');
  const m = /(?:金额|资金)?单位[:：]?(万元|元)(?![\u4e00-\u9fa5])/u.exec(flat);
  if (m) return m[1] as MoneyUnit;
  const header = /[(（](万元|元)[)）]$/u.exec(flat);
  if (header && /金额|预算|资金|执行数|支出|拨款|安排/u.test(flat)) return header[1] as MoneyUnit;
  return undefined;
}

export type YearSource = 'title' | 'header' | 'filledOn';

/** The budget year a heading states: "2023年度…", "（2023年度）", "2023年…绩效目标表". */
export function yearInHeading(text: string): number | undefined {
  const flat = text.normalize('NFKC').replace(SPACES, '');
  const bracketed = /[(（](20\d{2})年度?[)）]/u.exec(flat);
  if (bracketed) return Number(bracketed[1]);
  const title = /(20\d{2})年度?.*(?:绩效目标|预算|绩效自评|自评表|评价表)/u.exec(flat);
  if (title) return Number(title[1]);
  return undefined;
}

/** "填报日期：2023年1月5日" / "填报时间:2023-01-05" → 2023. */
export function filledOnYear(text: string): number | undefined {
  const flat = text.normalize('NFKC').replace(SPACES, '');
  const m = /(?:填报|填表|编制|申报)(?:日期|时间)[:：]?(20\d{2})/u.exec(flat);
  return m ? Number(m[1]) : undefined;
}

/** A short line (a title, a unit line, a key：value line) — never a paragraph of narrative. */
export function isShortLine(text: string): boolean {
  return text.length <= 80 && !/[。；;]/u.test(text);
}

/** "10000万元" / "1,030,700.00元" → the number and the unit written with it; a bare number keeps no unit. */
export function amountWithUnit(text: string): { text: string; unit?: MoneyUnit } {
  const flat = text.normalize('NFKC').replace(SPACES, '');
  const m = /^(.*?\d)(万元|元)$/u.exec(flat);
  return m ? { text: m[1]!, unit: m[2] as MoneyUnit } : { text };
}
