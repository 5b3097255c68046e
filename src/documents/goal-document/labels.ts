/**
 * Header and row labels as different units write them. Matching is on a normalised form (no spaces,
 * half-width brackets, no "(%)" or "其中：") so "其中：财政    资金" and "财政资金" are the same label.
 */

export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[(（][%％万元]*[)）]$/, '')
    .replace(/[:：]$/, '');
}

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'value'
  | 'basis'
  | 'nature'
  | 'direction'
  | 'measureUnit'
  | 'weight'
  | 'actual'
  | 'score'
  | 'deviation';

const INDICATOR_HEADERS: Record<string, IndicatorField> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'name',
  指标名称: 'name',
  绩效指标名称: 'name',
  绩效指标描述: 'description',
  指标描述: 'description',
  指标解释: 'description',
  指标说明: 'description',
  指标内容: 'description',
  指标值: 'value',
  目标值: 'value',
  年度目标值: 'value',
  长期指标值: 'value',
  中期指标值: 'value',
  中长期指标值: 'value',
  预期指标值: 'value',
  年度指标值: 'value',
  绩效指标值: 'value',
  预期目标值: 'value',
  指标目标值: 'value',
  指标值确定依据: 'basis',
  指标值设定依据: 'basis',
  确定依据: 'basis',
  设定依据: 'basis',
  指标性质: 'nature',
  指标类型: 'nature',
  指标方向: 'direction',
  指标方向性: 'direction',
  比较方式: 'direction',
  度量单位: 'measureUnit',
  计量单位: 'measureUnit',
  单位: 'measureUnit',
  分值: 'weight',
  指标分值: 'weight',
  权重: 'weight',
  指标权重: 'weight',
  实际完成值: 'actual',
  完成值: 'actual',
  全年实际值: 'actual',
  实际值: 'actual',
  全年实际完成值: 'actual',
  实际完成情况: 'actual',
  年度实际完成值: 'actual',
  得分: 'score',
  自评得分: 'score',
  偏差原因: 'deviation',
  偏差原因分析及改进措施: 'deviation',
  偏差原因分析: 'deviation',
  未完成原因分析: 'deviation',
  偏差原因及改进措施: 'deviation',
};

export function indicatorFieldOf(text: string): IndicatorField | undefined {
  return INDICATOR_HEADERS[normalizeLabel(text)];
}

export const FIELD_LABEL: Record<IndicatorField, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
  nature: '指标性质',
  direction: '指标方向',
  measureUnit: '度量单位',
  weight: '分值',
  actual: '实际完成值',
  score: '得分',
  deviation: '偏差原因',
};

export type ProjectLabel = 'code' | 'name' | 'total' | 'fiscal' | 'other' | 'purpose' | 'budgetGroup' | 'plan' | 'goals';

const PROJECT_LABELS: Record<string, ProjectLabel> = {
  项目编码: 'code',
  项目代码: 'code',
  项目编号: 'code',
  项目名称: 'name',
  预算数: 'total',
  预算金额: 'total',
  年度预算数: 'total',
  年初预算数: 'total',
  年初安排金额: 'total',
  年初安排数: 'total',
  预算安排数: 'total',
  预算安排金额: 'total',
  申请金额: 'total',
  申报金额: 'total',
  项目资金总额: 'total',
  资金总额合计: 'total',
  年度资金总额合计: 'total',
  项目总额: 'total',
  资金总额: 'total',
  年度资金总额: 'total',
  财政资金: 'fiscal',
  财政拨款: 'fiscal',
  财政拨款资金: 'fiscal',
  其他资金: 'other',
  其他来源资金: 'other',
  资金用途: 'purpose',
  主要用途: 'purpose',
  预算规模及资金用途: 'budgetGroup',
  资金支出计划: 'plan',
  支出计划: 'plan',
  绩效目标: 'goals',
  年度绩效目标: 'goals',
  项目绩效目标: 'goals',
  年度目标: 'goals',
};

export function projectLabelOf(text: string): ProjectLabel | undefined {
  return PROJECT_LABELS[normalizeLabel(text)];
}

export const PROJECT_LABEL_TEXT: Record<ProjectLabel, string> = {
  code: '项目编码',
  name: '项目名称',
  total: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
  purpose: '资金用途',
  budgetGroup: '预算规模及资金用途',
  plan: '资金支出计划',
  goals: '绩效目标',
};

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** "3月底" → 3, "第二季度末" → 6, "上半年" → 6, "全年"/"年底" → 12; undefined when not a month. */
export function monthOfPlanHeader(text: string): number | undefined {
  const s = normalizeLabel(text);
  let m = /^(?:1-|1至|1月-|1月至)?(\d{1,2})月(?:底|末|份|前)?$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  m = /^(?:第)?([一二三四1-4])季度(?:末|底)?$/.exec(s);
  if (m) {
    const q = CHINESE_DIGITS[m[1]!] ?? Number(m[1]);
    return q * 3;
  }
  if (s === '上半年') return 6;
  if (s === '全年' || s === '年底' || s === '年末' || s === '下半年') return 12;
  return undefined;
}
