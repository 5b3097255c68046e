import { describe, expect, it } from 'vitest';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import { parseTarget } from '../target.js';
import { DEFAULT_SCHEME, gradeOf, roundScore, WIDE_BANDS } from './scheme.js';
import { allocateWeights, scoreExecution, scoreIndicator, scoreProject, type ScoringIndicator } from './score.js';

const ind = (raw: string, actual: number | null, extra: Partial<ScoringIndicator> = {}): ScoringIndicator => ({
  key: 'k',
  level1: '产出指标',
  name: '指标',
  target: parseTarget(raw),
  actual,
  band: null,
  ...extra,
});
const scheme = (over: Partial<TScoringScheme> = {}): TScoringScheme => ({ ...DEFAULT_SCHEME, ...over });

describe('scoreIndicator: every branch with worked numbers', () => {
  const cases: { what: string; raw: string; actual: number | null; weight: number; scheme?: TScoringScheme; extra?: Partial<ScoringIndicator>; score: number | null; branch: string }[] = [
    { what: 'higher, met exactly', raw: '≥396件', actual: 396, weight: 12.5, score: 12.5, branch: 'higher-met' },
    { what: 'higher, met above', raw: '≥396件', actual: 410, weight: 12.5, score: 12.5, branch: 'higher-met' },
    { what: 'higher, missed: 12.5 × 372 ÷ 400 = 11.625 → 11.63', raw: '≥400份', actual: 372, weight: 12.5, score: 11.63, branch: 'higher-missed' },
    { what: 'higher, missed rate: 10 × 88.46 ÷ 95 = 9.3116 → 9.31', raw: '≥95%', actual: 88.46, weight: 10, score: 9.31, branch: 'higher-missed' },
    { what: 'bare 100% met', raw: '100%', actual: 100, weight: 12.5, score: 12.5, branch: 'higher-met' },
    { what: 'strict > at the target is missed but scores 10 × 50 ÷ 50', raw: '>50次', actual: 50, weight: 10, score: 10, branch: 'higher-missed' },
    { what: 'cut to 1 decimal: 11.625 → 11.6', raw: '≥400份', actual: 372, weight: 12.5, scheme: scheme({ rounding: 'cut-1' }), score: 11.6, branch: 'higher-missed' },
    { what: 'cut to 1 decimal: 10 × 88.46 ÷ 95 = 9.31 → 9.3', raw: '≥95%', actual: 88.46, weight: 10, scheme: scheme({ rounding: 'cut-1' }), score: 9.3, branch: 'higher-missed' },
    { what: 'lower, met', raw: '≤5%', actual: 4, weight: 10, score: 10, branch: 'lower-met' },
    { what: 'lower, at the target', raw: '≤5%', actual: 5, weight: 10, score: 10, branch: 'lower-met' },
    { what: 'lower, between target and twice: 10 × (1 − (6 − 5) ÷ 5) = 8', raw: '≤5%', actual: 6, weight: 10, score: 8, branch: 'lower-linear' },
    { what: 'lower, between: 15 × (1 − (7.5 − 5) ÷ 5) = 7.5', raw: '≤5%', actual: 7.5, weight: 15, score: 7.5, branch: 'lower-linear' },
    { what: 'lower, at twice the target: 0', raw: '≤5%', actual: 10, weight: 10, score: 0, branch: 'lower-beyond-double' },
    { what: 'lower, beyond twice: 0', raw: '≤5%', actual: 12, weight: 10, score: 0, branch: 'lower-beyond-double' },
    { what: 'lower, weight × target ÷ actual: 10 × 5 ÷ 8 = 6.25', raw: '≤5%', actual: 8, weight: 10, scheme: scheme({ lowerIsBetter: 'target-over-actual' }), score: 6.25, branch: 'lower-ratio' },
    { what: 'lower, weight × target ÷ actual beyond twice: 10 × 5 ÷ 12 = 4.17', raw: '≤5%', actual: 12, weight: 10, scheme: scheme({ lowerIsBetter: 'target-over-actual' }), score: 4.17, branch: 'lower-ratio' },
    { what: 'lower by name (重新犯罪率), no comparator: 10 × (1 − (1.5 − 1) ÷ 1) = 5', raw: '1%', actual: 1.5, weight: 10, extra: { name: '社区矫正对象重新犯罪率' }, score: 5, branch: 'lower-linear' },
    { what: 'equality at 0 (≤0起), 0 happened: full', raw: '≤0起', actual: 0, weight: 10, score: 10, branch: 'lower-met' },
    { what: 'equality at 0 (≤0起), 1 happened: 0', raw: '≤0起', actual: 1, weight: 10, score: 0, branch: 'lower-zero-target' },
    { what: 'equality at 0 (=0), 0: full', raw: '=0', actual: 0, weight: 10, score: 10, branch: 'higher-zero-target' },
    { what: 'equality at 0 (=0), 2: 0', raw: '=0', actual: 2, weight: 10, score: 0, branch: 'higher-zero-target' },
    { what: 'deadline 2022年底 done in 2022', raw: '2022年底', actual: 2022, weight: 12.5, score: 12.5, branch: 'lower-met' },
    { what: 'overshoot by ≥30 %: 10 × (1 − 20%) = 8', raw: '≥100次', actual: 130, weight: 10, scheme: scheme({ overshootDeduction: { overPercent: 30, deductPercent: 20 } }), score: 8, branch: 'higher-overshoot' },
    { what: 'overshoot below 30 %: full', raw: '≥100次', actual: 129, weight: 10, scheme: scheme({ overshootDeduction: { overPercent: 30, deductPercent: 20 } }), score: 10, branch: 'higher-met' },
    { what: 'missing actual: null, not 0', raw: '≥396件', actual: null, weight: 12.5, score: null, branch: 'missing' },
    { what: 'qualitative without assessment: missing', raw: '明显提升', actual: null, weight: 15, score: null, branch: 'missing' },
    { what: 'band achieved (80–100): top 15', raw: '明显提升', actual: null, weight: 15, extra: { band: 'achieved' }, score: 15, branch: 'band' },
    { what: 'band partial (60–80): 15 × 80% = 12', raw: '明显提升', actual: null, weight: 15, extra: { band: 'partial' }, score: 12, branch: 'band' },
    { what: 'band not achieved (0–60): 15 × 60% = 9', raw: '明显提升', actual: null, weight: 15, extra: { band: 'notAchieved' }, score: 9, branch: 'band' },
    { what: 'wide bands achieved (80–100): 15', raw: '明显提升', actual: null, weight: 15, scheme: scheme({ bands: WIDE_BANDS }), extra: { band: 'achieved' }, score: 15, branch: 'band' },
    { what: 'wide bands partial (50–80): 15 × 80% = 12', raw: '明显提升', actual: null, weight: 15, scheme: scheme({ bands: WIDE_BANDS }), extra: { band: 'partial' }, score: 12, branch: 'band' },
    { what: 'wide bands not achieved (0–50): 15 × 50% = 7.5', raw: '明显提升', actual: null, weight: 15, scheme: scheme({ bands: WIDE_BANDS }), extra: { band: 'notAchieved' }, score: 7.5, branch: 'band' },
    { what: 'band partial with 10 signed within 9–12: 10', raw: '明显提升', actual: null, weight: 15, extra: { band: 'partial', bandScore: 10 }, score: 10, branch: 'band' },
    { what: 'band partial with 13 signed outside 9–12: the top 12', raw: '明显提升', actual: null, weight: 15, extra: { band: 'partial', bandScore: 13 }, score: 12, branch: 'band' },
    { what: 'deadline judged by assessment', raw: '2022年底', actual: null, weight: 12.5, extra: { band: 'achieved' }, score: 12.5, branch: 'band' },
  ];
  it.each(cases)('$what', (c) => {
    const r = scoreIndicator(ind(c.raw, c.actual, c.extra), c.weight, c.scheme ?? DEFAULT_SCHEME);
    expect(r.score).toBe(c.score);
    expect(r.branch).toBe(c.branch);
    expect(r.explanation.zh.length).toBeGreaterThan(0);
  });

  it('explains a missed score with its numbers', () => {
    expect(scoreIndicator(ind('≥400份', 372), 12.5, DEFAULT_SCHEME).explanation.zh).toBe('实际 372 未达到目标 ≥400份：12.5 × 372 ÷ 400 = 11.63');
  });
});

