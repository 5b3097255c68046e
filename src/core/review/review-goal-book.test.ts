import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZGoalBook, type TGoalBook } from '../../contract/goal-book.js';
import { REVIEW_RULES, reviewGoalBook } from './review-goal-book.js';
import { RULES } from './rules/index.js';
import { ROW, buildGoalBook, buildIndicator, buildProject, withIndicator } from './test-helpers.js';
import type { TReviewFinding } from './types.js';

const sample: TGoalBook = ZGoalBook.parse(
  JSON.parse(readFileSync(new URL('../../../test/fixtures/laoting-2022.goal-book.json', import.meta.url), 'utf8')),
);

/** Project number as printed in the document (1-based) → 项目编码. */
const code = (n: number): string => sample.projects[n - 1]!.code;

type TPin = [rule: string, project: number | null, indicator: string | null];

/**
 * Every finding on the 2022 乐亭县司法局 document, reviewed by hand. Project numbers are the document's
 * table numbers. Findings on the same cell are listed in rule-id order (the engine's order).
 */
const EXPECTED: TPin[] = [
  // 部门整体绩效目标: quantified commitments nobody measures
  ['uncovered-commitment', null, null], // 社区服刑人员重新犯罪率低于2%
  ['uncovered-commitment', null, null], // 安置帮教率达90%以上
  ['uncovered-commitment', null, null], // 行政复议案件完成率100%
  ['uncovered-commitment', null, null], // 涉法事务完成率100%
  ['uncovered-commitment', null, null], // 办案量增长10%以上
  // 1 法律援助 — 受理数 ≥396件, 办结率 100%, 满意度 ≥95% are fine
  ['deadline-not-specific', 1, '及时性'],
  ['cost-not-amount', 1, '项目预算控制数'],
  ['vague-target', 1, '维护社会稳定'],
  ['vague-target', 1, '促进社会和谐稳定'],
  // 2 法制建设
  ['unit-in-words', 2, '行政案件处理率'], // 100百分比
  ['deadline-not-specific', 2, '及时性'],
  ['cost-not-amount', 2, '控制在预算资金内'],
  ['probable-typo', 2, '控制在预算资金内'], // 严格按制在预算内
  ['vague-target', 2, '促进社会和谐稳定'],
  ['line-break-in-cell', 2, '项目持续发挥作用期限'], // 项目持续发挥作\n用期限
  // 3 基层司法
  ['probable-typo', 3, null], // goals: 大办排查化解社会矛盾纠纷
  ['unbalanced-brackets', 3, '基层法律服务工作者执业核准率('],
  ['deadline-not-specific', 3, '按时保证基层业务工作开展'],
  ['cost-not-amount', 3, '预算控制数'],
  ['vague-target', 3, '促进社会和谐稳定'],
  ['vague-target', 3, '维护社会稳定'],
  // 4 普法宣传
  ['name-description-mismatch', 4, '组织主题宣传活动场次'], // vs 普法宣传活动次数
  ['name-description-mismatch', 4, '普法覆盖率'], // vs 普法覆盖面积
  ['deadline-not-specific', 4, '及时性'],
  ['stray-character', 4, '及时性'], // 及时完成目标i
  ['cost-not-amount', 4, '控制在预算内'],
  ['probable-typo', 4, '控制在预算内'],
  ['vague-target', 4, '促进社会和谐稳定'],
  ['vague-target', 4, '维护社会稳定'],
  // 5 其他司法支出
  ['unbalanced-brackets', 5, '办公家具和办公设备购置数量（台'],
  ['cost-not-amount', 5, '控制在预算内'],
  ['probable-typo', 5, '控制在预算内'],
  ['vague-target', 5, '业务保障能力持续提升'],
  // 6 社区矫正
  ['deadline-not-specific', 6, '及时性'],
  ['cost-not-amount', 6, '控制在预算内'],
  ['probable-typo', 6, '控制在预算内'],
  ['vague-target', 6, '促进社会和谐稳定'],
  ['vague-target', 6, '维护社会稳定'],
  // 7 办案业务费…省级配套资金[2021]63号 (人民调解)
  ['duplicate-output', 7, '人民调解案件数'], // also claimed by 3
  ['unbalanced-brackets', 7, '基层法律服务工作者执业核准率('],
  ['deadline-not-specific', 7, '及时性'],
  ['cost-not-amount', 7, '控制在预算内'],
  ['vague-target', 7, '促进社会和谐稳定'],
  ['vague-target', 7, '维护社会稳定'],
  // 8 办案业务费…省级配套资金[2021]63号 (法律援助) — same name as 7
  ['duplicate-project-name', 8, null],
  ['duplicate-output', 8, '法律援助案件受理数（件)'], // also claimed by 1
  ['deadline-not-specific', 8, '及时性'],
  ['cost-not-amount', 8, '控制在预算内'],
  ['vague-target', 8, '促进社会和谐稳定'],
  ['vague-target', 8, '维护社会稳定'],
  // 9 办案业务费中央纪检监察转移支付资金 — purpose has no legal aid
  ['duplicate-output', 9, '组织主题宣传活动场次'], // ≥50场, also claimed by 4 as ≥50次
  ['indicator-off-purpose', 9, '法律援助案件办结率'],
  ['deadline-not-specific', 9, '及时性'],
  ['cost-not-amount', 9, '控制在预算内'],
  ['vague-target', 9, '促进社会和谐稳定'],
  ['vague-target', 9, '维护社会稳定'],
  // 10 社区矫正专项经费
  ['duplicate-output', 10, '社区矫正人数'], // also claimed by 6
  ['cost-not-amount', 10, '控制在预算资金内'],
  ['vague-target', 10, '社会稳定水平'],
  ['vague-target', 10, '维护社会稳定'],
  // 11 业务装备费…省级配套资金
  ['quantity-not-number', 11, '办公家具和办公设备购置数量（台'], // 满足基层工作需要
  ['unbalanced-brackets', 11, '办公家具和办公设备购置数量（台'],
  ['cost-not-amount', 11, '控制在预算内'],
  ['vague-target', 11, '促进社会和谐稳定'],
  ['vague-target', 11, '维护社会稳定'],
  ['unit-in-words', 11, '服务对象满意度'], // ≥95百分比
  // 12 业务装备费中央政法纪检监察转移支付资金
  ['quantity-not-number', 12, '办公家具和办公设备购置数量（台'],
  ['unbalanced-brackets', 12, '办公家具和办公设备购置数量（台'],
  ['cost-not-amount', 12, '控制在预算内'],
  ['vague-target', 12, '促进社会和谐稳定'],
  ['vague-target', 12, '维护社会稳定'],
];

