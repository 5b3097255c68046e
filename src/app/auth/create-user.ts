import { randomBytes } from 'node:crypto';
import { ROLES, type TRole } from '../../core/access/permissions.js';
import { checkPasswordPolicy } from '../../core/access/password-policy.js';
import { DATA_SCOPES, defaultDataScope, type TDataScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode } from '../../repositories/goal-book.repository.js';
import { findUserByUsername, insertUser, replaceGrants } from '../../repositories/user.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { isCommonPassword } from './common-passwords.js';
import { hashPassword } from './passwords.js';

export interface CreateUserOptions {
  db: Db;
  actor: Actor;
  username: string;
  displayName: string;
  password: string;
  role: TRole;
  unitCode?: string | null | undefined;
  grantedUnitCodes?: string[] | undefined;
  sections?: string[] | undefined;
  office?: string | null | undefined;
  /** data-scope rule; by default what the role reaches (core/access/scope.ts defaultDataScope) */
  dataScope?: TDataScope | undefined;
  mustChangePassword?: boolean;
}

/** A random password that satisfies the policy (for demo accounts and admin resets). */
export function generatePassword(): string {
  const base = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `Jx${base}#7`;
}

export async function createUser(options: CreateUserOptions): Promise<{ id: number }> {
  if (!/^[A-Za-z0-9_.-]{2,40}$/.test(options.username)) throw new DomainError('VALIDATION_FAILED', { zh: '用户名只能包含字母、数字、下划线、点和减号，长度 2–40', en: 'A username has 2–40 letters, digits, underscores, dots or hyphens' });
  if (!ROLES.includes(options.role)) throw new DomainError('VALIDATION_FAILED', { zh: `未知角色“${options.role}”，应为 ${ROLES.join(' / ')}`, en: `Unknown role “${options.role}”: expected ${ROLES.join(' / ')}` });
  const problem = checkPasswordPolicy(options.password, { username: options.username, isCommon: isCommonPassword });
  if (problem) throw new DomainError('VALIDATION_FAILED', problem);
  if (options.role !== 'admin' && !options.unitCode) throw new DomainError('VALIDATION_FAILED', { zh: '除系统管理员外，用户必须属于一个单位（--unit）', en: 'Every user but a system administrator belongs to a unit (--unit)' });
  if (options.role === 'office' && !options.office) throw new DomainError('VALIDATION_FAILED', { zh: '司法所用户须指定所属司法所', en: 'A justice-office user needs their office' });
  if (options.role === 'section' && (options.sections ?? []).length === 0) throw new DomainError('VALIDATION_FAILED', { zh: '业务科室用户须指定负责的台账', en: 'A section user needs the registers they keep' });
  if (options.dataScope !== undefined && !DATA_SCOPES.includes(options.dataScope)) throw new DomainError('VALIDATION_FAILED', { zh: `未知数据权限“${options.dataScope}”，应为 ${DATA_SCOPES.join(' / ')}`, en: `Unknown data scope “${options.dataScope}”: expected ${DATA_SCOPES.join(' / ')}` });
  const passwordHash = await hashPassword(options.password);
  return options.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, options.username)) throw new DomainError('CONFLICT', { zh: `用户名“${options.username}”已存在`, en: `The username “${options.username}” is taken` });
    const unitIdOf = async (code: string) => {
      const unit = await findUnitByCode(tx, code);
      if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${code} 的单位；请先导入该单位的绩效目标`, en: `There is no unit with code ${code}: import that unit's performance goals first` });
      return unit.id;
    };
    const unitId = options.unitCode ? await unitIdOf(options.unitCode) : null;
    const user = await insertUser(tx, {
      username: options.username,
      displayName: options.displayName,
      passwordHash,
      role: options.role,
      unitId,
      sections: options.sections ?? [],
      office: options.office ?? null,
      dataScope: options.dataScope ?? defaultDataScope(options.role, unitId),
      mustChangePassword: options.mustChangePassword ?? false,
    });
    const grants = await Promise.all((options.grantedUnitCodes ?? []).map(unitIdOf));
    await replaceGrants(tx, user.id, grants);
    await recordAudit(tx, {
      actor: options.actor,
      unitId,
      action: 'user.create',
      entity: 'user',
      entityId: String(user.id),
      after: { username: user.username, displayName: user.displayName, role: user.role, unitId, grants, sections: user.sections, office: user.office, dataScope: user.dataScope },
    });
    return { id: user.id };
  });
}
