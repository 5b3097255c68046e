/**
 * The business registers (台账) a justice bureau keeps, by the kind ids accounts name in their
 * `sections` (a 业务科室 user writes only the kinds listed there). Pure: shared by API, CLI and web.
 */
export const REGISTER_KINDS = ['legal-aid', 'mediation', 'legal-service', 'correction', 'resettlement', 'publicity', 'rule-of-law', 'procurement', 'survey'] as const;
export type TRegisterKind = (typeof REGISTER_KINDS)[number];

export const REGISTER_KIND_LABEL: Record<TRegisterKind, string> = {
  'legal-aid': '法律援助',
  mediation: '人民调解',
  'legal-service': '基层法律服务',
  correction: '社区矫正',
  resettlement: '安置帮教',
  publicity: '普法宣传',
  'rule-of-law': '法治建设',
  procurement: '装备购置',
  survey: '满意度调查',
};

export const REGISTER_KIND_LABEL_EN: Record<TRegisterKind, string> = {
  'legal-aid': 'Legal aid',
  mediation: 'Mediation',
  'legal-service': 'Grassroots legal service',
  correction: 'Community correction',
  resettlement: 'Resettlement',
  publicity: 'Law publicity',
  'rule-of-law': 'Rule of law',
  procurement: 'Equipment',
  survey: 'Satisfaction surveys',
};

export const isRegisterKind = (value: string): value is TRegisterKind => (REGISTER_KINDS as readonly string[]).includes(value);