const pin = (f: TReviewFinding): TPin => [
  f.rule,
  f.projectCode === undefined ? null : sample.projects.findIndex((p) => p.code === f.projectCode) + 1,
  f.indicator ?? null,
];

describe('reviewGoalBook on the 2022 乐亭县司法局 sample', () => {
  const findings = reviewGoalBook(sample);

  it('finds exactly the pinned findings, in order', () => {
    expect(findings.map(pin)).toEqual(EXPECTED);
  });

  it.each([
    [1, '法律援助案件受理数（件)'],
    [1, '救助案例办结率（%）'],
    [1, '服务对象满意度'],
    [2, '文件印刷数量'],
    [5, '购置质量合格率（%）'],
    [5, '设备使用率'],
    [6, '社区矫正人数(人）'],
    [6, '社区矫正执法人员学习时间达标率'],
    [8, '法律援助案件办结率'],
    [10, '项目完成时间'],
    [12, '服务对象满意度'],
  ])('project %i indicator %s is fine and gets no finding', (n, name) => {
    expect(findings.filter((f) => f.projectCode === code(n) && f.indicator === name)).toEqual([]);
  });

  it('points each finding at the right indicator cell', () => {
    for (const f of findings) {
      if (f.indicatorIndex === undefined) continue;
      const project = sample.projects.find((p) => p.code === f.projectCode)!;
      expect(project.indicators[f.indicatorIndex]!.name).toBe(f.indicator);
    }
  });

  it('offers the mechanical fixes the document needs', () => {
    const fixes = findings.filter((f) => f.fix).map((f) => [pin(f)[1], f.rule, f.fix!.field, f.fix!.value]);
    expect(fixes).toEqual(
      expect.arrayContaining([
        [2, 'unit-in-words', 'target', '100%'],
        [11, 'unit-in-words', 'target', '≥95%'],
        [3, 'unbalanced-brackets', 'name', '基层法律服务工作者执业核准率(%)'],
        [5, 'unbalanced-brackets', 'name', '办公家具和办公设备购置数量（台/件/辆/套）'],
        [4, 'stray-character', 'target', '及时完成目标'],
        [2, 'line-break-in-cell', 'description', '项目持续发挥作用期限'],
        [2, 'probable-typo', 'target', '严格控制在预算内'],
        [1, 'cost-not-amount', 'target', '≤5.00万元'],
        [10, 'cost-not-amount', 'target', '≤5.06万元'],
      ]),
    );
  });

  it('names all projects of a duplicated output in one finding', () => {
    const dup = findings.find((f) => f.rule === 'duplicate-output' && f.indicator === '人民调解案件数')!;
    expect(dup.message).toContain(code(3));
    expect(dup.message).toContain(code(7));
    expect(dup.projectCode).toBe(code(7));
  });

  it('quotes each uncovered commitment and suggests where to measure it', () => {
    const texts = findings.filter((f) => f.rule === 'uncovered-commitment').map((f) => f.message);
    for (const c of ['社区服刑人员重新犯罪率低于2%', '安置帮教率达90%以上', '办案量增长10%以上', '行政复议案件完成率100%', '涉法事务完成率100%']) {
      expect(texts.some((t) => t.includes(`“${c}”`))).toBe(true);
    }
  });

  it('is not a wall of errors: errors only where a count has no number', () => {
    const errors = findings.filter((f) => f.severity === 'error').map(pin);
    expect(errors).toEqual([
      ['quantity-not-number', 11, '办公家具和办公设备购置数量（台'],
      ['quantity-not-number', 12, '办公家具和办公设备购置数量（台'],
    ]);
    expect(findings.filter((f) => f.rule === 'vague-target').every((f) => f.severity === 'suggestion')).toBe(true);
  });

  it('is deterministic and does not modify the book', () => {
    const before = JSON.stringify(sample);
    expect(reviewGoalBook(sample)).toEqual(findings);
    expect(JSON.stringify(sample)).toBe(before);
  });
});

