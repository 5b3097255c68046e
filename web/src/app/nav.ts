import type { MessageKey } from '../i18n/zh';
import type { TPermission } from '../../../src/core/access/permissions';
import type { TRegisterKind } from '../../../src/core/register-kinds';

/**
 * The menu, declared once: each entry's label is an i18n key and its permission the same one the API
 * checks, so nobody is shown a page whose data the API would refuse them.
 */
export interface NavItem {
  key: string;
  label: MessageKey;
  /** path below /u/:unit/:year, or an absolute path when it starts with '!' */
  path: string;
  permission: TPermission;
  /** a page of one register's records: shown only to those who may read that register (a 业务科室 its own) */
  registerKind?: TRegisterKind;
  group?: 'goals' | 'execution' | 'admin';
}

export const NAV: NavItem[] = [
  { key: 'home', label: 'menu.home', path: 'home', permission: 'indicator.read', group: 'goals' },
  { key: 'overview', label: 'menu.overview', path: 'overview', permission: 'goalBook.read', group: 'goals' },
  { key: 'projects', label: 'menu.projects', path: 'projects', permission: 'goalBook.read', group: 'goals' },
  { key: 'department', label: 'menu.department', path: 'department', permission: 'goalBook.read', group: 'goals' },
  { key: 'review', label: 'menu.review', path: 'review', permission: 'review.read', group: 'goals' },
  { key: 'revisions', label: 'menu.revisions', path: 'revisions', permission: 'goalBook.read', group: 'goals' },
  { key: 'library', label: 'menu.library', path: 'library', permission: 'library.read', group: 'goals' },
  { key: 'rollover', label: 'menu.rollover', path: 'rollover', permission: 'goalBook.read', group: 'goals' },
  { key: 'import', label: 'menu.import', path: '!/import', permission: 'goalBook.write', group: 'goals' },
  { key: 'spending', label: 'menu.spending', path: 'spending', permission: 'spending.read', group: 'execution' },
  { key: 'payments', label: 'menu.payments', path: 'payments', permission: 'spending.read', group: 'execution' },
  { key: 'monitoring', label: 'menu.monitoring', path: 'monitoring', permission: 'monitoring.read', group: 'execution' },
  // registers and indicator progress
  { key: 'indicators', label: 'menu.indicators', path: 'indicators', permission: 'indicator.read', group: 'execution' },
  { key: 'registers', label: 'menu.registers', path: 'registers', permission: 'register.read', group: 'execution' },
  { key: 'jointWork', label: 'menu.jointWork', path: 'correction/joint-work', permission: 'register.read', registerKind: 'correction', group: 'execution' },
  { key: 'aftercare', label: 'menu.aftercare', path: 'resettlement/aftercare', permission: 'register.read', registerKind: 'resettlement', group: 'execution' },
  { key: 'correction', label: 'menu.correction', path: 'correction', permission: 'register.read', registerKind: 'correction', group: 'execution' },
  { key: 'evaluation', label: 'menu.evaluation', path: 'evaluation', permission: 'evaluation.read', group: 'execution' },
  { key: 'county', label: 'menu.county', path: 'county', permission: 'spending.read', group: 'execution' },
  { key: 'users', label: 'menu.users', path: '!/admin/users', permission: 'user.manage', group: 'admin' },
  { key: 'units', label: 'menu.units', path: '!/admin/units', permission: 'user.manage', group: 'admin' },
  { key: 'audit', label: 'menu.audit', path: '!/admin/audit', permission: 'audit.read', group: 'admin' },
];

export function navHref(item: NavItem, base: string | null): string | null {
  if (item.path.startsWith('!')) return item.path.slice(1);
  return base ? `${base}/${item.path}` : null;
}
