import { describe, expect, it } from 'vitest';
import { previousIndex } from './previous-match.js';

const previous = [
  { id: 1, projectCode: 'P1', projectName: '法律援助', name: '法律援助案件受理数（件)' },
  { id: 2, projectCode: 'P1', projectName: '法律援助', name: '服务对象满意度' },
  { id: 3, projectCode: 'P2', projectName: '社区矫正', name: '服务对象满意度' },
  { id: 4, projectCode: null, projectName: null, name: '部门预算执行率' },
];

describe('previousIndex', () => {
  const find = previousIndex(previous);
  it.each([
    [{ projectCode: 'P1', projectName: '法律援助', name: '法律援助案件受理数' }, 1],
    [{ projectCode: 'P2', projectName: '社区矫正', name: '服务对象满意度' }, 3],
    // the project's code changed with the year: matched by its name
    [{ projectCode: 'P9', projectName: '社区矫正', name: '服务对象满意度' }, 3],
    [{ projectCode: 'P9', projectName: '新项目', name: '服务对象满意度' }, null],
    [{ projectCode: null, projectName: null, name: '部门预算执行率' }, 4],
    [{ projectCode: 'P1', projectName: '法律援助', name: '法律援助案件办结率' }, null],
  ] as const)('%j → %s', (current, id) => {
    expect(find(current)?.id ?? null).toBe(id);
  });
});
