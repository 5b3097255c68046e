import type { LocalizedText } from './errors.js';
import { ROLE_LABEL, ROLE_LABEL_EN, type TRole } from './access/permissions.js';
import { formatFen } from './money.js';

/**
 * How the audit log reads to a person: every action and every kind of object has a Chinese and an
 * English name, every recorded field a label, and values are shown as the pages show them (元 not fen,
 * 是/否, role and status names). Pure, shared by the API (which resolves object names) and the web.
 */

export const AUDIT_ACTIONS: Record<string, LocalizedText> = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.loginFailed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.locked': { zh: '登录被锁定', en: 'Sign-in locked' },
  'user.create': { zh: '新建用户', en: 'Created user' },
  'user.update': { zh: '修改用户', en: 'Changed user' },
  'user.changePassword': { zh: '修改密码', en: 'Changed password' },
  'user.resetPassword': { zh: '重置密码', en: 'Reset password' },
  'goalBook.create': { zh: '导入绩效目标', en: 'Imported goals' },
  'goalBook.update': { zh: '修改绩效目标', en: 'Changed goals' },
  'year.start': { zh: '年度结转', en: 'Started a year from the previous one' },
  'year.proposal': { zh: '确认结转目标建议', en: 'Decided a proposed target' },
  'library.create': { zh: '新增指标库条目', en: 'Added library indicator' },
  'library.update': { zh: '修改指标库条目', en: 'Changed library indicator' },
  'library.seed': { zh: '以示例指标建立指标库', en: 'Seeded the indicator library' },
  'review.comment': { zh: '填写审核意见', en: 'Review comment' },
  'payment.create': { zh: '登记支付', en: 'Recorded payment' },
  'payment.update': { zh: '修改支付', en: 'Corrected payment' },
  'payment.void': { zh: '作废支付', en: 'Voided payment' },
  'payment.import': { zh: '导入支付明细', en: 'Imported payments' },
  'budget.revise': { zh: '调整预算', en: 'Revised budget' },
  'settings.update': { zh: '修改单位设置', en: 'Changed settings' },
  'indicator.bind': { zh: '绑定取数口径', en: 'Bound metric' },
  'indicator.unbind': { zh: '解除取数口径', en: 'Unbound metric' },
  'indicatorValue.enter': { zh: '填报完成值', en: 'Entered value' },
  'indicatorValue.edit': { zh: '修改完成值', en: 'Changed value' },
  'indicatorValue.submit': { zh: '提交完成值', en: 'Submitted value' },
  'indicatorValue.approve': { zh: '审批通过完成值', en: 'Approved value' },
  'indicatorValue.return': { zh: '退回完成值', en: 'Returned value' },
  'register.create': { zh: '新增台账记录', en: 'Added record' },
  'register.update': { zh: '修改台账记录', en: 'Changed record' },
  'register.void': { zh: '作废台账记录', en: 'Voided record' },
  'register.import': { zh: '导入台账记录', en: 'Imported records' },
  'register.demo': { zh: '生成演示台账', en: 'Generated demo records' },
  'personalData.read': { zh: '查看个人信息', en: 'Read personal data' },
  'correction.ingest': { zh: '接收监管平台报警', en: 'Received monitoring events' },
  'correction.alarmHandle': { zh: '处置监管报警', en: 'Handled alarm' },
  'correction.dailyReport': { zh: '上报零报告', en: 'Filed daily report' },
  'correction.flagMissing': { zh: '标记零报告缺报', en: 'Flagged missing daily reports' },
  'correction.vendor': { zh: '登记监管平台', en: 'Registered monitoring vendor' },
  'correction.sensitivePeriod': { zh: '设置敏感期', en: 'Added sensitive period' },
  'correction.approval': { zh: '提交社区矫正审批事项', en: 'Submitted correction request' },
  'correction.approve': { zh: '批准社区矫正审批事项', en: 'Approved correction request' },
  'correction.return': { zh: '退回社区矫正审批事项', en: 'Returned correction request' },
  'correction.leaveReturn': { zh: '登记外出返回', en: 'Recorded return from leave' },
  'correction.step': { zh: '登记社区矫正环节', en: 'Recorded a correction step' },
  'correction.activity': { zh: '登记社区矫正日常监管活动', en: 'Recorded a supervision activity' },
  'correction.activityVoid': { zh: '作废社区矫正日常监管活动', en: 'Voided a supervision activity' },
  'evaluation.line': { zh: '填写自评指标', en: 'Filled evaluation line' },
  'evaluation.results': { zh: '填写实际完成情况', en: 'Filled results' },
  'evaluation.scheme': { zh: '修改评分规则', en: 'Changed scoring scheme' },
  'evaluation.edit': { zh: '编辑绩效自评', en: 'Edited self-evaluation' },
  'evaluation.submit': { zh: '提交绩效自评', en: 'Submitted self-evaluation' },
  'evaluation.approve': { zh: '审批通过绩效自评', en: 'Approved self-evaluation' },
  'evaluation.return': { zh: '退回绩效自评', en: 'Returned self-evaluation' },
  'evaluation.lock': { zh: '锁定绩效自评', en: 'Locked self-evaluation' },
  'evaluation.reopen': { zh: '重新打开绩效自评', en: 'Reopened self-evaluation' },
  'evaluation.comment': { zh: '填写自评意见', en: 'Evaluation comment' },
  'evaluation.import': { zh: '导入历史自评表', en: 'Imported a self-evaluation table' },
  'evaluation.recheck': { zh: '要求复核', en: 'Asked for re-check' },
  'monitoring.line': { zh: '填写监控指标', en: 'Filled monitoring line' },
  'monitoring.confirmProposals': { zh: '采纳系统建议', en: 'Accepted proposals' },
  'monitoring.followUp': { zh: '填写整改落实情况', en: 'Followed up a measure' },
  'monitoring.comment': { zh: '填写监控意见', en: 'Monitoring comment' },
  'monitoring.submit': { zh: '提交绩效监控', en: 'Submitted monitoring report' },
  'monitoring.approve': { zh: '审批通过绩效监控', en: 'Approved monitoring report' },
  'monitoring.return': { zh: '退回绩效监控', en: 'Returned monitoring report' },
  'monitoring.lock': { zh: '锁定绩效监控', en: 'Locked monitoring report' },
  'monitoring.reopen': { zh: '重新打开绩效监控', en: 'Reopened monitoring report' },
  'correction.sanction.record': { zh: '登记社区矫正奖惩', en: 'Recorded a correction sanction' },
  'correction.sanction.propose': { zh: '提请社区矫正奖惩', en: 'Proposed a correction sanction' },
  'correction.sanction.approve': { zh: '审批通过奖惩建议', en: 'Approved a proposed sanction' },
  'correction.sanction.return': { zh: '退回奖惩建议', en: 'Returned a proposed sanction' },
  'correction.sanction.corrected': { zh: '登记奖惩后改正', en: 'Marked a sanction corrected' },
  'correction.joint.inspection': { zh: '登记联合检查', en: 'Recorded a joint inspection' },
  'correction.joint.rectified': { zh: '登记整改完成', en: 'Completed a rectification item' },
  'correction.joint.opinion': { zh: '登记检察纠正意见', en: 'Recorded a procuratorate opinion' },
  'correction.joint.answer': { zh: '书面回复纠正意见', en: 'Answered a procuratorate opinion' },
  'evidence.upload': { zh: '上传佐证材料', en: 'Uploaded evidence' },
  'evidence.delete': { zh: '删除佐证材料', en: 'Removed evidence' },
  'unit.create': { zh: '新建单位', en: 'Created unit' },
  'unit.office.add': { zh: '新增司法所', en: 'Added justice office' },
  'unit.office.remove': { zh: '删除司法所', en: 'Removed justice office' },
  'unit.committee.add': { zh: '新增调解委员会', en: 'Added mediation committee' },
  'unit.committee.remove': { zh: '删除调解委员会', en: 'Removed mediation committee' },
  'audit.chainKeyed': { zh: '审计链启用密钥', en: 'Audit chain keyed' },
};

