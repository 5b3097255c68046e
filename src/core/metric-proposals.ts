/**
 * Which register metric an indicator most likely means, from its name (and its project's name where
 * the name alone is ambiguous). A proposal is only a suggestion: a person confirms it before the
 * indicator's actual becomes live. Pure; rules are tried in order and the first match wins.
 */

export interface TMetricProposal {
  metric: string;
  filter: Record<string, string> | null;
  /** why: the words of the name that matched */
  reason: string;
}

interface Rule {
  pattern: RegExp;
  /** a metric, or one chosen by the project's name and 资金用途 (null: no proposal for this project) */
  metric: string | ((project: string) => string | null);
  /** narrow the metric to the indicator's own project (服务对象满意度 of that project) */
  byProject?: boolean;
}

const RULES: Rule[] = [
  // 成本指标 answered by the spending ledger: 项目预算控制数, 控制在预算资金内, 预算控制数 …
  { pattern: /预算.*控制|控制.*预算|预算资金内|不超预算|成本控制/, metric: 'spending.budget-control', byProject: true },
  // 时效指标 of legal aid: the on-time rate against the legal deadlines (decide in 7 days, assign in 3)
  { pattern: /及时性|及时率|办理时效|按时办结|按期办结/, metric: (project) => (/法律援助|法援/.test(project) ? 'legal-aid.on-time-rate' : null) },
  { pattern: /法律援助案件受理/, metric: 'legal-aid.cases-accepted' },
  { pattern: /(救助案例|法律援助案件|援助案件)办结率/, metric: 'legal-aid.closure-rate' },
  { pattern: /法律咨询(人次|量|数)/, metric: 'legal-aid.consultations' },
  { pattern: /人民调解案件|调解纠纷(数|件)|调解案件数/, metric: 'mediation.disputes-mediated' },
  { pattern: /调解成功率/, metric: 'mediation.success-rate' },
  { pattern: /执业核准率/, metric: 'legal-service.approval-rate' },
  { pattern: /社区矫正人数|社区矫正对象人数|在册社区矫正/, metric: 'correction.people-under-correction' },
  { pattern: /学习时间达标率|学习学时达标率/, metric: 'correction.study-hours-compliance-rate' },
  { pattern: /重新犯罪率/, metric: 'correction.reoffending-rate' },
  { pattern: /安置帮教率/, metric: 'resettlement.resettlement-rate' },
  { pattern: /宣传活动场次|普法活动(场次|次数)|宣传活动次数/, metric: 'publicity.events' },
  { pattern: /宣传资料(印制|印刷|发放)/, metric: 'publicity.materials-printed' },
  { pattern: /文件印刷数量|印刷数量/, metric: (project) => (/普法|宣传/.test(project) ? 'publicity.materials-printed' : 'rule-of-law.documents-printed') },
  { pattern: /行政复议案件完成率|行政案件处理率|复议案件办结率/, metric: 'rule-of-law.reconsideration-completion-rate' },
  { pattern: /交办(法律)?事务办结率/, metric: 'rule-of-law.affairs-completion-rate' },
  { pattern: /购置计划执行率/, metric: 'procurement.plan-execution-rate' },
  { pattern: /(购置|设备).*合格率|合格率.*(购置|设备)/, metric: 'procurement.acceptance-rate' },
  { pattern: /设备使用率|设备在用率/, metric: 'procurement.in-use-rate' },
  { pattern: /(办公家具|办公设备|设备|装备).*购置数量|购置数量/, metric: 'procurement.items-purchased' },
  { pattern: /满意度|满意率/, metric: 'survey.satisfaction-rate', byProject: true },
];

export function proposeMetric(indicator: { name: string }, project: { code: string; name: string; purpose?: string | null | undefined } | null): TMetricProposal | null {
  const name = indicator.name.normalize('NFKC').replace(/\s+/g, '');
  for (const rule of RULES) {
    const match = rule.pattern.exec(name);
    if (!match) continue;
    const metric = typeof rule.metric === 'string' ? rule.metric : rule.metric(`${project?.name ?? ''}\n${project?.purpose ?? ''}`);
    if (metric === null) continue;
    return { metric, filter: rule.byProject && project ? { project: project.code } : null, reason: `指标名称含“${match[0]}”` };
  }
  return null;
}