describe('scoreExecution: weight × min(1, spent ÷ budget)', () => {
  it.each([
    { budget: 5_000_000, spent: 5_000_000, rate: 1, score: 10 },
    { budget: 5_000_000, spent: 4_630_000, rate: 0.926, score: 9.26 },
    { budget: 5_000_000, spent: 6_000_000, rate: 1.2, score: 10 },
    { budget: 3_000_000, spent: 1_000_000, rate: 1 / 3, score: 3.33 },
    { budget: 0, spent: 0, rate: 0, score: 0 },
  ])('budget $budget spent $spent → $score', (c) => {
    const r = scoreExecution({ budgetFen: c.budget, spentFen: c.spent, scheme: DEFAULT_SCHEME });
    expect(r.rate).toBeCloseTo(c.rate, 10);
    expect(r.score).toBe(c.score);
  });
  it('cuts to 1 decimal: 10 × 1/3 → 3.3', () => {
    expect(scoreExecution({ budgetFen: 3, spentFen: 1, scheme: scheme({ rounding: 'cut-1' }) }).score).toBe(3.3);
  });
});

describe('allocateWeights', () => {
  const sample = (level1: string, n: number, extra: Partial<ScoringIndicator> = {}) => Array.from({ length: n }, (_, k) => ({ key: `${level1}${k}`, level1, name: `${level1}${k}`, ...extra }));
  it('spreads 产出 50 over 4, 效益 30 over 2, 满意度 10 over 1', () => {
    const w = allocateWeights([...sample('产出指标', 4), ...sample('效益指标', 2), ...sample('满意度指标', 1)], DEFAULT_SCHEME);
    expect([...w.weights.values()]).toEqual([12.5, 12.5, 12.5, 12.5, 15, 15, 10]);
    expect(w.problems).toEqual([]);
  });
  it('spreads 50 over 3 to the hundredth, the remainder on the last: 16.66 16.66 16.68', () => {
    const w = allocateWeights([...sample('产出指标', 3), ...sample('效益指标', 2), ...sample('满意度指标', 1)], DEFAULT_SCHEME);
    expect([...w.weights.values()].slice(0, 3)).toEqual([16.66, 16.66, 16.68]);
    expect(w.problems).toEqual([]);
  });
  it('moves an absent 满意度 weight to 产出 and 效益 in proportion: 56.25 and 33.75', () => {
    const w = allocateWeights([...sample('产出指标', 4), ...sample('效益指标', 2)], DEFAULT_SCHEME);
    expect(w.categories).toEqual({ output: 56.25, benefit: 33.75, satisfaction: 0 });
    expect([...w.weights.values()]).toEqual([14.06, 14.06, 14.06, 14.07, 16.87, 16.88]);
    expect(w.problems).toEqual([]);
  });
  it('takes the document 分值 and spreads the rest of the category', () => {
    const list = [...sample('产出指标', 3), ...sample('效益指标', 1), ...sample('满意度指标', 1)];
    list[0] = { ...list[0]!, documentWeight: 20 } as (typeof list)[number];
    const w = allocateWeights(list, DEFAULT_SCHEME);
    expect([...w.weights.values()]).toEqual([20, 15, 15, 30, 10]);
  });
  it('takes the scheme override before the document and reports weights that do not add up', () => {
    const list = [...sample('产出指标', 2, { documentWeight: 25 }), ...sample('效益指标', 1), ...sample('满意度指标', 1)];
    const w = allocateWeights(list, scheme({ indicatorWeights: { 产出指标0: 30 } }));
    expect([...w.weights.values()]).toEqual([30, 25, 30, 10]);
    expect(w.problems.map((p) => p.zh)).toEqual(['指标分值合计 95 分，加预算执行率 10 分应为 100 分（指标应合计 90 分）']);
  });
});

