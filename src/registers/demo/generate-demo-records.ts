import { addDays } from '../../core/deadlines.js';
import { LAOTING_OFFICES } from './laoting-offices.js';
import type { RecordValues } from '../framework/define.js';
import { seededRandom } from '../../core/prng.js';
import { withAftercareSteps } from '../resettlement/aftercare/demo-aftercare.js';

/**
 * A believable, deterministic year of register records for the sample county (乐亭县): the same seed
 * gives the same records, names and ID numbers (valid check digits, region 130225) that belong to no
 * one. Volumes follow the sample's targets — some met, some deliberately behind — and work is spread
 * over the townships' 司法所 with the seasons (fewer cases around the Spring Festival).
 */

export type DemoRecords = Record<string, RecordValues[]>;


const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎常武乔贺赖龚文';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬建国建华志强海燕春梅凤英淑珍立新振华德明少华永利宝山金凤秀云';
/** relative workload by month: the Spring Festival (Jan/Feb) is quiet, spring and autumn busy */
const MONTH_WEIGHT = [0.6, 0.55, 1.05, 1.1, 1.1, 1.05, 1.0, 0.95, 1.05, 1.0, 1.1, 1.05];
const VILLAGES = ['东村', '西村', '南街', '北街', '后庄', '前庄', '王庄子', '刘各庄', '李家铺', '张家庄'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function generateDemoRecords(year: number, projects: Array<{ code: string; name: string }>): DemoRecords {
  const rnd = seededRandom(year * 7919 + 315002);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const weighted = <T>(pairs: Array<[T, number]>): T => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = rnd() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  /** a working day of the year, months weighted by the season */
  const dateIn = (y = year, months = 12): string => {
    const m = weighted(MONTH_WEIGHT.slice(0, months).map((w, i) => [i + 1, w] as [number, number]));
    for (;;) {
      const d = int(1, daysIn(y, m));
      const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      if (day !== 0 && day !== 6) return `${y}-${pad(m)}-${pad(d)}`;
    }
  };
  const name = () => pick([...SURNAMES]) + (chance(0.35) ? pick([...GIVEN]) : pick([...GIVEN]) + pick([...GIVEN]));
  const idNumber = (birth: string, male: boolean) => {
    const body = `130225${birth.replace(/-/g, '')}${pad(int(0, 49) * 2 + (male ? 1 : 0), 3)}`;
    const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(body[i]), 0);
    return body + '10X98765432'[sum % 11];
  };
  const birth = (age: number, at = `${year}-06-30`) => {
    const y = Number(at.slice(0, 4)) - age;
    const m = int(1, 12);
    return `${y}-${pad(m)}-${pad(int(1, daysIn(y, m)))}`;
  };
  const phone = () => `1${pick(['3', '5', '8'])}${int(0, 9)}${pad(int(0, 99_999_999), 8)}`;
  const office = () => pick(LAOTING_OFFICES);
  const lastDay = `${year}-12-31`;
  const until = (date: string) => (date <= lastDay ? date : null);

  // 法律援助: about 410 applications, a few refused; the year's last cases are still open at year end
  const cases: RecordValues[] = [];
  for (let i = 1; i <= 412; i++) {
    const appliedOn = dateIn();
    const notified = chance(0.18);
    const category = weighted<string>([['农民工', 30], ['低保', 14], ['残疾人', 8], ['老年人', 16], ['未成年人', 6], ['军人军属', 2], ['其他', 24]]);
    const male = chance(0.6);
    const age = category === '未成年人' ? int(12, 17) : category === '老年人' ? int(60, 85) : int(20, 59);
    const refused = !notified && chance(0.015);
    const decidedOn = notified ? null : addDays(appliedOn, weighted([[int(1, 5), 90], [int(6, 7), 8], [int(8, 10), 2]]));
    const assignedOn = refused ? null : addDays(decidedOn ?? appliedOn, weighted([[int(0, 2), 92], [3, 5], [int(4, 6), 3]]));
    const closedOn = assignedOn ? addDays(assignedOn, int(10, 110)) : null;
    const followUp = closedOn && chance(0.6) ? addDays(closedOn, int(3, 30)) : null;
    cases.push({
      caseNumber: `乐法援〔${year}〕${pad(i, 3)}号`,
      source: notified ? '通知辩护/代理' : '依申请',
      applicantName: name(),
      applicantIdNumber: idNumber(birth(age), male),
      applicantPhone: chance(0.9) ? phone() : null,
      applicantCategory: category,
      caseType: notified ? '刑事' : weighted([['民事', 80], ['行政', 3], ['国家赔偿', 1], ['其他', 4]]),
      meansTestExempt: category === '未成年人' || category === '军人军属' || notified ? true : chance(0.2),
      appliedOn,
      decision: notified ? null : refused ? '不予援助' : '给予援助',
      decidedOn,
      assigneeType: assignedOn ? weighted([['律师', 70], ['基层法律服务工作者', 25], ['法律援助机构工作人员', 5]]) : null,
      assignee: assignedOn ? `${name()}（${pick(['河北乐亭律师事务所', '河北唐乐律师事务所', '乐亭镇法律服务所', '县法律援助中心'])}）` : null,
      assignedOn: assignedOn ? until(assignedOn) : null,
      closedOn: closedOn && assignedOn && assignedOn <= lastDay ? until(closedOn) : null,
      followUpOn: followUp && closedOn! <= lastDay ? until(followUp) : null,
      satisfaction: null,
      complaint: null,
      office: chance(0.3) ? office() : null,
    });
    const c = cases[cases.length - 1]!;
    if (c.followUpOn) c.satisfaction = weighted([['满意', 88], ['基本满意', 10], ['不满意', 2]]);
    if (c.satisfaction === '不满意' && chance(0.5)) c.complaint = '受援人反映承办人联系不及时，已约谈承办人并整改';
    if (c.assignedOn === null) c.assigneeType = c.assignee = null;
  }

  const consultations: RecordValues[] = Array.from({ length: 1860 }, () => ({
    consultedOn: dateIn(),
    channel: weighted([['来访', 45], ['12348热线', 45], ['网络', 8], ['其他', 2]]),
    topic: weighted([['婚姻家庭', 22], ['劳动争议', 20], ['土地纠纷', 12], ['借贷纠纷', 14], ['交通事故', 9], ['刑事', 6], ['行政', 4], ['其他', 13]]),
    enquirerName: chance(0.5) ? name() : null,
    answeredBy: pick(['李主任', '赵律师', '孙律师', '周法律服务工作者', '值班律师']),
    referredToAid: chance(0.08),
    office: chance(0.25) ? office() : null,
  }));

  const dutyShifts: RecordValues[] = [];
  for (let d = `${year}-01-01`; d <= lastDay; d = addDays(d, 1)) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) continue;
    dutyShifts.push({ shiftOn: d, place: '公共法律服务中心', onDuty: `${pick(['赵', '孙', '周', '郑', '冯'])}律师`, consultations: int(2, 14), office: null });
    if (day === 2) dutyShifts.push({ shiftOn: d, place: '看守所', onDuty: `${pick(['钱', '吴', '王'])}律师`, consultations: int(1, 6), office: null });
    if (day === 4) dutyShifts.push({ shiftOn: d, place: '人民法院', onDuty: `${pick(['李', '陈', '刘'])}律师`, consultations: int(1, 8), office: null });
  }

  // 人民调解: committees in every township and many villages; about 2,330 disputes
  const committees: RecordValues[] = [];
  const mediators: RecordValues[] = [];
  for (const o of LAOTING_OFFICES) {
    const town = o.replace('司法所', '');
    const names = [`${town}人民调解委员会`, ...VILLAGES.slice(0, int(3, 6)).map((v) => `${town}${v}人民调解委员会`)];
    names.forEach((n, i) => {
      committees.push({ name: n, committeeType: i === 0 ? '乡镇（街道）调委会' : '村（居）调委会', establishedOn: `${int(2008, year - 1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`, mediatorCount: i === 0 ? int(5, 9) : int(3, 5), office: o });
    });
    for (let k = 0; k < int(10, 16); k++) {
      const trained = chance(0.85);
      mediators.push({
        name: name(),
        phone: phone(),
        committee: pick(names),
        fullTime: chance(0.25),
        appointedOn: `${int(2012, year)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
        trainingHours: trained ? int(8, 40) : 0,
        lastTrainedOn: trained ? dateIn() : null,
        office: o,
      });
    }
  }
  committees.push({ name: '乐亭县医疗纠纷人民调解委员会', committeeType: '行业性专业性调委会', establishedOn: '2014-05-20', mediatorCount: 5, office: null });
  committees.push({ name: '乐亭县道路交通事故纠纷人民调解委员会', committeeType: '行业性专业性调委会', establishedOn: '2016-09-01', mediatorCount: 6, office: null });

  const disputes: RecordValues[] = [];
  for (let i = 0; i < 2334; i++) {
    const type = weighted<string>([['婚姻家庭', 18], ['邻里', 24], ['房屋宅基地', 10], ['土地承包', 8], ['合同', 6], ['损害赔偿', 8], ['劳动争议', 5], ['医患纠纷', 2], ['交通事故', 7], ['物业', 3], ['山林水利', 2], ['征地拆迁', 2], ['其他', 5]]);
    const o = office();
    const town = o.replace('司法所', '');
    const receivedOn = dateIn();
    const concluded = addDays(receivedOn, int(0, 25));
    const done = concluded <= lastDay;
    const outcome = done ? weighted([['调解成功', 96], ['调解不成', 3], ['终止调解', 1]]) : null;
    const written = outcome === '调解成功' && (chance(0.55) || ['医患纠纷', '交通事故', '损害赔偿', '劳动争议'].includes(type));
    const confirmationAppliedOn = written && chance(0.08) ? addDays(concluded, int(1, 25)) : null;
    disputes.push({
      disputeType: type,
      partyName: name(),
      partyPhone: chance(0.8) ? phone() : null,
      committee: type === '医患纠纷' ? '乐亭县医疗纠纷人民调解委员会' : type === '交通事故' && chance(0.5) ? '乐亭县道路交通事故纠纷人民调解委员会' : `${town}人民调解委员会`,
      mediator: name(),
      receivedOn,
      concludedOn: done ? concluded : null,
      outcome,
      agreementForm: outcome === '调解成功' ? (written ? '书面协议' : '口头协议') : null,
      confirmationAppliedOn: confirmationAppliedOn && confirmationAppliedOn <= lastDay ? confirmationAppliedOn : null,
      confirmedOn: confirmationAppliedOn && addDays(confirmationAppliedOn, 15) <= lastDay ? addDays(confirmationAppliedOn, int(3, 15)) : null,
      summary: `${type}纠纷，经${town}调解委员会调解`,
      office: o,
    });
  }

  // 基层法律服务执业核准: 21 applications, 18 approved — 90%: the 100% target of one project is missed
  const approvals: RecordValues[] = Array.from({ length: 21 }, (_, i) => {
    const appliedOn = dateIn(year, 11);
    const result = i < 18 ? '核准' : i < 20 ? '不予核准' : '审查中';
    const male = chance(0.55);
    return {
      applicantName: name(),
      applicantIdNumber: idNumber(birth(int(25, 50)), male),
      firm: `${pick(LAOTING_OFFICES).replace('司法所', '')}法律服务所`,
      applicationType: weighted([['首次执业', 6], ['变更执业机构', 3], ['重新执业', 1]]),
      appliedOn,
      result,
      decidedOn: result === '审查中' ? null : addDays(appliedOn, int(5, 20)),
      reason: result === '不予核准' ? '申请人不具备规定的学历条件' : null,
      office: null,
    };
  });

  // 社区矫正: terms begun over the last four years; about 160 people under correction during the year
  const people: RecordValues[] = [];
  for (let i = 0; i < 168; i++) {
    const started = i < 112 ? `${year - int(1, 3)}-${pad(int(1, 12))}-${pad(int(1, 28))}` : dateIn(year, 11);
    const type = weighted<string>([['缓刑', 78], ['假释', 10], ['管制', 4], ['暂予监外执行', 8]]);
    const months = type === '缓刑' ? pick([12, 18, 24, 36, 48]) : type === '管制' ? pick([6, 12]) : pick([6, 10, 14, 24]);
    const [sy, sm, sd] = started.split('-').map(Number) as [number, number, number];
    const endDate = new Date(Date.UTC(sy, sm - 1 + months, sd - 1)).toISOString().slice(0, 10);
    const endOn = endDate < `${year}-01-01` ? addDays(`${year}-01-01`, int(5, 200)) : endDate;
    const minor = i % 55 === 7;
    const male = chance(0.85);
    const revoked = chance(0.01);
    people.push({
      name: name(),
      idNumber: idNumber(minor ? birth(16, started) : birth(int(20, 65), started), male),
      gender: male ? '男' : '女',
      correctionType: type,
      crime: weighted([['危险驾驶罪', 30], ['盗窃罪', 15], ['故意伤害罪', 12], ['交通肇事罪', 10], ['诈骗罪', 8], ['开设赌场罪', 5], ['寻衅滋事罪', 8], ['非法占用农用地罪', 4], ['其他', 8]]),
      startOn: started,
      endOn,
      terminatedOn: revoked ? addDays(started, 120) : endOn <= lastDay ? endOn : null,
      terminationReason: revoked ? '撤销缓刑' : endOn <= lastDay ? '期满解除' : null,
      minor,
      reoffendedOn: null,
      office: office(),
    });
  }
  // two re-offences during the year: a rate of about 1.2%, within the department's < 2% goal
  for (const p of people.filter((x) => String(x.startOn) < `${year}-03-01` && x.terminatedOn === null).slice(3, 5)) p.reoffendedOn = `${year}-0${int(4, 9)}-${pad(int(1, 28))}`;

  // 执法人员学习: two officers in each 司法所 and five at the bureau, 40 hours a year; three fall short
  const staff: RecordValues[] = [];
  const study: RecordValues[] = [];
  const staffOffices = [...LAOTING_OFFICES.flatMap((o) => [o, o]), null, null, null, null, null];
  staffOffices.forEach((o, i) => {
    const who = name();
    staff.push({ name: who, post: o ? '司法所社区矫正专干' : '社区矫正科', requiredHours: 40, since: `${int(2010, year - 1)}-${pad(int(1, 12))}-01`, until: null, office: o });
    const target = i % 10 === 3 ? int(22, 34) : int(40, 56);
    for (let h = 0; h < target; ) {
      const hours = Math.min(target - h, pick([2, 4, 4, 6, 8]));
      study.push({ staffName: who, studiedOn: dateIn(), course: pick(['社区矫正法实施办法解读', '社区矫正执法规范化培训', '心理矫治技能', '电子定位监管业务', '信息化平台操作', '警示教育']), hours, office: o });
      h += hours;
    }
  });

  // 安置帮教: 64 released, 59 resettled or assisted by year end (about 92%)
  const released: RecordValues[] = Array.from({ length: 64 }, (_, i) => {
    const releasedOn = dateIn();
    const resettledOn = i < 59 ? addDays(releasedOn, int(3, 40)) : null;
    return {
      name: name(),
      idNumber: idNumber(birth(int(22, 60)), chance(0.9)),
      releasedOn,
      prison: pick(['冀东监狱', '唐山监狱', '石家庄监狱', '河北省女子监狱']),
      handedOverOn: addDays(releasedOn, int(0, 3)),
      keyPerson: chance(0.15),
      resettledOn: resettledOn && resettledOn <= lastDay ? resettledOn : null,
      assistance: resettledOn && resettledOn <= lastDay ? weighted([['就业安置', 40], ['社会救助', 20], ['技能培训', 15], ['心理疏导', 10], ['家庭帮扶', 15]]) : null,
      note: null,
      office: office(),
    };
  });

  // 普法宣传: 56 events across the 法律九进, and printed materials
  const themes = ['宪法宣传周', '民法典进万家', '反有组织犯罪法宣传', '防范电信网络诈骗', '国家安全教育日', '安全生产月', '禁毒宣传', '法律援助惠民生', '乡村振兴法治同行', '未成年人保护法宣讲'];
  const events: RecordValues[] = Array.from({ length: 56 }, () => {
    const o = chance(0.7) ? office() : null;
    return {
      theme: pick(themes),
      audience: weighted<string>([['进乡村', 25], ['进社区', 12], ['进学校', 12], ['进机关', 8], ['进企业', 8], ['进单位', 5], ['进网络', 6], ['进军营', 2], ['进宗教活动场所', 2]]),
      form: pick(['集中宣传', '法治讲座', '法律咨询', '以案释法', '文艺演出', '网络宣传']),
      heldOn: dateIn(),
      place: o ? `${o.replace('司法所', '')}${pick(VILLAGES)}文化广场` : pick(['县政府广场', '乐亭一中', '县图书馆', '金融街']),
      attendance: int(60, 600),
      organizer: o ?? '县司法局普法与依法治理股',
      office: o,
    };
  });
  const materials: RecordValues[] = Array.from({ length: 12 }, (_, i) => ({
    title: `${themes[i % themes.length]}宣传${pick(['手册', '折页', '海报'])}`,
    materialType: pick(['宣传册', '折页', '海报', '读本']),
    copies: pick([2000, 3000, 5000, 10000]),
    printedOn: dateIn(),
    distributedTo: pick(['各司法所', '中小学校', '村（居）委会', '企业']),
    office: null,
  }));

  // 法治建设: reconsideration cases, assigned legal affairs, printed documents (372 of the 400 planned)
  const reconsiderations: RecordValues[] = Array.from({ length: 9 }, (_, i) => {
    const receivedOn = dateIn(year, 11);
    const concluded = i < 8 ? addDays(receivedOn, int(20, 58)) : null;
    return {
      caseNumber: `乐政复〔${year}〕${i + 1}号`,
      applicantName: name(),
      respondent: pick(['县自然资源和规划局', '县市场监督管理局', '县公安局', '县人力资源和社会保障局', '某镇人民政府']),
      matter: pick(['行政处罚', '政府信息公开', '工伤认定', '行政强制', '不履行法定职责']),
      receivedOn,
      admission: '受理',
      concludedOn: concluded && concluded <= lastDay ? concluded : null,
      outcome: concluded && concluded <= lastDay ? pick(['维持', '驳回', '调解结案', '撤销']) : null,
      office: null,
    };
  });
  const affairs: RecordValues[] = Array.from({ length: 30 }, (_, i) => {
    const assignedOn = dateIn();
    return {
      subject: `${pick(['县政府常务会议议题', '招商引资合同', '征收补偿方案', '行政规范性文件', '行政诉讼案件'])}${i + 1}`,
      affairType: pick(['合同审查', '规范性文件审查', '重大行政决策合法性审查', '行政应诉', '法律意见']),
      assignedBy: '县人民政府',
      assignedOn,
      dueOn: addDays(assignedOn, 15),
      completedOn: i < 28 ? addDays(assignedOn, int(2, 14)) : null,
      office: null,
    };
  });
  for (const a of affairs) if (String(a.completedOn) > lastDay) a.completedOn = null;
  const documents: RecordValues[] = Array.from({ length: 372 }, (_, i) => ({
    title: `${pick(['关于', '乐亭县司法局关于'])}${pick(['做好', '开展', '加强', '印发'])}${pick(['普法依法治理', '人民调解', '社区矫正', '法律援助', '行政执法监督', '公共法律服务'])}工作的${pick(['通知', '意见', '方案', '报告'])}`,
    documentNumber: `乐司${pick(['发', '字', '函'])}〔${year}〕${i + 1}号`,
    documentType: weighted([['工作文件', 70], ['普法文件', 20], ['规范性文件', 2], ['其他', 8]]),
    copies: int(5, 120),
    printedOn: dateIn(),
    office: null,
  }));

  // 装备购置: 38 items bought of the 50 planned; one batch failed acceptance; one item not in use
  const itemsFor = [
    ['办公桌椅', '办公家具', 2],
    ['文件柜', '办公家具', 2],
    ['台式计算机', '办公设备', 2],
    ['激光打印机', '办公设备', 1],
    ['执法记录仪', '执法执勤装备', 2],
    ['便携式调解终端', '信息化设备', 1],
    ['视频会议终端', '信息化设备', 1],
    ['扫描仪', '办公设备', 1],
    ['档案密集架', '办公家具', 1],
    ['电子定位设备', '执法执勤装备', 2],
    ['复印机', '办公设备', 1],
    ['沙发', '办公家具', 1],
  ] as const;
  const purchases: RecordValues[] = [];
  let quantity = 0;
  for (let i = 0; quantity < 38; i++) {
    const [item, category, q] = itemsFor[i % itemsFor.length]!;
    const n = Math.min(q, 38 - quantity);
    quantity += n;
    const purchasedOn = dateIn(year, 11);
    const failed = i === 5;
    purchases.push({
      item,
      category,
      quantity: n,
      amount: n * pick([1200, 2800, 3600, 4500, 5200]),
      supplier: pick(['唐山市办公用品有限公司', '乐亭县华信电子商行', '河北政采商城']),
      planned: chance(0.9),
      purchasedOn,
      acceptance: failed ? '不合格' : '合格',
      acceptedOn: addDays(purchasedOn, int(1, 10)),
      inUse: !failed && i !== 9,
      office: chance(0.5) ? office() : null,
    });
  }
  for (const p of purchases) {
    if (String(p.acceptedOn) <= lastDay) continue;
    Object.assign(p, { acceptedOn: null, acceptance: '待验收', inUse: false });
  }
  const plans: RecordValues[] = Array.from({ length: 20 }, (_, i) => {
    const [item, category, q] = itemsFor[i % itemsFor.length]!;
    const plannedOn = `${year}-0${int(1, 3)}-${pad(int(1, 28))}`;
    return { item, category, quantity: q + 1, budget: (q + 1) * 3000, plannedOn, executedOn: i < 17 ? addDays(plannedOn, int(30, 240)) : null, office: null };
  });

  // 满意度调查: 40–60 answers per project; one project (普法宣传) falls short of 95%
  const responses: RecordValues[] = [];
  const serviceOf = (projectName: string) =>
    /援助/.test(projectName) ? '法律援助' : /矫正/.test(projectName) ? '社区矫正' : /普法|宣传/.test(projectName) ? '普法宣传' : /法制|法治/.test(projectName) ? '法治建设' : /基层|调解/.test(projectName) ? '人民调解' : /装备|司法支出/.test(projectName) ? '装备保障' : '公共法律服务';
  for (const p of projects) {
    const n = int(40, 60);
    const unsatisfied = /普法/.test(p.name) ? Math.ceil(n * 0.1) : int(0, 2);
    for (let k = 0; k < n; k++) {
      const satisfied = k >= unsatisfied;
      responses.push({
        projectCode: p.code,
        service: serviceOf(p.name),
        surveyedOn: dateIn(),
        method: pick(['电话回访', '问卷', '网络', '当面']),
        score: satisfied ? int(80, 100) : int(40, 79),
        satisfied,
        comment: satisfied ? null : pick(['办理时间较长', '希望增加宣传场次', '联系不够及时']),
        office: null,
      });
    }
  }

  return {
    'legal-aid/cases': cases,
    'legal-aid/consultations': consultations,
    'legal-aid/duty-shifts': dutyShifts,
    'mediation/committees': committees,
    'mediation/mediators': mediators,
    'mediation/disputes': disputes,
    'legal-service/approvals': approvals,
    'correction/people': people,
    'correction/staff': staff,
    'correction/study': study,
    'resettlement/people': withAftercareSteps(released, year, LAOTING_OFFICES),
    'publicity/events': events,
    'publicity/materials': materials,
    'rule-of-law/reconsiderations': reconsiderations,
    'rule-of-law/legal-affairs': affairs,
    'rule-of-law/documents': documents,
    'procurement/purchases': purchases,
    'procurement/plans': plans,
    'survey/responses': responses,
  };
}
