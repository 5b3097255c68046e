import { describe, expect, it } from 'vitest';
import { joinSplitLabels } from './split-labels.js';

const row = (...texts: string[]) => ({ number: 1, cells: texts.map((text, i) => ({ text, col: i + 1, span: 1 })) });
const texts = (r: ReturnType<typeof row>) => r.cells.map((c) => `${c.text}@${c.col}+${c.span}`);

describe('joinSplitLabels', () => {
  it.each([
    ['年初 + 预算数', row('年初', '预算数', '5.00'), ['年初预算数@1+2', '5.00@3+1']],
    ['经济效益 + 指标', row('效益指标', '经济效益', '指标', '节约成本', '≥5万元'), ['效益指标@1+1', '经济效益指标@2+2', '节约成本@4+1', '≥5万元@5+1']],
    ['指标 + 值 in a header', row('三级指标', '指标', '值'), ['三级指标@1+1', '指标值@2+2']],
    ['two labels stay apart', row('项目名称', '法律援助', '项目编码', 'X1'), ['项目名称@1+1', '法律援助@2+1', '项目编码@3+1', 'X1@4+1']],
    ['a label and its value stay apart', row('预算数', '5.00'), ['预算数@1+1', '5.00@2+1']],
  ])('%s', (_, r, expected) => {
    expect(texts(joinSplitLabels(r) as ReturnType<typeof row>)).toEqual(expected);
  });
});
