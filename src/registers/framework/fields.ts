import { z } from 'zod';
import { CONTROL_CHARACTER_IN_CELL, CONTROL_CHARACTER_IN_CELL_EN, hasControlCharacter } from '../../core/text.js';
import { isIsoDate, isoDate } from '../../core/dates.js';
import { isValidIdNumber } from '../../core/masking.js';
import { parseAmountToFen, fenToYuan } from '../../core/money.js';
import type { LocalizedText } from '../../core/errors.js';

/**
 * Field declarations of a register sheet. One declaration drives everything generic: the zod schema
 * a create/update body and every imported row go through (so the API and an import say the same thing
 * about the same mistake), the import template's Chinese headers, list filters and search, encryption
 * of personal fields and their masking.
 */

export type FieldType = 'text' | 'date' | 'int' | 'bool' | 'enum' | 'money';
/** personal data (个人信息保护法): stored encrypted, shown masked; the kind decides the mask */
export type PersonalKind = 'name' | 'idNumber' | 'phone' | 'text';

export interface FieldDef {
  /** key in API bodies, lists and import rows (camelCase) */
  key: string;
  /** the drizzle column property holding it (differs only for money: `amount` → `amountFen`) */
  column: string;
  /** Chinese label: template header (the import file format) and list column */
  label: string;
  /** the label an English-mode screen shows */
  labelEn: string;
  type: FieldType;
  required: boolean;
  options?: readonly string[];
  personal?: PersonalKind;
  /** exact-match list filter (?f.key=value) */
  filter: boolean;
  /** matched by the list's free-text search (never a personal field: those are ciphertext) */
  search: boolean;
  min?: number;
  max?: number;
  maxLength: number;
  /** a hint for the template's 说明 sheet and the form */
  hint?: string;
  /** the hint in English (present whenever `hint` is) */
  hintEn?: string;
}

/** A field's label or hint in both languages: declared together so no field lacks its English. */
export type FieldText = LocalizedText;

interface CommonOptions {
  required?: boolean;
  filter?: boolean;
  search?: boolean;
  hint?: FieldText;
}

const base = (key: string, label: FieldText, type: FieldType, o: CommonOptions) => ({
  key,
  column: key,
  label: label.zh,
  labelEn: label.en,
  type,
  required: o.required ?? false,
  filter: o.filter ?? false,
  search: o.search ?? false,
  maxLength: 200,
  ...(o.hint ? { hint: o.hint.zh, hintEn: o.hint.en } : {}),
});

export const field = {
  text: (key: string, label: FieldText, o: CommonOptions & { maxLength?: number } = {}): FieldDef => ({ ...base(key, label, 'text', o), maxLength: o.maxLength ?? 200 }),
  /** personal data: encrypted at rest, masked unless the reader may and asks to unmask */
  personal: (key: string, label: FieldText, personal: PersonalKind, o: Omit<CommonOptions, 'search' | 'filter'> = {}): FieldDef => ({ ...base(key, label, 'text', o), personal, maxLength: personal === 'text' ? 500 : 60 }),
  date: (key: string, label: FieldText, o: CommonOptions = {}): FieldDef => base(key, label, 'date', { ...o, hint: o.hint ?? { zh: '日期，如 2022-03-18', en: 'A date, e.g. 2022-03-18' } }),
  int: (key: string, label: FieldText, o: CommonOptions & { min?: number; max?: number } = {}): FieldDef => ({ ...base(key, label, 'int', o), min: o.min ?? 0, max: o.max ?? 1_000_000_000 }),
  bool: (key: string, label: FieldText, o: CommonOptions = {}): FieldDef => base(key, label, 'bool', { filter: true, ...o, hint: o.hint ?? { zh: '填“是”或“否”', en: 'Yes or no' } }),
  enum: (key: string, label: FieldText, options: readonly string[], o: CommonOptions = {}): FieldDef => ({ ...base(key, label, 'enum', { filter: true, ...o, hint: o.hint ?? { zh: `可选：${options.join('、')}`, en: `One of: ${options.join(', ')}` } }), options }),
  /** amount in 元 at the edges, integer fen in the column `${key}Fen` */
  money: (key: string, label: FieldText, o: CommonOptions = {}): FieldDef => ({ ...base(key, label, 'money', { ...o, hint: o.hint ?? { zh: '金额（元），最多两位小数', en: 'Amount in yuan, at most two decimals' } }), column: `${key}Fen` }),
};

export type FieldValue = string | number | boolean | null;

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '合格', '在用']);
const FALSE_WORDS = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗', '不合格', '闲置']);


/**
 * Turn what a person typed (a JSON value or a spreadsheet cell) into the field's stored value, or say
 * in Chinese and English what is wrong with it. Empty is null; required-ness is checked by the caller.
 */
