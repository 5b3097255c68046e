import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import {
  deleteSession,
  findSession,
  findUserById,
  findUserByUsername,
  insertSession,
  touchSession,
  updateUser,
} from '../../repositories/user.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { toAuthUser, type AuthUser } from './auth-user.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: AuthUser;
}

/**
 * Sign in. Wrong passwords count towards a lock-out (5 in a row lock the account for 15 minutes);
 * unknown names take as long as wrong passwords, and both get the same message.
 */
export async function login(options: {
  db: Db;
  username: string;
  password: string;
  ip: string;
  userAgent?: string | undefined;
  policy: SessionPolicy;
  now?: Date;
}): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const user = await findUserByUsername(options.db, options.username);
  if (!user || user.disabled) {
    await verifyPassword(await dummyPasswordHash(), options.password);
    throw new DomainError('UNAUTHENTICATED', '用户名或密码不正确');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError('ACCOUNT_LOCKED', `连续输错密码次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系管理员`, { lockedUntil: user.lockedUntil.toISOString() });
  }
  const actor = { userId: user.id, name: user.username, ip: options.ip };
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    const attempts = (user.lockedUntil && user.lockedUntil <= now ? 0 : user.failedAttempts) + 1;
    const locked = attempts >= MAX_FAILED_ATTEMPTS;
    await options.db.transaction(async (tx) => {
      await updateUser(tx, user.id, { failedAttempts: attempts, lockedUntil: locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null });
      await recordAudit(tx, { actor, unitId: user.unitId, action: locked ? 'auth.locked' : 'auth.loginFailed', entity: 'user', entityId: String(user.id), after: { attempts } });
    });
    if (locked) throw new DomainError('ACCOUNT_LOCKED', `连续输错密码 ${MAX_FAILED_ATTEMPTS} 次，账号已锁定 ${LOCK_MINUTES} 分钟`);
    throw new DomainError('UNAUTHENTICATED', '用户名或密码不正确');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await options.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { failedAttempts: 0, lockedUntil: null });
    await insertSession(tx, {
      id: sessionId(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + options.policy.maxHours * 3_600_000),
      ip: options.ip,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, { actor, unitId: user.unitId, action: 'auth.login', entity: 'user', entityId: String(user.id) });
  });
  return { token, csrfToken, user: await toAuthUser(options.db, user) };
}

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  user: AuthUser;
}

/** The session behind a cookie token, or null when it is unknown, idle too long or past its lifetime. */
export async function resolveSession(options: { db: Db; token: string; policy: SessionPolicy; now?: Date }): Promise<ResolvedSession | null> {
  const now = options.now ?? new Date();
  const id = sessionId(options.token);
  const session = await findSession(options.db, id);
  if (!session) return null;
  const idleLimit = new Date(session.lastSeenAt.getTime() + options.policy.idleMinutes * 60_000);
  if (session.expiresAt <= now || idleLimit <= now) {
    await deleteSession(options.db, id);
    return null;
  }
  const user = await findUserById(options.db, session.userId);
  if (!user || user.disabled) return null;
  // keep writes rare: refresh the idle clock at most once a minute
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(options.db, id, now);
  return { id, csrfToken: session.csrfToken, user: await toAuthUser(options.db, user) };
}

export async function logout(options: { db: Db; sessionId: string; user: AuthUser; ip: string }): Promise<void> {
  await options.db.transaction(async (tx) => {
    await deleteSession(tx, options.sessionId);
    await recordAudit(tx, {
      actor: { userId: options.user.id, name: options.user.username, ip: options.ip },
      unitId: options.user.unit?.id ?? null,
      action: 'auth.logout',
      entity: 'user',
      entityId: String(options.user.id),
    });
  });
}
