import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { strayCharacter } from './stray-character.js';

describe('stray-character', () => {
  it.each([
    ['及时完成'],
    ['A级标准'],
    ['PM2.5达标'],
    ['APP使用人数'],
    ['12348热线接听率'],
    ['≥95%'],
    ['i'], // no Chinese text around: nothing to judge
  ])('no finding for target %s', (target) => {
    expect(strayCharacter.check({ book: bookWithIndicator(ROW.timeliness, { target }) })).toEqual([]);
  });

  it.each([
    ['及时完成目标i', '及时完成目标', '字母“i”'],
    ['及时x完成', '及时完成', '字母“x”'],
    ['按时完成I', '按时完成', '字母“I”'],
    ['及时完成\u200b任务', '及时完成任务', '不可见'],
    ['及时完成，，按期上报', '及时完成，按期上报', '重复的标点'],
    ['及时完成\ufffd', '及时完成', '乱码'],
  ])('finds %j → %s', (target, fixed, what) => {
    const findings = strayCharacter.check({ book: bookWithIndicator(ROW.timeliness, { target }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', field: 'target', fix: { field: 'target', value: fixed } })]);
    expect(findings[0]!.message).toContain(what);
  });

  it('flags the basis without offering a fix (only name, description and target are fixable)', () => {
    const findings = strayCharacter.check({ book: bookWithIndicator(ROW.timeliness, { basis: '年初工作安排s' }) });
    expect(findings).toEqual([expect.objectContaining({ field: 'basis' })]);
    expect(findings[0]!.fix).toBeUndefined();
  });
});