describe('reviewGoalBook on hand-made books', () => {
  it('finds nothing in a clean, well-formed book', () => {
    expect(reviewGoalBook(buildGoalBook())).toEqual([]);
  });

  it('orders department findings first, then by project, indicator and rule id', () => {
    const broken = withIndicator(buildProject({ code: 'P2', goals: [] }), ROW.quality, { target: '100百分比' });
    const book = buildGoalBook({
      departmentGoals: { overall: [], areas: [], safeguards: [] },
      projects: [buildProject({ code: 'P1', spendingPlan: [] }), withIndicator(broken, ROW.quantity, { target: '若干' })],
    });
    expect(reviewGoalBook(book).map((f) => [f.rule, f.projectCode ?? null, f.indicatorIndex ?? null])).toEqual([
      ['missing-department-goals', null, null],
      ['missing-spending-plan', 'P1', null],
      ['duplicate-project-name', 'P2', null],
      ['missing-goals', 'P2', null],
      ['quantity-not-number', 'P2', ROW.quantity],
      ['unit-in-words', 'P2', ROW.quality],
    ]);
  });

  it('lists every rule once with its criterion and a Chinese title', () => {
    const ids = REVIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(RULES.map((r) => r.id));
    for (const r of REVIEW_RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(REVIEW_RULES.map((r) => r.criterion))).toEqual(
      new Set(['完整性', '规范性', '可衡量性', '相关性', '一致性', '重复', '覆盖']),
    );
  });

  it('tags every finding with its rule’s criterion and writes messages in Chinese', () => {
    const byId = new Map(REVIEW_RULES.map((r) => [r.id, r.criterion]));
    for (const f of reviewGoalBook(sample)) {
      expect(f.criterion).toBe(byId.get(f.rule));
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('reviewGoalBook on arbitrary text', () => {
  // Cells are free text typed by people; no rule may throw on any of it, and every finding must point
  // at a cell that exists.
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('（', '(', '）', '百分比', '≥', '%', '明显提升', '严格控制在预算内', '数量', '率', '\n', 'i', '法律援助', '2%'),
  );
  const text = fc.array(cell, { maxLength: 5 }).map((parts) => parts.join(''));
  const indicator = fc
    .record({ level1: text, level2: text, name: text, description: text, target: text, basis: text })
    .map((i) => buildIndicator(i));
  const project = fc
    .record({ code: fc.constantFrom('A', 'B', 'C'), name: text, purpose: text, goals: fc.array(text, { maxLength: 3 }), indicators: fc.array(indicator, { maxLength: 8 }) })
    .map((p) => buildProject(p));
  const book = fc
    .record({ overall: fc.array(text, { maxLength: 3 }), projects: fc.array(project, { maxLength: 4 }) })
    .map(({ overall, projects }) => buildGoalBook({ departmentGoals: { overall, areas: [], safeguards: [] }, projects }));

  it('never throws and always points at existing cells', () => {
    fc.assert(
      fc.property(book, (b) => {
        const findings = reviewGoalBook(b);
        for (const f of findings) {
          if (f.indicatorIndex === undefined) continue;
          const p = b.projects.find((x) => x.code === f.projectCode && x.indicators[f.indicatorIndex!]?.name === f.indicator);
          expect(p).toBeDefined();
        }
        expect(reviewGoalBook(b)).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });
});
