import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { nameDescriptionMismatch } from './name-description-mismatch.js';

const run = (name: string, description: string) =>
  nameDescriptionMismatch.check({ book: bookWithIndicator(ROW.quantity, { name, description }) });

describe('name-description-mismatch', () => {
  it.each([
    ['法律援助案件受理数（件)', '法律援助案件受理数（件)'],
    ['基层法律服务工作者执业核准率(', '基层法律服务工作者执业核准率(%)'], // truncation: another rule
    ['办公家具和办公设备购置数量（台', '办公家具和办公设备购置数量（台/件/辆/套）'],
    ['项目持续发挥作用期限', '项目持续发挥作\n用期限'],
    ['社区矫正人数', '社区矫正对象人数'], // adds detail
    ['法律援助案件受理数', '年度法律援助案件受理数量'],
    ['业务保障能力持续提升', '为工作人员提供良好的办公环境，保障业务开展'], // a sentence that explains
    ['及时性', '按时完成各项工作'], // no measure word on either side
  ])('no finding for %s / %j', (name, description) => {
    expect(run(name, description)).toEqual([]);
  });

  it.each([
    ['组织主题宣传活动场次', '普法宣传活动次数', '年底统计时不清楚按哪一个计算'],
    ['普法覆盖率', '普法覆盖面积', '名称衡量的是比率，描述衡量的是面积'],
    ['培训人数', '培训人数达标率', '名称衡量的是数量，描述衡量的是比率'],
    ['法律援助案件受理数', '人民调解案件数', '年底统计时不清楚按哪一个计算'],
  ])('finds %s vs %s', (name, description, text) => {
    const findings = run(name, description);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', field: 'description', indicator: name })]);
    expect(findings[0]!.message).toContain(text);
  });
});
