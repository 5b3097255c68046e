import { describe, expect, it } from 'vitest';
import type { TMoneyBlock } from '../../contract/api/monitoring-api.js';
import { acceptProposal, buildMonitoring, changesBetween, countProblems, type LineState, type MonitoringIndicatorInput, type MonitoringInputs } from './build-monitoring.js';

const money = (o: Partial<TMoneyBlock>): TMoneyBlock => ({ initialBudget: 50000, budget: 50000, spent: 25000, executionRate: 0.5, plannedPercent: 50, gapPoints: 0, light: 'green', projectedYearEnd: 50000, ...o });
const indicator = (o: Partial<MonitoringIndicatorInput>): MonitoringIndicatorInput => ({
  indicatorId: 1,
  projectCode: 'P1',
  level1: '产出指标',
  level2: '数量指标',
  name: '法律援助案件受理数',
  target: '≥396件',
  targetValue: 396,
  targetUnit: '件',
  comparator: '>=',
  direction: 'higher',
  source: 'metric',
  actual: 200,
  assessment: null,
  expectedToDate: 198,
  forecast: 403,
  light: 'green',
  met: false,
  ...o,
});

const inputs: MonitoringInputs = {
  unit: { code: '315002', name: '乐亭县司法局' },
  year: 2022,
  month: 6,
  asOf: '2022-06-30',
  projects: [
    { code: 'P1', name: '法律援助', money: money({}) },
    { code: 'P2', name: '人民调解', money: money({ initialBudget: 10000.1, budget: 10000.1, spent: 1000, executionRate: 0.1, gapPoints: -40, light: 'red', projectedYearEnd: 2016.57 }) },
  ],
  department: money({ initialBudget: 0, budget: 60000.1, spent: 26000 }),
  indicators: [
    indicator({}),
    indicator({ indicatorId: 2, projectCode: 'P2', name: '人民调解案件数', target: '≥2300件', targetValue: 2300, actual: 900, expectedToDate: 1150, forecast: 1815, light: 'yellow' }),
    indicator({ indicatorId: 3, projectCode: 'P2', level1: '效益指标', name: '群众满意度', target: '明显提升', targetValue: null, targetUnit: null, comparator: null, direction: 'qualitative', actual: null, expectedToDate: null, forecast: null, light: null }),
  ],
};

describe('buildMonitoring', () => {
  it('proposes likelihoods and causes, and summarises the department', () => {
    const built = buildMonitoring(inputs, new Map());
    const [p1, p2] = built.projects;
    expect(p1!.indicators[0]!.proposal).toMatchObject({ likelihood: '确定能', cause: null });
    expect(p2!.indicators[0]!.proposal).toMatchObject({ likelihood: '有可能', cause: '经费保障' });
    expect(p2!.indicators[1]!.proposal.likelihood).toBeNull();
    // nothing confirmed yet: every line still needs a person
    expect(countProblems(built, [])).toBe(3);
    expect(built.department.money.initialBudget).toBe(60000.1);
    expect(built.department.lights).toEqual({ red: 0, yellow: 1, green: 1, blue: 0, none: 1 });
    expect(built.department.likelihoods).toEqual({ 确定能: 1, 有可能: 1, 完全不可能: 0, 未判断: 1 });
    expect(built.department.projects[1]!.causes).toEqual([{ indicator: '人民调解案件数', cause: '经费保障', text: expect.stringContaining('执行率 10%') }]);
  });

  it('shows confirmed judgements, and the problems that remain', () => {
    const lines = new Map<number, LineState>([
      [2, { likelihood: '完全不可能', cause: '人员保障', causeText: null, confirmedBy: 'finance', measures: [] }],
      [1, { likelihood: '确定能', cause: null, causeText: null, confirmedBy: 'finance', measures: [] }],
    ]);
    const built = buildMonitoring(inputs, lines);
    const line = built.projects[1]!.indicators[0]!;
    expect(line).toMatchObject({ likelihood: '完全不可能', cause: '人员保障', confirmedBy: 'finance' });
    expect(line.problems).toEqual(['完成目标可能性为“完全不可能”，请填写完善措施（含责任人和完成时限）']);
    expect(built.department.projects[1]!.causes).toEqual([{ indicator: '人民调解案件数', cause: '人员保障', text: null }]);
    expect(acceptProposal(line)).toBeNull();
    expect(acceptProposal(built.projects[1]!.indicators[1]!)).toBeNull();
    expect(countProblems(built, [{ status: 'open', followUpNote: null }, { status: 'done', followUpNote: null }, { status: 'not-done', followUpNote: '' }])).toBe(4);
  });

  it('gives the same report from the same inputs (a frozen snapshot recomputes identically)', () => {
    const snapshot = JSON.parse(JSON.stringify(inputs)) as MonitoringInputs;
    expect(buildMonitoring(snapshot, new Map())).toEqual(buildMonitoring(inputs, new Map()));
  });
});

describe('changesBetween', () => {
  it('lists the money and indicator figures that moved', () => {
    const live: MonitoringInputs = {
      ...inputs,
      projects: [inputs.projects[0]!, { ...inputs.projects[1]!, money: { ...inputs.projects[1]!.money, spent: 3000, executionRate: 0.3 } }],
      indicators: [inputs.indicators[0]!, { ...inputs.indicators[1]!, actual: 950 }, inputs.indicators[2]!],
    };
    expect(changesBetween(inputs, inputs)).toEqual([]);
    expect(changesBetween(inputs, live)).toEqual([
      { projectCode: 'P2', indicator: null, field: 'spent', frozen: 1000, live: 3000 },
      { projectCode: 'P2', indicator: null, field: 'executionRate', frozen: 0.1, live: 0.3 },
      { projectCode: 'P2', indicator: '人民调解案件数', field: 'actual', frozen: 900, live: 950 },
    ]);
  });
});