/** An action not in the table still reads as words: its code, said as such. */
export function auditActionLabel(action: string): LocalizedText {
  return AUDIT_ACTIONS[action] ?? { zh: `其他操作（${action}）`, en: `Other (${action})` };
}

export const AUDIT_ENTITIES: Record<string, LocalizedText> = {
  user: { zh: '用户', en: 'User' },
  goal_book: { zh: '绩效目标', en: 'Goals' },
  review_comment: { zh: '审核意见', en: 'Review comment' },
  payment: { zh: '支付', en: 'Payment' },
  budget_revision: { zh: '预算调整', en: 'Budget revision' },
  unit_setting: { zh: '单位设置', en: 'Unit setting' },
  indicator_binding: { zh: '指标取数口径', en: 'Indicator metric' },
  indicator_value: { zh: '指标完成值', en: 'Indicator value' },
  register: { zh: '台账', en: 'Register' },
  evaluation_report: { zh: '绩效自评', en: 'Self-evaluation' },
  imported_evaluation: { zh: '历史自评表', en: 'Imported self-evaluation' },
  evaluation_scheme: { zh: '评分规则', en: 'Scoring scheme' },
  monitoring_report: { zh: '绩效监控', en: 'Monitoring report' },
  monitoring_line: { zh: '监控指标', en: 'Monitoring line' },
  monitoring_measure: { zh: '完善措施', en: 'Corrective measure' },
  monitoring_comment: { zh: '监控意见', en: 'Monitoring comment' },
  evidence_file: { zh: '佐证材料', en: 'Evidence file' },
  unit: { zh: '单位', en: 'Unit' },
  unit_office: { zh: '司法所与调解委员会', en: 'Offices and committees' },
  year_rollover: { zh: '年度结转', en: 'Year rollover' },
  target_proposal: { zh: '目标建议', en: 'Proposed target' },
  indicator_library: { zh: '指标库', en: 'Indicator library' },
  project: { zh: '项目', en: 'Project' },
  audit_log: { zh: '审计日志', en: 'Audit log' },
  correction_sanction: { zh: '社区矫正奖惩', en: 'Correction sanction' },
  correction_joint_inspection: { zh: '联合检查', en: 'Joint inspection' },
  correction_rectification: { zh: '整改事项', en: 'Rectification item' },
  correction_procuratorate_opinion: { zh: '检察纠正意见', en: 'Procuratorate opinion' },
  correction_vendor: { zh: '社区矫正监管平台', en: 'Monitoring vendor' },
  correction_sensitive_period: { zh: '社区矫正敏感期', en: 'Sensitive period' },
  correction_approval: { zh: '社区矫正审批事项', en: 'Correction request' },
  correction_person_step: { zh: '社区矫正环节', en: 'Correction step' },
  correction_activity: { zh: '社区矫正日常监管活动', en: 'Supervision activity' },
};

