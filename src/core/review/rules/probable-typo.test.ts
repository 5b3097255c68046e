import { describe, expect, it } from 'vitest';
import type { TGoalBook } from '../../../contract/goal-book.js';
import { ROW, buildGoalBook, buildProject, withIndicator } from '../test-helpers.js';
import { findProbableTypos, probableTypo } from './probable-typo.js';

/** N projects whose cost target reads `targets[i]`. */
function bookWithCostTargets(targets: string[], goals?: string[][]): TGoalBook {
  return buildGoalBook({
    projects: targets.map((target, i) =>
      withIndicator(
        buildProject({ code: `P${i + 1}`, name: `项目${i + 1}`, ...(goals?.[i] ? { goals: goals[i] } : {}) }),
        ROW.cost,
        { name: '控制在预算内', target },
      ),
    ),
  });
}

describe('findProbableTypos', () => {
  it.each([
    ['identical phrases', ['严格控制在预算内', '严格控制在预算内']],
    ['two real variants both attested elsewhere', ['加强法治宣传力度', '加强法制宣传力度', '法治建设', '法制建设']],
    ['short phrases are never compared', ['及时性', '及时率', '及时率']],
    ['different lengths', ['控制在预算内', '控制在预算资金内', '控制在预算资金内']],
    ['two differences', ['人民调解案件数', '法律援助案件数', '法律援助案件数']],
    ['a tie with no evidence either way', ['确保按期验收合格', '确保按时验收合格']],
    ['a difference in the last character (工作站/工作者)', ['法律援助工作站', '法律援助工作者', '法律援助工作者', '工作者']],
  ])('none: %s', (_, texts) => {
    expect(findProbableTypos(texts).size).toBe(0);
  });

  it.each([
    ['a less frequent one-character substitution', ['严格按制在预算内', '严格控制在预算内', '严格控制在预算内'], '严格按制在预算内', '严格控制在预算内'],
    ['a tie broken by an attested pair', ['大办排查化解矛盾纠纷', '大力排查化解矛盾纠纷', '大力开展调解'], '大办排查化解矛盾纠纷', '大力排查化解矛盾纠纷'],
  ])('finds %s', (_, texts, typo, correct) => {
    const typos = findProbableTypos(texts);
    expect([...typos.keys()]).toEqual([typo]);
    expect(typos.get(typo)!.correct).toBe(correct);
  });
});

describe('probable-typo', () => {
  it.each([
    ['consistent targets', bookWithCostTargets(['严格控制在预算内', '严格控制在预算内'])],
    ['a single cell has nothing to compare with', bookWithCostTargets(['严格按制在预算内'])],
  ])('no finding: %s', (_, book) => {
    expect(probableTypo.check({ book })).toEqual([]);
  });

  it('settles a tie by the wording the rest of the document uses (控制 occurs in the names, 按制 nowhere)', () => {
    const findings = probableTypo.check({ book: bookWithCostTargets(['严格按制在预算内', '严格控制在预算内']) });
    expect(findings.map((f) => f.projectCode)).toEqual(['P1']);
  });

  it('finds the typo in an indicator cell and offers the corrected cell', () => {
    const book = bookWithCostTargets(['严格按制在预算内', '严格控制在预算内', '严格控制在预算内']);
    expect(probableTypo.check({ book })).toEqual([
      expect.objectContaining({
        projectCode: 'P1',
        indicatorIndex: ROW.cost,
        field: 'target',
        severity: 'warning',
        fix: { field: 'target', value: '严格控制在预算内' },
      }),
    ]);
  });

  it('finds a typo in a goal sentence (no one-click fix for goals)', () => {
    const book = bookWithCostTargets(
      ['≤5.00万元', '≤5.00万元'],
      [['加强对人民调解工作的指导，大办排查化解社会矛盾纠纷。'], ['大力排查化解社会矛盾纠纷。', '大力开展人民调解员培训。']],
    );
    const findings = probableTypo.check({ book });
    expect(findings).toEqual([expect.objectContaining({ projectCode: 'P1', field: 'goals' })]);
    expect(findings[0]!.indicatorIndex).toBeUndefined();
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.message).toContain('“大办排查化解社会矛盾纠纷”疑为“大力排查化解社会矛盾纠纷”之误');
  });
});
