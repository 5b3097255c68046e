/**
 * Who may do what, in one place. Every API route names one permission; the web reads the same table
 * to hide what the API would refuse anyway. Changing a role's rights is an edit to this file alone.
 */

export const ROLES = ['admin', 'finance', 'section', 'office', 'leader', 'reviewer'] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABEL: Record<TRole, string> = {
  admin: '系统管理员',
  finance: '财务人员',
  section: '业务科室',
  office: '司法所',
  leader: '局领导',
  reviewer: '财政审核',
};

export const ROLE_LABEL_EN: Record<TRole, string> = {
  admin: 'Administrator',
  finance: 'Finance',
  section: 'Section',
  office: 'Justice office',
  leader: 'Bureau leader',
  reviewer: 'Finance reviewer',
};

const ALL: readonly TRole[] = ROLES;

export const PERMISSIONS = {
  'goalBook.read': { label: '查看绩效目标', roles: ALL },
  'goalBook.write': { label: '导入、编辑绩效目标', roles: ['admin', 'finance'] },
  'review.read': { label: '查看目标审核意见', roles: ALL },
  'review.comment': { label: '填写审核意见', roles: ['finance', 'leader', 'reviewer'] },
  'review.apply': { label: '一键修正审核问题', roles: ['admin', 'finance'] },
  'spending.read': { label: '查看预算执行', roles: ['admin', 'finance', 'leader', 'reviewer', 'section'] },
  'spending.write': { label: '登记支付、调整预算', roles: ['finance'] },
  'settings.write': { label: '修改单位设置', roles: ['admin', 'finance'] },
  // the outside 财政审核 reviewer sees indicator figures (indicator.read), never register records
  'register.read': { label: '查看业务台账', roles: ['admin', 'finance', 'section', 'office', 'leader'] },
  'register.write': { label: '录入业务台账', roles: ['section', 'office'] },
  // 电子定位 tracks (社区矫正法 Art.29): the supervising 司法所 (its own office) and the approving bureau head
  'correction.location': { label: '查看社区矫正对象定位信息', roles: ['office', 'leader'] },
  // correction requests (外出, 电子定位, 分类调整 …): each decided at the level the rules name (core/correction/approvals.ts)
  'correction.approve': { label: '审批社区矫正事项', roles: ['office', 'section', 'leader'] },
  'personalData.unmask': { label: '查看完整个人信息', roles: ['section', 'office', 'leader'] },
  // 社区矫正奖惩: grounds are sensitive personal data, so neither finance nor the administrator reads them
  'correction.sanction.read': { label: '查看社区矫正奖惩', roles: ['section', 'office', 'leader'] },
  'correction.sanction.record': { label: '登记、提请社区矫正奖惩', roles: ['section', 'office'] },
  'correction.sanction.decide': { label: '审批社区矫正奖惩建议', roles: ['section', 'leader'] },
  'indicator.read': { label: '查看指标完成情况', roles: ALL },
  'indicator.bind': { label: '绑定指标取数口径', roles: ['admin', 'finance', 'section'] },
  'indicatorValue.enter': { label: '填报指标完成值', roles: ['finance', 'section', 'office'] },
  'indicatorValue.approve': { label: '审批指标完成值', roles: ['leader', 'finance'] },
  // 绩效运行监控: sections fill their lines, finance assembles and submits, the leader approves and may
  // reopen with a reason, the 财政审核 reviewer reads and comments
  'monitoring.read': { label: '查看绩效运行监控', roles: ['admin', 'finance', 'section', 'leader', 'reviewer'] },
  'monitoring.fill': { label: '填写绩效监控（完成可能性、偏差原因、完善措施）', roles: ['finance', 'section'] },
  'monitoring.submit': { label: '汇总提交绩效监控报告', roles: ['finance'] },
  'monitoring.approve': { label: '审批绩效监控报告', roles: ['leader'] },
  'monitoring.reopen': { label: '锁定、重新打开绩效监控报告', roles: ['leader'] },
  'monitoring.comment': { label: '填写绩效监控审核意见', roles: ['finance', 'leader', 'reviewer'] },
  // 绩效自评: sections fill their lines, finance assembles and submits, the leader approves (and reopens),
  // 财政审核 reads, comments and asks for 复核
  'evaluation.read': { label: '查看绩效自评', roles: ALL },
  'evaluation.fill': { label: '填写绩效自评（偏差原因、评价得分）', roles: ['finance', 'section'] },
  'evaluation.submit': { label: '汇总提交绩效自评、签署得分', roles: ['finance'] },
  'evaluation.approve': { label: '审批绩效自评（通过、退回、重新打开）', roles: ['leader'] },
  'evaluation.comment': { label: '对绩效自评提出意见或复核', roles: ['finance', 'leader', 'reviewer'] },
  'evaluation.scheme': { label: '修改自评评分规则', roles: ['admin', 'finance'] },
  'year.rollover': { label: '年度结转、确认目标建议', roles: ['admin', 'finance'] },
  'library.read': { label: '查看指标库', roles: ALL },
  'library.write': { label: '维护指标库', roles: ['admin', 'finance'] },
  'user.manage': { label: '管理用户与授权', roles: ['admin'] },
  'audit.read': { label: '查看审计日志', roles: ['admin', 'leader'] },
} as const satisfies Record<string, { label: string; roles: readonly TRole[] }>;

export type TPermission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as TPermission[];

export function can(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission].roles as readonly TRole[]).includes(role);
}

export function permissionsOf(role: TRole): TPermission[] {
  return PERMISSION_NAMES.filter((p) => can(role, p));
}
