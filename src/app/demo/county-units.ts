import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import { seededRandom } from '../../core/prng.js';
import { parseTarget } from '../../core/target.js';

/**
 * A synthetic county (or province) for `jixiao demo county`: departments of many kinds, each with a
 * goal book — a justice bureau (司法局) takes the sample unit's goal book (its registers then get the
 * demo year of records), every other kind three to eight projects of its own line with the usual
 * output, cost, benefit and satisfaction indicators — deterministic for a seed.
 */

export interface CountyUnitSpec {
  code: string;
  name: string;
  justice: boolean;
  book: TGoalBook;
}

const KINDS: ReadonlyArray<{ name: string; items: readonly string[] }> = [
  { name: '司法局', items: [] },
  { name: '教育局', items: ['校舍维修改造', '学生资助', '教师培训', '教学设备购置', '营养改善计划'] },
  { name: '卫生健康局', items: ['基本公共卫生服务', '疫苗接种', '乡村医生补助', '医疗设备购置', '健康教育'] },
  { name: '农业农村局', items: ['高标准农田建设', '农机购置补贴', '动物防疫', '农村人居环境整治', '种子补贴'] },
  { name: '交通运输局', items: ['农村公路养护', '桥梁维修', '客运站运营补助', '道路安全设施', '公交补贴'] },
  { name: '民政局', items: ['城乡低保', '特困供养', '养老服务', '临时救助', '社区服务设施'] },
  { name: '水务局', items: ['农村饮水安全', '河道治理', '水土保持', '防汛物资', '水资源监测'] },
  { name: '文化和旅游局', items: ['文化下乡', '图书馆运行', '文物保护', '旅游宣传', '群众文化活动'] },
  { name: '自然资源局', items: ['国土调查', '不动产登记', '地质灾害防治', '林业有害生物防治', '测绘'] },
  { name: '住房和城乡建设局', items: ['老旧小区改造', '农村危房改造', '城市照明维护', '园林绿化养护', '燃气安全检查'] },
  { name: '市场监督管理局', items: ['食品安全抽检', '特种设备检验', '计量检定', '消费维权', '质量监督'] },
  { name: '应急管理局', items: ['应急物资储备', '安全生产检查', '应急演练', '救援队伍建设', '灾害信息员培训'] },
  { name: '人民政府', items: ['村级组织运转', '环境卫生整治', '基层治理', '农村道路维护', '便民服务中心运行'] },
];
const PLACES = ['城关', '东关', '西关', '南关', '北关', '新河', '马头营', '汤家河', '胡家坨', '阎各庄', '大相各庄', '毛庄', '中堡', '王滩', '姜各庄', '庞各庄', '乐亭'];

const indicator = (level1: string, level2: string, name: string, raw: string): TIndicator => ({ level1, level2, name, description: name, target: parseTarget(raw), basis: '年初工作计划' });

function departmentProject(code: string, item: string, budgetYuan: number, rnd: () => number): TProject {
  const count = 5 + Math.floor(rnd() * 200);
  return {
    code,
    name: item,
    budget: { total: budgetYuan, fiscal: budgetYuan, other: 0 },
    purpose: `主要用于${item}相关支出。`,
    spendingPlan: [
      { month: 3, cumulativePercent: 20 + Math.floor(rnd() * 10) },
      { month: 6, cumulativePercent: 45 + Math.floor(rnd() * 10) },
      { month: 9, cumulativePercent: 70 + Math.floor(rnd() * 10) },
      { month: 12, cumulativePercent: 100 },
    ],
    goals: [`按计划完成${item}工作，提高服务质量和群众满意度。`],
    indicators: [
      indicator('产出指标', '数量指标', `${item}完成数量`, `≥${count}个`),
      indicator('产出指标', '质量指标', `${item}验收合格率`, '100%'),
      indicator('产出指标', '时效指标', `${item}按时完成率`, '≥95%'),
      indicator('成本指标', '经济成本指标', '预算控制', '严格控制在预算资金内'),
      indicator('效益指标', '社会效益指标', '服务对象覆盖率', '≥90%'),
      indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'),
    ],
  } as TProject;
}

export function generateCountyUnits(o: { units: number; year: number; seed: number; justiceBook: TGoalBook; codePrefix: string }): CountyUnitSpec[] {
  const out: CountyUnitSpec[] = [];
  for (let i = 0; i < o.units; i++) {
    const rnd = seededRandom(o.seed + i * 7919);
    const kind = KINDS[i % KINDS.length]!;
    const place = PLACES[Math.floor(i / KINDS.length) % PLACES.length]!;
    const round = Math.floor(i / (KINDS.length * PLACES.length));
    const name = `${place}${round > 0 ? round + 1 : ''}${kind.name}`;
    const code = `${o.codePrefix}${String(i + 1).padStart(4, '0')}`;
    if (kind.items.length === 0) {
      const projects = o.justiceBook.projects.map((p, k) => ({ ...p, code: `${code}P${String(k + 1).padStart(3, '0')}` }));
      out.push({ code, name, justice: true, book: { ...o.justiceBook, unit: { code, name }, year: o.year, projects } });
      continue;
    }
    const n = 3 + Math.floor(rnd() * 6);
    const projects = Array.from({ length: n }, (_, k) => departmentProject(`${code}P${String(k + 1).padStart(3, '0')}`, kind.items[k % kind.items.length]! + (k >= kind.items.length ? `（${Math.floor(k / kind.items.length) + 1}）` : ''), 10_000 * (5 + Math.floor(rnd() * 500)), rnd));
    out.push({ code, name, justice: false, book: { unit: { code, name }, year: o.year, departmentGoals: { overall: [`做好${kind.name.replace('人民政府', '')}各项工作，提高公共服务水平。`], areas: [], safeguards: [] }, projects, warnings: [] } });
  }
  return out;
}
