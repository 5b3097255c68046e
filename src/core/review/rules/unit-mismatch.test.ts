import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { unitMismatch } from './unit-mismatch.js';

const run = (name: string, target: string, description = name) =>
  unitMismatch.check({ book: bookWithIndicator(ROW.quantity, { name, description, target }) });

describe('unit-mismatch', () => {
  it.each([
    ['法律援助案件受理数（件)', '≥396件'],
    ['社区矫正人数(人）', '≥155人'],
    ['办公家具和办公设备购置数量（台', '≥50台'],
    ['办公家具和办公设备购置数量（台/件/辆/套）', '≥20套'],
    ['组织主题宣传活动场次（次）', '≥50场'], // 场 and 次 are the same unit here
    ['村（居）法律顾问覆盖率', '100%'], // 居 is not a unit
    ['救助案例办结率（%）', '100%'],
    ['人民调解案件数', '≥2300件'],
    ['项目完成时间', '2022年底'],
    ['办案量增长率', '≥10个百分点'],
    ['法律援助案件受理数', '≥396'],
  ])('no finding for %s %s', (name, target) => {
    expect(run(name, target)).toEqual([]);
  });

  it.each([
    ['法律援助案件受理数（件）', '≥396人', '标明的单位是“件”'],
    ['救助案例办结率（%）', '≥30件', '标明的单位是“%”'],
    ['法律援助案件办结率', '≥30件', '是比率'],
  ])('finds %s %s', (name, target, text) => {
    const findings = run(name, target);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', field: 'target' })]);
    expect(findings[0]!.message).toContain(text);
  });

  it('reads the unit from the description when the name has none', () => {
    expect(run('基层法律服务工作者执业核准率(', '≥90人', '基层法律服务工作者执业核准率(%)')).toHaveLength(1);
  });
});
