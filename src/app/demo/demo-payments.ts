import type { TSpendingMilestone } from '../../contract/goal-book.js';
import { daysInMonth, isoDate } from '../../core/dates.js';
import type { PaymentRowInput } from '../../core/spending/payment-rows.js';
import { seededRandom } from '../../core/prng.js';

/**
 * A year of payments for the demo, made up but true to life: each project pays for what its purpose
 * says (rent by the quarter, lawyers' case subsidies, publicity weeks in May and December, equipment
 * bought in the autumn), on working days, roughly following the plan — except the equipment projects,
 * which pay late as equipment projects do, and 法制建设, which runs a little behind. Pure and seeded:
 * the same projects and seed give the same payments, and no project ever goes over its budget.
 */

export interface DemoProject {
  code: string;
  name: string;
  purpose: string;
  budgetFen: number;
  budgetOtherFen: number;
  spendingPlan: readonly TSpendingMilestone[];
}

/** A generated payment: a payment row as an import reads it, without the row number. */
export type DemoPayment = Omit<PaymentRowInput, 'row'>;

type Pace = 'steady' | 'slow' | 'late';
type Category = 'equipment' | 'correction' | 'legal-aid' | 'publicity' | 'rule-of-law' | 'grassroots' | 'office' | 'case';

/** Cumulative share of the budget spent by a month end: [month, low, high], the share drawn between. */
const PACES: Record<Pace, Array<[number, number, number]>> = {
  steady: [
    [3, 0.2, 0.27],
    [6, 0.45, 0.54],
    [10, 0.7, 0.79],
    [12, 0.93, 0.99],
  ],
  slow: [
    [3, 0.1, 0.15],
    [6, 0.3, 0.36],
    [10, 0.6, 0.68],
    [12, 0.88, 0.94],
  ],
  late: [
    [3, 0, 0.02],
    [6, 0.07, 0.12],
    [10, 0.45, 0.58],
    [12, 0.95, 0.995],
  ],
};

/** What each kind of project buys, and from whom (the payees are made up); a third entry limits the months. */
type Item = [payee: string, summary: string, months?: number[]];
const ITEMS: Record<Category, Item[]> = {
  equipment: [
    ['唐山某电子科技有限公司', '司法所办公电脑及打印机购置'],
    ['乐亭县某家具有限公司', '人民调解室调解桌椅购置'],
    ['唐山某办公设备有限公司', '复印一体机购置'],
    ['唐山某警用装备有限公司', '执法记录仪购置'],
    ['乐亭县某家具有限公司', '档案柜购置'],
    ['唐山某电子科技有限公司', '视频会议终端购置及安装'],
  ],
  correction: [
    ['唐山某信息技术有限公司', '社区矫正电子定位服务费'],
    ['乐亭县某心理咨询中心', '社区矫正对象心理矫治服务'],
    ['乐亭县某职业培训学校', '社区矫正对象教育学习及职业技能培训'],
    ['乐亭县某印务有限公司', '社区矫正宣传材料印制'],
    ['乐亭县某超市', '社区矫正对象帮扶慰问物品', [1, 9, 12]],
  ],
  'legal-aid': [
    ['唐山某律师事务所', '法律援助案件律师办案补贴'],
    ['乐亭县某律师事务所', '法律援助值班律师补贴'],
    ['乐亭县某印务有限公司', '法律援助宣传折页印制'],
    ['乐亭县某办公用品商店', '法律援助中心办案耗材'],
  ],
  publicity: [
    ['唐山某文化传媒有限公司', '民法典宣传月活动', [5]],
    ['唐山某文化传媒有限公司', '“12·4”国家宪法日宣传周活动', [12]],
    ['乐亭县某印务有限公司', '普法宣传册及挂图印制'],
    ['唐山某广告有限公司', '法治文化公园宣传牌制作'],
    ['唐山某文化传媒有限公司', '普法短视频制作'],
    ['乐亭县某印务有限公司', '“八五”普法学习读本印制'],
  ],
  'rule-of-law': [
    ['唐山某律师事务所', '行政复议案件法律专家咨询费'],
    ['乐亭县某培训中心', '全县行政执法人员培训'],
    ['乐亭县某书店', '规范性文件审查业务资料购置'],
    ['唐山某律师事务所', '县政府行政应诉代理服务费'],
  ],
  grassroots: [
    ['乐亭县某培训中心', '人民调解员业务培训'],
    ['乐亭县某律师事务所', '村级法律顾问服务补贴'],
    ['唐山某广告有限公司', '村级法律宣传栏制作'],
    ['乐亭县某办公用品商店', '司法所办案耗材'],
    ['乐亭县某印务有限公司', '人民调解文书印制'],
  ],
  office: [
    ['乐亭县某电脑维修部', '办公设备维修'],
    ['中国电信乐亭县分公司', '政务网络专线费'],
    ['乐亭县某办公用品商店', '办公耗材'],
    ['唐山某信息技术有限公司', '信息系统运维服务费'],
  ],
  case: [
    ['乐亭县某培训中心', '人民调解员业务培训'],
    ['唐山某文化传媒有限公司', '民法典进乡村宣传活动', [5, 6]],
    ['乐亭县某超市', '安置帮教对象帮扶慰问物品', [1, 9, 12]],
    ['乐亭县某印务有限公司', '法治宣传资料印制'],
    ['乐亭县某律师事务所', '人民调解案件专家咨询费'],
    ['乐亭县某办公用品商店', '基层司法所办案耗材'],
  ],
};