export function coerceField(f: FieldDef, raw: unknown): { value: FieldValue } | { error: LocalizedText } {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { value: null };
  const typed = String(raw);
  switch (f.type) {
    case 'text': {
      const text = (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw)).trim();
      if (hasControlCharacter(text)) return { error: { zh: CONTROL_CHARACTER_IN_CELL, en: CONTROL_CHARACTER_IN_CELL_EN } };
      if ([...text].length > f.maxLength) return { error: { zh: `不能超过 ${f.maxLength} 个字`, en: `cannot be longer than ${f.maxLength} characters` } };
      if (f.personal === 'idNumber') {
        const id = text.toUpperCase();
        if (!isValidIdNumber(id)) return { error: { zh: '不是有效的 18 位身份证号码（位数或校验位不对）', en: 'is not a valid 18-digit ID number (wrong length or check digit)' } };
        return { value: id };
      }
      if (f.personal === 'phone' && !/^(1\d{10}|0\d{2,3}-?\d{7,8}|12348)$/.test(text.replace(/\s/g, ''))) {
        return { error: { zh: '不是有效的电话号码（手机 11 位，座机如 0315-4621234）', en: 'is not a valid phone number (a mobile has 11 digits, a landline is like 0315-4621234)' } };
      }
      return { value: f.personal === 'phone' ? text.replace(/\s/g, '') : text };
    }
    case 'date': {
      if (raw instanceof Date) {
        if (Number.isNaN(raw.getTime())) return { error: { zh: '不是有效日期', en: 'is not a valid date' } };
        // spreadsheet dates arrive as UTC midnight of the calendar day shown
        return { value: raw.toISOString().slice(0, 10) };
      }
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(typed.trim());
      if (!m) return { error: { zh: `“${typed}”不是日期，应写成 2022-03-18 或 2022年3月18日`, en: `“${typed}” is not a date: write it as 2022-03-18` } };
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = isoDate(y, mo, d);
      if (!isIsoDate(date) || y < 1900 || y > 2100) return { error: { zh: `“${typed}”不是真实存在的日期`, en: `“${typed}” is not a date that exists` } };
      return { value: date };
    }
    case 'int': {
      const n = typeof raw === 'number' ? raw : Number(typed.trim().replace(/,/g, ''));
      if (!Number.isFinite(n) || !Number.isInteger(n)) return { error: { zh: `“${typed}”不是整数`, en: `“${typed}” is not a whole number` } };
      if (f.min !== undefined && n < f.min) return { error: { zh: `不能小于 ${f.min}`, en: `cannot be less than ${f.min}` } };
      if (f.max !== undefined && n > f.max) return { error: { zh: `不能大于 ${f.max}`, en: `cannot be more than ${f.max}` } };
      return { value: n };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { value: raw };
      const word = typed.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { error: { zh: `“${typed}”应填“是”或“否”`, en: `“${typed}” should be yes or no` } };
    }
    case 'enum': {
      const text = typed.trim();
      if (!f.options!.includes(text)) return { error: { zh: `“${text}”不是可选值，应为 ${f.options!.join('、')} 之一`, en: `“${text}” is not one of the options: ${f.options!.join(', ')}` } };
      return { value: text };
    }
    case 'money': {
      const fen = parseAmountToFen(typeof raw === 'number' ? typed : typed.trim(), '元');
      if (fen === null) return { error: { zh: `“${typed}”不是金额（元，非负，最多两位小数）`, en: `“${typed}” is not an amount (yuan, not negative, at most two decimals)` } };
      return { value: fen };
    }
  }
}

/** The stored value as the API shows it (money back to 元). */
export function outputField(f: FieldDef, stored: unknown): FieldValue {
  if (stored === null || stored === undefined) return null;
  if (f.type === 'money') return fenToYuan(Number(stored));
  if (f.type === 'int') return Number(stored);
  return stored as FieldValue;
}

/**
 * A zod schema of one field: the same coercion and messages as an imported cell. An issue's message is
 * the Chinese sentence; its `params.en` the English one (validate.ts reads both).
 */
export function zodOfField(f: FieldDef) {
  // optional input: a missing key is an empty field (required ones then say so)
  return z.unknown().optional().transform((raw, ctx) => {
    const result = coerceField(f, raw);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: `${f.label}${result.error.zh}`, params: { en: `${f.labelEn}: ${result.error.en}` } });
      return z.NEVER;
    }
    if (result.value === null && f.required) {
      ctx.addIssue({ code: 'custom', message: `${f.label}必填`, params: { en: `${f.labelEn} is required` } });
      return z.NEVER;
    }
    return result.value;
  });
}