export const AUDIT_FIELDS: Record<string, LocalizedText> = {
  // year rollover and the indicator library
  from: { zh: '由年度', en: 'From year' },
  to: { zh: '结转到年度', en: 'To year' },
  projects: { zh: '项目数', en: 'Projects' },
  indicators: { zh: '指标数', en: 'Indicators' },
  bindings: { zh: '沿用取数口径', en: 'Bindings carried' },
  offices: { zh: '司法所与调解委员会', en: 'Offices and committees' },
  proposals: { zh: '目标建议', en: 'Proposed targets' },
  actualsFrom: { zh: '上年实际值来源', en: "Last year's actuals from" },
  decision: { zh: '处理', en: 'Decision' },
  proposed: { zh: '建议指标值', en: 'Proposed target' },
  target: { zh: '指标值', en: 'Target' },
  definition: { zh: '指标定义', en: 'Definition' },
  counted: { zh: '计入', en: 'Counted' },
  excluded: { zh: '不计入', en: 'Not counted' },
  unitOfMeasure: { zh: '计量单位', en: 'Unit' },
  direction: { zh: '方向', en: 'Direction' },
  added: { zh: '新增条目', en: 'Entries added' },
  names: { zh: '指标名称数', en: 'Names' },
  username: { zh: '用户名', en: 'Username' },
  displayName: { zh: '姓名', en: 'Name' },
  role: { zh: '角色', en: 'Role' },
  unitId: { zh: '单位', en: 'Unit' },
  grants: { zh: '可查看的其他单位', en: 'Other units granted' },
  sections: { zh: '负责的台账', en: 'Registers kept' },
  office: { zh: '司法所', en: 'Justice office' },
  disabled: { zh: '已停用', en: 'Disabled' },
  failures: { zh: '连续失败次数', en: 'Failures in a row' },
  lockedUntil: { zh: '锁定至', en: 'Locked until' },
  revision: { zh: '修订版本', en: 'Revision' },
  source: { zh: '来源', en: 'Source' },
  summary: { zh: '摘要', en: 'Summary' },
  changes: { zh: '改动', en: 'Changes' },
  projectCode: { zh: '项目编码', en: 'Project code' },
  paidOn: { zh: '支付日期', en: 'Date paid' },
  amountFen: { zh: '金额', en: 'Amount' },
  totalFen: { zh: '预算数', en: 'Budget' },
  voucherNo: { zh: '凭证号', en: 'Voucher' },
  payee: { zh: '收款方', en: 'Payee' },
  fundSource: { zh: '资金来源', en: 'Fund source' },
  status: { zh: '状态', en: 'Status' },
  voidReason: { zh: '作废原因', en: 'Void reason' },
  reason: { zh: '原因', en: 'Reason' },
  effectiveOn: { zh: '生效日期', en: 'Effective' },
  file: { zh: '文件', en: 'File' },
  fileName: { zh: '文件', en: 'File' },
  imported: { zh: '导入条数', en: 'Imported' },
  count: { zh: '条数', en: 'Count' },
  totalYuan: { zh: '合计', en: 'Total' },
  metric: { zh: '取数口径', en: 'Metric' },
  filter: { zh: '限定条件', en: 'Filter' },
  confirmedProposals: { zh: '确认的建议', en: 'Proposals confirmed' },
  value: { zh: '完成值', en: 'Value' },
  grade: { zh: '评价等级', en: 'Grade' },
  asOf: { zh: '截至日期', en: 'As of' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  returnReason: { zh: '退回原因', en: 'Return reason' },
  indicator: { zh: '指标', en: 'Indicator' },
  text: { zh: '意见', en: 'Comment' },
  view: { zh: '查看方式', en: 'View' },
  unmasked: { zh: '完整显示', en: 'Unmasked' },
  sealed: { zh: '封存记录', en: 'Sealed' },
  fields: { zh: '涉及字段', en: 'Fields' },
  changed: { zh: '改动的字段', en: 'Fields changed' },
  counts: { zh: '各表条数', en: 'Records per sheet' },
  overspendMode: { zh: '超支控制', en: 'Overspend control' },
  lightThresholds: { zh: '亮灯阈值', en: 'Light thresholds' },
  state: { zh: '状态', en: 'State' },
};

/** Internal ids that say nothing to a reader (the object's name is shown instead). */
const HIDDEN_FIELDS = new Set(['projectId', 'indicatorId', 'id', 'version', 'unitCode']);

const VALUE_WORDS: Record<string, LocalizedText> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交', en: 'submitted' },
  approved: { zh: '已审批', en: 'approved' },
  returned: { zh: '已退回', en: 'returned' },
  active: { zh: '有效', en: 'active' },
  void: { zh: '已作废', en: 'void' },
  fiscal: { zh: '财政资金', en: 'fiscal funds' },
  other: { zh: '其他资金', en: 'other funds' },
  stop: { zh: '禁止超支', en: 'refuse' },
  warn: { zh: '超支提醒', en: 'warn' },
  import: { zh: '导入', en: 'import' },
  edit: { zh: '编辑', en: 'edit' },
  detail: { zh: '详情', en: 'detail' },
  list: { zh: '列表', en: 'list' },
  export: { zh: '导出', en: 'export' },
  drill: { zh: '下钻', en: 'drill-down' },
};

