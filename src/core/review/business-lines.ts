import type { TProject } from '../../contract/goal-book.js';
import type { TRegisterKind } from '../register-kinds.js';

/**
 * The bureau's business lines and the words that reveal them. Used by the relevance rule (does an
 * indicator belong to a line the project's money is for?) and by the coverage rule (which projects
 * should carry a department-wide commitment?). Generic indicators (及时性, 服务对象满意度, 成本控制,
 * 维护社会稳定 …) contain none of these words, so they never belong to a line and are never flagged.
 */

export interface TBusinessLine {
  id: string;
  /** Chinese name used in messages */
  name: string;
  keywords: readonly string[];
  /** typical measurable indicators of the line, offered in suggestions */
  examples: readonly string[];
}

export const BUSINESS_LINES: readonly TBusinessLine[] = [
  {
    id: 'legal-aid',
    name: '法律援助',
    keywords: ['法律援助', '法援', '援助案件', '应援尽援'],
    examples: ['法律援助案件受理数', '法律援助案件办结率'],
  },
  {
    id: 'mediation',
    name: '人民调解',
    keywords: ['人民调解', '调解', '矛盾纠纷', '纠纷'],
    examples: ['人民调解案件数', '矛盾纠纷调解成功率'],
  },
  {
    id: 'correction',
    name: '社区矫正',
    keywords: ['社区矫正', '矫正', '社矫', '社区服刑', '再犯罪', '重新犯罪'],
    examples: ['社区矫正人数', '社区矫正对象再犯罪率'],
  },
  {
    id: 'publicity',
    name: '普法宣传',
    keywords: ['普法', '法治宣传', '法制宣传', '法律宣传', '宣传', '民法典', '宪法', '学法', '法律九进'],
    examples: ['普法宣传活动场次', '普法宣传覆盖率'],
  },
  {
    id: 'rule-of-law',
    name: '法治建设',
    keywords: [
      '法治建设', '法制建设', '依法治县', '依法行政', '法治政府', '行政复议', '行政诉讼', '行政执法',
      '涉法事务', '行政案件', '规范性文件',
    ],
    examples: ['行政复议案件办结率', '规范性文件备案审查率'],
  },
  {
    id: 'grassroots',
    name: '基层法律服务',
    // 基层服务 is how some tables shorten 基层法律服务; 司法所 and 法律顾问 are where the service is given.
    keywords: ['基层法律服务', '法律服务工作者', '执业核准', '基层司法', '司法所', '法律顾问', '基层服务'],
    examples: ['基层法律服务工作者执业核准率', '村（居）法律顾问覆盖率'],
  },
  {
    id: 'resettlement',
    name: '安置帮教',
    keywords: ['安置帮教', '帮教', '刑满释放', '刑释'],
    examples: ['刑满释放人员安置帮教率'],
  },
  {
    id: 'equipment',
    name: '装备购置',
    keywords: ['购置', '装备', '设备', '家具', '桌椅'],
    examples: ['设备购置数量', '设备购置验收合格率'],
  },
];

const BY_ID = new Map(BUSINESS_LINES.map((l) => [l.id, l]));

export function businessLine(id: string): TBusinessLine {
  const line = BY_ID.get(id);
  if (!line) throw new Error(`unknown business line ${id}`);
  return line;
}

/** Ids of the lines a text mentions, in dictionary order. */
export function linesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of BUSINESS_LINES) {
    if (line.keywords.some((k) => text.includes(k))) out.push(line.id);
  }
  return out;
}

/**
 * The lines a project's money is for. Name and 资金用途 are primary; the 绩效目标 sentences widen the set,
 * because a table that says 做好基层法律服务工作 in its goals has told the reviewer what it is for even if
 * its 资金用途 is terse. Widening only makes the relevance rule more cautious.
 */
export function projectLines(project: Pick<TProject, 'name' | 'purpose' | 'goals'>): {
  primary: Set<string>;
  all: Set<string>;
} {
  const primary = new Set(linesOf(`${project.name}\n${project.purpose}`));
  const all = new Set([...primary, ...linesOf(project.goals.join('\n'))]);
  return { primary, all };
}

export function lineNames(ids: Iterable<string>): string {
  return [...ids].map((id) => businessLine(id).name).join('、');
}

/** The register kind (a 业务科室's `sections`) that keeps each business line's work. */
const LINE_KIND: Record<string, TRegisterKind> = {
  'legal-aid': 'legal-aid',
  mediation: 'mediation',
  correction: 'correction',
  publicity: 'publicity',
  'rule-of-law': 'rule-of-law',
  grassroots: 'legal-service',
  resettlement: 'resettlement',
  equipment: 'procurement',
};

/**
 * The register kinds an indicator's work belongs to, for deciding which 业务科室 may enter its values:
 * the lines its own name names (人民调解案件数 → mediation; 服务对象满意度 → survey, whose register
 * holds the surveys); a generic indicator (及时性, 项目预算控制数, 维护社会稳定) belongs to the lines
 * its project's money is for (name and 资金用途). Empty when nothing names a line.
 */
export function indicatorRegisterKinds(indicatorName: string, project: { name: string; purpose: string } | null): TRegisterKind[] {
  const kinds = new Set<TRegisterKind>(linesOf(indicatorName).map((id) => LINE_KIND[id]!));
  if (/满意/.test(indicatorName)) kinds.add('survey');
  if (kinds.size === 0 && project) for (const id of linesOf(`${project.name}\n${project.purpose}`)) kinds.add(LINE_KIND[id]!);
  return [...kinds];
}
