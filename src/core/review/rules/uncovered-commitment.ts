import type { TDepartmentGoals, TGoalBook, TProject } from '../../../contract/goal-book.js';
import { formatTarget, parseTarget } from '../../target.js';
import { linesOf } from '../business-lines.js';
import { departmentFinding, projectLabel } from '../finding.js';
import { cjkBigrams, labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * Quantified commitments in the department-wide narrative (年内社区服刑人员重新犯罪率低于2%, 安置帮教率达
 * 90%以上, 办案量增长10%以上) that no indicator measures: promises nobody will be scored on. A
 * commitment is "<subject ending in 率/量/满意度> [comparator words] <number>% [以上/以下]" inside one
 * clause; it is covered when an indicator name carries the same measure head (犯罪率, 帮教率 …, with
 * synonyms such as 完成率/办结率) and — for generic heads like 完成率 that say nothing by themselves —
 * shares at least half of the subject's remaining wording.
 */

export interface TCommitment {
  /** where in the narrative, e.g. 分项绩效目标·社区矫正 */
  where: string;
  /** the measured thing, e.g. 社区服刑人员重新犯罪率 */
  subject: string;
  /** the measure head, e.g. 犯罪率 */
  head: string;
  /** the commitment as written, e.g. 社区服刑人员重新犯罪率低于2% */
  text: string;
  /** the indicator name to suggest, e.g. 办案量增长率 for a growth commitment */
  indicatorName: string;
  /** the target to suggest, e.g. <2% */
  target: string;
  /** business lines named by the subject, or else by the narrative item's title */
  lines: string[];
}

const HEAD = /满意度|率|量/gu;
const CONNECTOR =
  /^(?:低于|高于|不低于|不高于|不少于|不超过|达到|达|为|在|保持在|控制在|超过|增长|提高|提升|下降|降低|减少)?(?:到|至)?$/u;
const CHANGE = /增长|提高|提升|下降|降低|减少/u;
const FILLER = /^(?:年内|全年|年度|确保|力争|努力|完成|实现|承办|推动|使|让|全县|全面|进一步|提高|提升|降低|达到|加强|扩大)/u;
const SUFFIX = /^(?:及以上|以上|及以下|以下|以内)/u;

/** Heads that need the subject's wording too: 完成率 alone could be anyone's completion rate. */
const GENERIC_HEAD_STEMS = new Set([
  '完成', '办结', '处理', '结案', '办理', '执行', '合格', '覆盖', '达标', '知晓', '使用', '增长', '到位', '及时',
  '受理', '成功', '参与', '满意', '落实', '审核', '核准', '通过', '准确', '正确', '完好', '普及', '工作',
]);

const HEAD_SYNONYMS: readonly (readonly string[])[] = [
  ['完成率', '办结率', '处理率', '结案率', '办理率'],
  ['犯罪率', '再犯率', '重犯率'],
];

function headVariants(head: string): readonly string[] {
  return HEAD_SYNONYMS.find((g) => g.includes(head)) ?? [head];
}

/** Audience words that do not change what is measured (群众满意度 ≈ 服务对象满意度). */
const AUDIENCE = /群众|服务对象|社会公众|公众|人民群众/gu;

function headOf(subject: string): string {
  if (subject.endsWith('满意度')) return '满意度';
  return subject.slice(-3);
}

function cleanSubject(raw: string): string {
  let s = raw.replace(/^.*[的、:]/u, '');
  let previous: string;
  do {
    previous = s;
    s = s.replace(FILLER, '');
  } while (s !== previous && s.length > 0);
  return s.length > 16 ? s.slice(-16) : s;
}

function narrativePieces(g: TDepartmentGoals): { where: string; title: string; text: string }[] {
  return [
    ...(g.summary ? [{ where: '总体绩效目标', title: '', text: g.summary }] : []),
    ...g.overall.map((text, i) => ({ where: `总体绩效目标第${i + 1}项`, title: '', text })),
    ...g.areas.map((a) => ({ where: `分项绩效目标·${a.title}`, title: a.title, text: a.text })),
    ...g.safeguards.map((a) => ({ where: `工作保障措施·${a.title}`, title: a.title, text: a.text })),
  ];
}

export function extractCommitments(g: TDepartmentGoals): TCommitment[] {
  const out: TCommitment[] = [];
  const seen = new Set<string>();
  for (const piece of narrativePieces(g)) {
    // Width-folded first, so the split only needs the ASCII forms of the clause punctuation (，→ ,).
    for (const clause of piece.text.normalize('NFKC').split(/[,;!?\n。]/u)) {
      for (const m of clause.matchAll(/(\d+(?:\.\d+)?)\s*%/gu)) {
        const pre = clause.slice(0, m.index);
        const heads = [...pre.matchAll(HEAD)];
        const last = heads[heads.length - 1];
        if (!last) continue;
        const headEnd = last.index + last[0].length;
        const mid = pre.slice(headEnd).trim();
        if (!CONNECTOR.test(mid)) continue;
        const subject = cleanSubject(pre.slice(0, headEnd).trim());
        if (subject.length < 2) continue;
        const suffix = SUFFIX.exec(clause.slice(m.index + m[0].length))?.[0] ?? '';
        const growth = CHANGE.test(mid);
        const valueText = `${m[1]}%${suffix}`;
        const targetText = growth ? valueText : `${mid.replace(/^达(?!到)/u, '达到').replace(/^(?:为|在|保持在|控制在)/u, '')}${valueText}`;
        const parsed = parseTarget(targetText);
        const target = parsed.kind === 'quantitative' ? formatTarget(parsed) : targetText;
        const key = `${subject}\u0001${growth ? mid : ''}\u0001${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const subjectLines = linesOf(subject);
        out.push({
          where: piece.where,
          subject,
          head: headOf(subject),
          text: `${subject}${mid}${valueText}`,
          indicatorName: growth ? `${subject}${mid.slice(0, 2)}率` : subject,
          target,
          lines: subjectLines.length > 0 ? subjectLines : linesOf(piece.title),
        });
      }
    }
  }
  return out;
}

interface TLabel {
  label: string;
  project?: TProject;
}

function indicatorLabels(book: TGoalBook): TLabel[] {
  const out: TLabel[] = [];
  for (const ind of book.departmentGoals.indicators ?? []) {
    out.push({ label: labelKey(ind.name) }, { label: labelKey(ind.description) });
  }
  for (const project of book.projects) {
    for (const ind of project.indicators) {
      out.push({ label: labelKey(ind.name), project });
      if (ind.description !== ind.name) out.push({ label: labelKey(ind.description), project });
    }
  }
  return out;
}

/** Covered, or the closest indicator that has the right head but measures something else. */
function coverage(c: TCommitment, labels: readonly TLabel[]): { covered: boolean; closest?: TLabel } {
  const variants = headVariants(c.head);
  const generic = c.head === '满意度' || GENERIC_HEAD_STEMS.has(c.head.slice(0, 2));
  const topic = cjkBigrams(c.subject.slice(0, c.subject.length - c.head.length).replace(AUDIENCE, ''));
  let closest: { label: TLabel; score: number } | undefined;
  for (const l of labels) {
    if (!variants.some((v) => l.label.includes(v))) continue;
    if (!generic || topic.size === 0) return { covered: true };
    let shared = 0;
    for (const b of topic) if (l.label.includes(b)) shared++;
    const score = shared / topic.size;
    if (score >= 0.5) return { covered: true };
    if (score > 0 && (!closest || score > closest.score)) closest = { label: l, score };
  }
  return closest ? { covered: false, closest: closest.label } : { covered: false };
}

function projectsFor(c: TCommitment, book: TGoalBook): TProject[] {
  if (c.lines.length === 0) return [];
  const primary: TProject[] = [];
  const secondary: TProject[] = [];
  for (const p of book.projects) {
    const own = linesOf(`${p.name}\n${p.purpose}`);
    if (own.some((l) => c.lines.includes(l))) primary.push(p);
    else if (linesOf(p.goals.join('\n')).some((l) => c.lines.includes(l))) secondary.push(p);
  }
  return (primary.length > 0 ? primary : secondary).slice(0, 3);
}

export const uncoveredCommitment: TReviewRule = {
  id: 'uncovered-commitment',
  criterion: '覆盖',
  title: '部门整体目标中的量化承诺无指标衡量',
  check({ book }) {
    const commitments = extractCommitments(book.departmentGoals);
    if (commitments.length === 0) return [];
    const labels = indicatorLabels(book);
    const out: TReviewFinding[] = [];
    for (const c of commitments) {
      const { covered, closest } = coverage(c, labels);
      if (covered) continue;
      const projects = projectsFor(c, book);
      const where = projects.length > 0 ? `在相关项目（${projects.map(projectLabel).join('；')}）中` : '在相关项目中';
      const near = closest
        ? `最接近的是${closest.project ? `项目${closest.project.code}的` : ''}指标“${closest.label}”，但它衡量的对象不同。`
        : '';
      out.push(
        departmentFinding(uncoveredCommitment, {
          severity: 'warning',
          field: 'departmentGoals',
          message: `部门整体绩效目标（${c.where}）承诺“${c.text}”，但没有任何绩效指标衡量这一项。${near}`,
          suggestion: `${where}增加三级指标“${c.indicatorName}”，指标值“${c.target}”；如该承诺不再考核，从部门整体绩效目标中删去。`,
        }),
      );
    }
    return out;
  },
};