/** One recorded value as a person reads it. */
export function formatAuditValue(key: string, value: unknown): LocalizedText {
  if (value === null || value === undefined || value === '') return { zh: '（空）', en: '(empty)' };
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (key.endsWith('Fen') && typeof value === 'number') {
    const yuan = formatFen(value, '元');
    return { zh: `${yuan} 元`, en: `${yuan} yuan` };
  }
  if (key === 'role' && typeof value === 'string' && value in ROLE_LABEL) return { zh: ROLE_LABEL[value as TRole], en: ROLE_LABEL_EN[value as TRole] };
  if (typeof value === 'string') return VALUE_WORDS[value] ?? { zh: value, en: value };
  if (typeof value === 'number') return { zh: String(value), en: String(value) };
  if (Array.isArray(value)) {
    if (key === 'changes') return { zh: `${value.length} 处`, en: `${value.length}` };
    // lists of field keys (which fields changed, which personal fields were read) read as their labels
    if ((key === 'changed' || key === 'fields') && value.every((v) => typeof v === 'string')) {
      const labels = (value as string[]).map((k) => AUDIT_FIELDS[k] ?? { zh: k, en: k });
      return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
    }
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const parts = value.map((v) => formatAuditValue(key, v));
      return { zh: parts.map((p) => p.zh).join('、') || '（无）', en: parts.map((p) => p.en).join(', ') || '(none)' };
    }
    return { zh: `${value.length} 项`, en: `${value.length} items` };
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const label = AUDIT_FIELDS[k] ?? { zh: k, en: k };
      const text = formatAuditValue(k, v);
      return { zh: `${label.zh}：${text.zh}`, en: `${label.en}: ${text.en}` };
    });
    return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
  }
  return { zh: String(value), en: String(value) };
}

export interface TAuditChange {
  key: string;
  label: LocalizedText;
  before: LocalizedText | null;
  after: LocalizedText | null;
  changed: boolean;
}

const asRecord = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/**
 * Before and after as rows of field, old value, new value, in the order the entry recorded them, each
 * marked whether it changed. A side the entry does not have (a creation has no before) is null.
 * `labelOf` names fields the table does not know (a register's own fields).
 */
export function auditChanges(before: unknown, after: unknown, labelOf: (key: string) => LocalizedText | undefined = () => undefined): TAuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN_FIELDS.has(k));
  return keys.map((key) => {
    const inB = b !== null && key in b;
    const inA = a !== null && key in a;
    return {
      key,
      label: AUDIT_FIELDS[key] ?? labelOf(key) ?? { zh: key, en: key },
      before: inB ? formatAuditValue(key, b![key]) : null,
      after: inA ? formatAuditValue(key, a![key]) : null,
      changed: b !== null && a !== null ? JSON.stringify(b[key]) !== JSON.stringify(a[key]) : false,
    };
  });
}
