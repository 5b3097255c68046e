import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import { parseTarget } from '../target.js';

/**
 * A deterministic synthetic goal book for benchmarks: `projectCount` projects cycling through the
 * bureau's business lines, seven indicators each, with the kinds of defects real tables have sprinkled
 * in at fixed intervals (units in words, truncated names, vague values, repeated outputs, broken lines)
 * so every rule has work to do. No randomness: the same count always gives the same book.
 */

interface TTemplate {
  line: string;
  purpose: string;
  goals: string[];
  quantity: [name: string, unit: string, base: number];
  quality: string;
  effect: string;
}

const TEMPLATES: readonly TTemplate[] = [
  {
    line: '法律援助',
    purpose: '用于法律援助案件办理、值班律师补贴及法律援助宣传。',
    goals: ['完成法律援助案件，做到应援尽援。', '开展法律援助知识宣传，提高群众知晓率。'],
    quantity: ['法律援助案件受理数（件）', '件', 300],
    quality: '法律援助案件办结率',
    effect: '受援群众合法权益维护率',
  },
  {
    line: '人民调解',
    purpose: '用于人民调解员培训、调解室建设及矛盾纠纷排查化解。',
    goals: ['加强对人民调解工作的指导，大力排查化解社会矛盾纠纷。', '加强人民调解员培训，提高调解质量。'],
    quantity: ['人民调解案件数', '件', 2000],
    quality: '矛盾纠纷调解成功率',
    effect: '矛盾纠纷化解在基层比例',
  },
  {
    line: '社区矫正',
    purpose: '用于社区矫正对象教育帮扶、执法检查及社区矫正设备费用。',
    goals: ['加强对社区矫正对象的监督管理，确保不脱管不漏管。', '组织社区矫正对象学习教育，降低再犯罪率。'],
    quantity: ['社区矫正人数（人）', '人', 120],
    quality: '社区矫正执法人员学习时间达标率',
    effect: '社区矫正对象再犯罪率',
  },
  {
    line: '普法宣传',
    purpose: '用于“八五”普法、民法典和宪法宣传，指导全县法治文化建设。',
    goals: ['深化“法律九进”，广泛开展普法宣传教育活动。', '加强青少年法治宣传教育。'],
    quantity: ['组织主题宣传活动场次', '场', 40],
    quality: '普法宣传覆盖率',
    effect: '群众法律知晓率',
  },
  {
    line: '法治建设',
    purpose: '用于行政复议案件办理、规范性文件备案审查及行政执法监督。',
    goals: ['全面推行行政执法三项制度。', '办理行政复议案件，提高法治政府建设水平。'],
    quantity: ['规范性文件审查件数', '件', 30],
    quality: '行政复议案件办结率',
    effect: '行政复议纠错率',
  },
  {
    line: '基层法律服务',
    purpose: '用于村级法律顾问站建设及基层司法所办案费用。',
    goals: ['做好基层法律服务工作。', '加强司法所规范化建设。'],
    quantity: ['村级法律顾问站数量', '个', 20],
    quality: '基层法律服务工作者执业核准率(%)',
    effect: '村（居）法律顾问覆盖率',
  },
  {
    line: '安置帮教',
    purpose: '用于刑满释放人员安置帮教及帮扶救助。',
    goals: ['做好刑满释放人员安置帮教工作，帮助他们顺利回归社会。'],
    quantity: ['安置帮教人数', '人', 60],
    quality: '刑满释放人员安置帮教率',
    effect: '刑满释放人员重新犯罪率',
  },
  {
    line: '装备购置',
    purpose: '用于基层司法所办公设备及人民调解桌椅购置。',
    goals: ['保障各职能科室设备正常运行。', '各职能科室办公设备合格。'],
    quantity: ['办公设备购置数量（台/件）', '台', 30],
    quality: '购置设备合格率',
    effect: '设备使用率',
  },
];

function indicator(level1: string, level2: string, name: string, target: string, description = name): TIndicator {
  return { level1, level2, name, description, target: parseTarget(target), basis: '年初工作安排' };
}

function project(i: number): TProject {
  const t = TEMPLATES[i % TEMPLATES.length]!;
  const totalYuan = 10_000 + ((i * 37_193) % 400_000);
  const total = Math.round(totalYuan / 100) * 100;
  const other = i % 6 === 0 ? Math.round(total / 500) * 100 : 0;
  const [qName, qUnit, qBase] = t.quantity;
  // Every 23rd project repeats the output of the project eight before it (same line, same value).
  const qValue = i % 23 === 0 && i >= TEMPLATES.length ? qBase + i - TEMPLATES.length : qBase + i;

  const quantityName = i % 13 === 0 ? qName.replace(/[（(].*$/u, '（') : qName;
  const quantity =
    i % 17 === 0
      ? indicator('产出指标', '数量指标', quantityName, '满足工作需要', qName)
      : indicator('产出指标', '数量指标', quantityName, `≥${qValue}${qUnit}`, qName);
  const qualityTarget = i % 9 === 0 ? '100百分比' : i % 2 === 0 ? '100%' : '≥95%';
  const costTarget = i % 5 === 0 ? '严格控制在预算内' : `≤${(total / 10_000).toFixed(2)}万元`;
  const effectTarget = i % 4 === 0 ? '明显提升' : `≥${80 + (i % 15)}%`;
  const timeliness =
    i % 3 === 0
      ? indicator('产出指标', '时效指标', '及时性', '及时完成')
      : indicator('产出指标', '时效指标', '项目完成时间', '2022年底');
  const sustained =
    i % 31 === 0
      ? indicator('效益指标', '可持续影响指标', '项目持续发挥作用期限', '1年', '项目持续发挥作\n用期限')
      : indicator('效益指标', '可持续影响指标', '项目持续发挥作用期限', `${1 + (i % 3)}年`);

  return {
    code: `SYN${String(i + 1).padStart(6, '0')}`,
    name: `${t.line}专项经费${Math.floor(i / TEMPLATES.length) + 1}号`,
    budget: { total, fiscal: total - other, other },
    purpose: t.purpose,
    spendingPlan: [
      { month: 3, cumulativePercent: 25 },
      { month: 6, cumulativePercent: 50 },
      { month: 10, cumulativePercent: 75 },
      { month: 12, cumulativePercent: 100 },
    ],
    goals: t.goals,
    indicators: [
      quantity,
      indicator('产出指标', '质量指标', t.quality, qualityTarget),
      timeliness,
      indicator('产出指标', '成本指标', '项目预算控制数', costTarget),
      indicator('效益指标', '社会效益指标', t.effect, effectTarget),
      sustained,
      indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%'),
    ],
  };
}

export function buildSyntheticGoalBook(projectCount: number): TGoalBook {
  const projects: TProject[] = [];
  for (let i = 0; i < projectCount; i++) projects.push(project(i));
  return {
    unit: { code: '999001', name: '合成测试司法局' },
    year: 2022,
    departmentGoals: {
      summary: '提升全县司法行政管理水平。',
      overall: [
        '积极推进社区矫正管理体系建设，年内社区矫正对象再犯罪率低于2%。',
        '扩大法律援助覆盖面，法律援助案件办结率达到100%。',
        '深入推进普法工作，群众法律知晓率达90%以上。',
      ],
      areas: [
        { title: '安置帮教', text: '做好刑满释放人员安置帮教工作，安置帮教率达90%以上。' },
        { title: '法治建设工作', text: '承办县政府交办的涉法事务完成率100%。' },
      ],
      safeguards: [{ title: '法律援助', text: '确保完成办案量增长10%以上的年度目标。' }],
    },
    projects,
    warnings: [],
  };
}