const RENT: Item = ['乐亭县某物业管理有限公司', '公共法律服务中心房租（季度）'];

function categoryOf(project: DemoProject): Category {
  const { name, purpose } = project;
  if (/装备/.test(name)) return 'equipment';
  if (/矫正/.test(name)) return 'correction';
  if (/法律援助/.test(name)) return 'legal-aid';
  if (/普法/.test(name)) return 'publicity';
  if (/法制建设/.test(name)) return 'rule-of-law';
  if (/基层司法/.test(name)) return 'grassroots';
  if (/其他司法支出/.test(name)) return 'office';
  if (/法律援助/.test(purpose)) return 'legal-aid';
  return 'case';
}

const paceOf = (category: Category): Pace => (category === 'equipment' ? 'late' : category === 'rule-of-law' ? 'slow' : 'steady');


function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** A working day of the month on or after `day` (or the last one before month end). */
function workingDay(year: number, month: number, day: number): string {
  const last = daysInMonth(year, month);
  const weekday = (d: number) => new Date(Date.UTC(year, month - 1, d)).getUTCDay();
  let d = Math.min(day, last);
  while (d <= last && (weekday(d) === 0 || weekday(d) === 6)) d++;
  if (d > last) {
    d = Math.min(day, last);
    while (weekday(d) === 0 || weekday(d) === 6) d--;
  }
  return isoDate(year, month, d);
}

/** Cumulative share of the budget by the end of each month 1…12, interpolated between the pace's anchors. */
function cumulativeShares(pace: Pace, rnd: () => number): number[] {
  const anchors: Array<[number, number]> = [[0, 0], ...PACES[pace].map(([m, lo, hi]): [number, number] => [m, lo + (hi - lo) * rnd()])];
  const shares: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const next = anchors.findIndex(([m]) => m >= month);
    const [m1, s1] = anchors[next]!;
    const [m0, s0] = anchors[next - 1]!;
    shares.push(s0 + ((s1 - s0) * (month - m0)) / (m1 - m0));
  }
  return shares;
}

/** Split a month's amount into 1–3 payments; amounts are whole 元 (most of them round tens). */
function split(totalFen: number, rnd: () => number): number[] {
  if (totalFen < 20_000) return totalFen >= 100 ? [totalFen - (totalFen % 100)] : [];
  const parts = totalFen < 200_000 ? 1 : 1 + Math.floor(rnd() * 3);
  const out: number[] = [];
  let left = totalFen;
  for (let i = 0; i < parts - 1; i++) {
    const share = Math.round((left * (0.3 + rnd() * 0.4)) / 1000) * 1000;
    if (share <= 0 || share >= left) break;
    out.push(share);
    left -= share;
  }
  out.push(left - (left % 100));
  return out.filter((fen) => fen > 0);
}

export function generateDemoPayments(options: { projects: readonly DemoProject[]; year: number; seed: number }): DemoPayment[] {
  const { year } = options;
  const drafts: Array<Omit<DemoPayment, 'voucherNo'>> = [];
  for (const project of options.projects) {
    const rnd = seededRandom(options.seed ^ hash(project.code));
    const category = categoryOf(project);
    const shares = cumulativeShares(paceOf(category), rnd);
    const items = ITEMS[category];
    const rent = category === 'legal-aid' && /房租/.test(project.purpose);
    const otherShare = project.budgetFen > 0 ? project.budgetOtherFen / project.budgetFen : 0;
    let paidFen = 0;
    for (let month = 1; month <= 12; month++) {
      // never past the budget, whatever the rounding: the target is floored to whole 元
      const targetFen = Math.min(project.budgetFen, Math.floor((project.budgetFen * shares[month - 1]!) / 100) * 100);
      let dueFen = targetFen - paidFen;
      if (dueFen <= 0) continue;
      const payments: Array<{ fen: number; item: Item; day: number }> = [];
      if (rent && (month - 1) % 3 === 0) {
        // a tenth of the budget a quarter, in whole hundreds of 元
        const rentFen = Math.min(dueFen - (dueFen % 100), Math.round((project.budgetFen * 0.1) / 10_000) * 10_000);
        payments.push({ fen: rentFen, item: RENT, day: 4 + Math.floor(rnd() * 5) });
        dueFen -= rentFen;
      }
      const inSeason = items.filter(([, , months]) => !months || months.includes(month));
      for (const fen of split(dueFen, rnd)) payments.push({ fen, item: inSeason[Math.floor(rnd() * inSeason.length)]!, day: 5 + Math.floor(rnd() * 24) });
      for (const p of payments) {
        if (p.fen <= 0) continue;
        paidFen += p.fen;
        drafts.push({
          projectCode: project.code,
          paidOn: workingDay(year, month, p.day),
          amountFen: p.fen,
          payee: p.item[0],
          summary: p.item[1],
          fundSource: rnd() < otherShare ? 'other' : 'fiscal',
        });
      }
    }
  }
  // vouchers are numbered through each month in date order, as the bookkeeper writes them
  drafts.sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  const perMonth = new Map<string, number>();
  return drafts.map((d) => {
    const month = d.paidOn.slice(0, 7);
    const n = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, n);
    return { ...d, voucherNo: `记${month}-${String(n).padStart(3, '0')}` };
  });
}