describe('scoreProject: totals, grade, signed scores, the execution cap', () => {
  const project = (actuals: { count: number | null; rate: number }, over: Partial<ScoringIndicator> = {}): ScoringIndicator[] => [
    { key: 'a', level1: '产出指标', name: '文件印刷数量', target: parseTarget('≥400份'), actual: actuals.count, band: null, ...over },
    { key: 'b', level1: '产出指标', name: '及时性', target: parseTarget('及时完成'), actual: null, band: 'achieved' },
    { key: 'c', level1: '效益指标', name: '促进社会和谐稳定', target: parseTarget('明显提升'), actual: null, band: 'partial' },
    { key: 'd', level1: '满意度指标', name: '服务对象满意度', target: parseTarget('≥95%'), actual: actuals.rate, band: null },
  ];
  it('adds execution and every score: 9.26 + 23.25 + 25 + 24 + 9.31 = 90.82 → 优', () => {
    const r = scoreProject({ budgetFen: 5_000_000, spentFen: 4_630_000, indicators: project({ count: 372, rate: 88.46 }), scheme: DEFAULT_SCHEME });
    expect(r.indicators.map((i) => i.score)).toEqual([23.25, 25, 24, 9.31]);
    expect(r.total).toBe(90.82);
    expect(r.computedTotal).toBe(90.82);
    expect(r.grade).toBe('优');
    expect(r.cap).toBeNull();
  });
  it('leaves the total empty while an actual is missing', () => {
    const r = scoreProject({ budgetFen: 100, spentFen: 100, indicators: project({ count: null, rate: 96 }), scheme: DEFAULT_SCHEME });
    expect(r.missing).toBe(1);
    expect(r.indicators[0]!.score).toBeNull();
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
  });
  it('keeps the computed score beside a signed one and marks the difference', () => {
    const r = scoreProject({ budgetFen: 100, spentFen: 100, indicators: project({ count: 372, rate: 96 }), signed: new Map([['a', 20]]), scheme: DEFAULT_SCHEME });
    expect(r.indicators[0]).toMatchObject({ computedScore: 23.25, signedScore: 20, score: 20, differs: true });
    expect(r.total).toBe(10 + 20 + 25 + 24 + 10);
    expect(r.computedTotal).toBe(10 + 23.25 + 25 + 24 + 10);
  });
  it('caps the total at 69 when execution is below 60 %: 5 + 25 + 25 + 24 + 10 = 89 → 69', () => {
    const r = scoreProject({ budgetFen: 100, spentFen: 50, indicators: project({ count: 400, rate: 96 }), scheme: scheme({ executionCap: { belowRatePercent: 60, maxTotal: 69 } }) });
    expect(r.total).toBe(69);
    expect(r.computedTotal).toBe(69);
    expect(r.grade).toBe('中');
    expect(r.cap?.zh).toBe('预算执行率低于 60%，总分封顶 69 分（各项合计 89 分）');
  });
  it('does not cap at 60 % execution or above', () => {
    const r = scoreProject({ budgetFen: 100, spentFen: 60, indicators: project({ count: 400, rate: 96 }), scheme: scheme({ executionCap: { belowRatePercent: 60, maxTotal: 69 } }) });
    expect(r.total).toBe(6 + 25 + 25 + 24 + 10);
  });
});

describe('gradeOf and roundScore', () => {
  it.each([
    [100, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], [0, '差'],
  ] as const)('%d → %s', (total, grade) => expect(gradeOf(total)).toBe(grade));
  it.each([
    [11.625, 'round-2', 11.63], [1.005, 'round-2', 1.01], [11.625, 'cut-1', 11.6], [8.99, 'cut-1', 8.9], [9.3, 'cut-1', 9.3],
  ] as const)('%d %s → %d', (x, r, y) => expect(roundScore(x, r)).toBe(y));
});
