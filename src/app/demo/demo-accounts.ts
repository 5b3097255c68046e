import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TRole } from '../../core/access/permissions.js';
import type { Db } from '../../db/client.js';
import { countUsers } from '../../repositories/user.repository.js';
import { ensureUnit } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { createUser, generatePassword } from '../auth/create-user.js';

/**
 * Demo accounts, one per role, for the sample unit. They are created only on an empty database by
 * `npm start`; their random passwords are kept in <data>/demo-accounts.json (mode 0600) so every
 * start can print them. A real installation creates its first administrator instead.
 */

export interface DemoAccount {
  username: string;
  displayName: string;
  role: TRole;
  password: string;
  unitCode: string | null;
  grantedUnitCodes?: string[];
  sections?: string[];
  office?: string;
}

export const DEMO_FINANCE_BUREAU = { code: '301001', name: '乐亭县财政局' };

const ACCOUNTS: Omit<DemoAccount, 'password'>[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', unitCode: null },
  { username: 'caiwu', displayName: '财务科 张会计', role: 'finance', unitCode: '315002' },
  { username: 'lingdao', displayName: '局长 王局长', role: 'leader', unitCode: '315002' },
  { username: 'fayuan', displayName: '法律援助中心 李主任', role: 'section', unitCode: '315002', sections: ['legal-aid', 'survey'] },
  { username: 'jiceng', displayName: '基层科 刘科长', role: 'section', unitCode: '315002', sections: ['mediation', 'legal-service', 'resettlement', 'publicity', 'rule-of-law', 'procurement'] },
  { username: 'jiaozheng', displayName: '社区矫正科 陈科长', role: 'section', unitCode: '315002', sections: ['correction'] },
  { username: 'hujiatuo', displayName: '胡家坨司法所 赵所长', role: 'office', unitCode: '315002', office: '胡家坨司法所' },
  { username: 'caizheng', displayName: '财政局 绩效科 周科长', role: 'reviewer', unitCode: DEMO_FINANCE_BUREAU.code, grantedUnitCodes: ['315002'] },
];

const fileOf = (dataDir: string) => path.join(dataDir, 'demo-accounts.json');

export function readDemoAccounts(dataDir: string): DemoAccount[] {
  const file = fileOf(dataDir);
  if (!existsSync(file)) return [];
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  } catch {
    return [];
  }
}

export async function createDemoAccounts(options: { db: Db; dataDir: string; actor: Actor }): Promise<DemoAccount[]> {
  if ((await countUsers(options.db)) > 0) return [];
  await ensureUnit(options.db, DEMO_FINANCE_BUREAU);
  const created: DemoAccount[] = [];
  for (const account of ACCOUNTS) {
    const password = generatePassword();
    await createUser({ db: options.db, actor: options.actor, ...account, password });
    created.push({ ...account, password });
  }
  writeFileSync(fileOf(options.dataDir), JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}
