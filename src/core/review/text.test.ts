import { describe, expect, it } from 'vitest';
import { bracketContents, bracketsBalanced, compact, isSubsequence, labelKey, stripBracketed } from './text.js';

describe('text helpers', () => {
  it.each([
    ['法律援助案件受理数（件）', true],
    ['法律援助案件受理数（件)', true],
    ['社区矫正人数(人）', true],
    ['《民法典》宣传', true],
    ['基层法律服务工作者执业核准率(', false],
    ['办公家具和办公设备购置数量（台', false],
    ['人数）', false],
    ['（[）]', false],
  ])('bracketsBalanced(%s) = %s', (text, balanced) => {
    expect(bracketsBalanced(text)).toBe(balanced);
  });

  it.each([
    ['法律援助案件受理数（件)', '法律援助案件受理数'],
    ['基层法律服务工作者执业核准率(', '基层法律服务工作者执业核准率'],
    ['办公家具和办公设备购置数量（台/件/辆/套）', '办公家具和办公设备购置数量'],
    ['村（居）法律顾问覆盖率', '村法律顾问覆盖率'],
  ])('stripBracketed(%s) = %s', (text, stripped) => {
    expect(stripBracketed(text)).toBe(stripped);
  });

  it.each([
    ['数量（台/件）', ['台/件']],
    ['核准率(', []],
    ['数量（台', ['台']],
    ['村（居）覆盖率（%）', ['居', '%']],
  ])('bracketContents(%s) = %j', (text, contents) => {
    expect(bracketContents(text)).toEqual(contents);
  });

  it('labelKey ignores width, spacing, line breaks, units and end punctuation', () => {
    expect(labelKey('项目持续发挥作\n用期限。')).toBe('项目持续发挥作用期限');
    expect(labelKey('满意度（％）')).toBe('满意度');
    expect(compact(' ≥ ９５ ％ ')).toBe('≥95%');
  });

  it.each([
    ['社区矫正人数', '社区矫正对象人数', true],
    ['普法覆盖率', '普法覆盖面积', false],
    ['', '任何', true],
  ])('isSubsequence(%s, %s) = %s', (a, b, expected) => {
    expect(isSubsequence(a, b)).toBe(expected);
  });
});
