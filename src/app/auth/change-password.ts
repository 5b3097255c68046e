import { checkPasswordPolicy } from '../../core/access/password-policy.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { deleteLoginThrottles, deleteSessionsOfUser, findUserById, updateUser } from '../../repositories/user.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { isCommonPassword } from './common-passwords.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** The user changes their own password; their other sessions end. */
export async function changePassword(options: { db: Db; actor: Actor; userId: number; sessionId: string; currentPassword: string; newPassword: string }): Promise<void> {
  const user = await findUserById(options.db, options.userId);
  if (!user) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'No such user' });
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) throw new DomainError('VALIDATION_FAILED', { zh: '当前密码不正确', en: 'The current password is wrong' });
  const problem = checkPasswordPolicy(options.newPassword, { username: user.username, isCommon: isCommonPassword });
  if (problem) throw new DomainError('VALIDATION_FAILED', problem);
  if (options.newPassword === options.currentPassword) throw new DomainError('VALIDATION_FAILED', { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' });
  const passwordHash = await hashPassword(options.newPassword);
  await options.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
    await deleteSessionsOfUser(tx, user.id, options.sessionId);
    await recordAudit(tx, { actor: options.actor, unitId: user.unitId, action: 'user.changePassword', entity: 'user', entityId: String(user.id) });
  });
}

/** An administrator sets a temporary password (and lifts sign-in locks); the user must change it at next sign-in. */
export async function resetPassword(options: { db: Db; actor: Actor; userId: number; newPassword: string }): Promise<void> {
  const target = await findUserById(options.db, options.userId);
  if (!target) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'No such user' });
  const problem = checkPasswordPolicy(options.newPassword, { username: target.username, isCommon: isCommonPassword });
  if (problem) throw new DomainError('VALIDATION_FAILED', problem);
  const passwordHash = await hashPassword(options.newPassword);
  await options.db.transaction(async (tx) => {
    const user = await updateUser(tx, options.userId, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() });
    if (!user) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'No such user' });
    await deleteSessionsOfUser(tx, user.id);
    await deleteLoginThrottles(tx, user.username);
    await recordAudit(tx, { actor: options.actor, unitId: user.unitId, action: 'user.resetPassword', entity: 'user', entityId: String(user.id) });
  });
}
