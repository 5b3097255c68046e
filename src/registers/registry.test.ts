import { describe, expect, it } from 'vitest';
import { REGISTER_KIND_LABEL_EN } from '../core/register-kinds.js';
import { REGISTERS } from './registry.js';

/**
 * Every word of a register a user sees has its English: sheet names, field labels and hints, derived
 * labels. Enum options are stored values (Chinese data), so an enum's default hint may list them.
 */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const sheets = REGISTERS.flatMap((r) => r.sheets);

describe('register English texts', () => {
  it('covers every sheet', () => expect(sheets.length).toBeGreaterThanOrEqual(20));

  it.each(REGISTERS.map((r) => [r.kind, REGISTER_KIND_LABEL_EN[r.kind]] as const))('kind %s is named in English: %s', (_, name) => {
    expect(name.trim()).not.toBe('');
    expect(name).not.toMatch(CJK);
  });

  it.each(sheets.map((s) => [`${s.kind}/${s.id}`, s] as const))('%s has an English name, labels and hints', (_, sheet) => {
    expect(sheet.nameEn.trim()).not.toBe('');
    expect(sheet.nameEn).not.toMatch(CJK);
    for (const f of sheet.fields) {
      expect(f.labelEn.trim(), `${f.key} label`).not.toBe('');
      expect(f.labelEn, `${f.key} label`).not.toMatch(CJK);
      expect(f.labelEn, `${f.key} label`).not.toBe(f.label);
      if (f.hint === undefined) continue;
      expect(f.hintEn?.trim(), `${f.key} hint`).toBeTruthy();
      const withoutOptions = [...(f.options ?? [])].sort((a, b) => b.length - a.length).reduce((text, o) => text.split(o).join(''), f.hintEn!);
      expect(withoutOptions, `${f.key} hint`).not.toMatch(CJK);
    }
    for (const [key, label] of Object.entries(sheet.derivedLabels ?? {})) {
      expect(label.en.trim(), key).not.toBe('');
      expect(label.en, key).not.toMatch(CJK);
    }
  });
});
