import { describe, expect, it } from 'vitest';
import type { TIndicator } from '../../../contract/goal-book.js';
import { ROW, buildGoalBook, buildIndicator, buildProject, withIndicator, type TIndicatorInput } from '../test-helpers.js';
import { duplicateOutput, outputKey } from './duplicate-output.js';

/** One project per quantity row, each with otherwise clean indicators. */
function bookWithQuantities(...rows: TIndicatorInput[]) {
  return buildGoalBook({
    projects: rows.map((row, i) => withIndicator(buildProject({ code: `P${i + 1}`, name: `项目${i + 1}` }), ROW.quantity, row)),
  });
}

describe('outputKey', () => {
  it.each([
    [{ name: '法律援助案件受理数（件)', target: '≥396件' }, { name: '法律援助案件受理数', target: '≥396件' }],
    [{ name: '组织主题宣传活动场次', target: '≥50次' }, { name: '组织主题宣传活动场次', target: '≥50场' }],
  ])('treats %j and %j as the same output', (a, b) => {
    expect(outputKey(buildIndicator(a))).toBe(outputKey(buildIndicator(b)));
  });

  it('has no key for a qualitative target', () => {
    expect(outputKey(buildIndicator({ target: '满足工作需要' }) as TIndicator)).toBeUndefined();
  });
});

describe('duplicate-output', () => {
  it.each([
    ['different values', bookWithQuantities({ name: '人民调解案件数', target: '≥2300件' }, { name: '人民调解案件数', target: '≥1200件' })],
    ['different outputs', bookWithQuantities({ name: '人民调解案件数', target: '≥2300件' }, { name: '法律援助案件受理数', target: '≥2300件' })],
    ['qualitative values', bookWithQuantities({ target: '满足工作需要' }, { target: '满足工作需要' })],
    [
      'the same quality rate in two projects is a standard, not a claim',
      buildGoalBook({ projects: [buildProject({ code: 'P1', name: 'A' }), buildProject({ code: 'P2', name: 'B', indicators: buildProject().indicators.slice(1) })] }),
    ],
    [
      'a shared satisfaction level',
      buildGoalBook({
        projects: ['P1', 'P2', 'P3'].map((code, i) =>
          withIndicator(buildProject({ code, name: code }), ROW.quantity, { name: `产出${i}`, target: `≥${i + 1}件` }),
        ),
      }),
    ],
  ])('no finding: %s', (_, book) => {
    expect(duplicateOutput.check({ book })).toEqual([]);
  });

  it.each([
    ['人民调解案件数 ≥2300件 twice', [{ name: '人民调解案件数', target: '≥2300件' }, { name: '人民调解案件数', target: '≥2300件' }], 2],
    ['across widths and units in brackets', [{ name: '法律援助案件受理数（件)', target: '≥396件' }, { name: '法律援助案件受理数', target: '≥396件' }], 2],
    ['three projects', [{ name: '社区矫正人数', target: '≥155人' }, { name: '社区矫正人数(人）', target: '≥155人' }, { name: '社区矫正人数', target: '≥155人' }], 3],
  ])('finds %s once, on the second claim, naming every project', (_, rows, n) => {
    const book = bookWithQuantities(...rows);
    const findings = duplicateOutput.check({ book });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', projectCode: 'P2', indicatorIndex: ROW.quantity, indicator: rows[1]!.name }),
    ]);
    for (const p of book.projects.slice(0, n)) expect(findings[0]!.message).toContain(p.code);
    expect(findings[0]!.message).toContain(`由${n}个项目同时申报`);
  });
});
