import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { afterFailure, FORGET_AFTER_HOURS, lockedMinutesLeft } from '../../core/access/login-throttle.js';
import {
  deleteLoginThrottles,
  deleteSession,
  deleteStaleLoginThrottles,
  findLoginThrottle,
  findSession,
  findUserById,
  findUserByUsername,
  insertSession,
  saveLoginThrottle,
  touchSession,
} from '../../repositories/user.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { toAuthUser, type AuthUser } from './auth-user.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';

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

const WRONG_CREDENTIALS = { zh: '用户名或密码不正确', en: 'Wrong username or password' };

/**
 * Sign in. Failures are counted per (name as typed, source address) with back-off
 * (`core/access/login-throttle.ts`): a known and an unknown name get the same answers at the same cost
 * (a password hash is checked for both; a locked pair checks none), and failures from one address never
 * lock the name for anyone elsewhere — nobody can lock the administrator out from their own machine.
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
  const { username, ip: source } = options;
  const throttle = await findLoginThrottle(options.db, username, source);
  const left = lockedMinutesLeft(throttle, now);
  if (left > 0) {
    throw new DomainError('ACCOUNT_LOCKED', { zh: `登录失败次数过多，请 ${left} 分钟后再试`, en: `Too many failed sign-ins: try again in ${left} minute(s)` }, { lockedUntil: throttle!.lockedUntil!.toISOString() });
  }
  const found = await findUserByUsername(options.db, username);
  const user = found && !found.disabled ? found : undefined;
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), options.password);
  if (!user || !ok) {
    const next = afterFailure(throttle, now);
    await options.db.transaction(async (tx) => {
      await saveLoginThrottle(tx, { username, source, ...next });
      await deleteStaleLoginThrottles(tx, new Date(now.getTime() - FORGET_AFTER_HOURS * 3_600_000), now);
      await recordAudit(tx, {
        actor: { userId: user?.id ?? null, name: username, ip: source },
        unitId: user?.unitId ?? null,
        action: next.lockedUntil ? 'auth.locked' : 'auth.loginFailed',
        entity: 'user',
        entityId: user ? String(user.id) : null,
        after: { failures: next.failures, ...(next.lockedUntil ? { lockedUntil: next.lockedUntil.toISOString() } : {}) },
      });
    });
    if (next.lockedUntil) {
      const minutes = lockedMinutesLeft(next, now);
      throw new DomainError('ACCOUNT_LOCKED', { zh: `登录失败次数过多，请 ${minutes} 分钟后再试`, en: `Too many failed sign-ins: try again in ${minutes} minute(s)` }, { lockedUntil: next.lockedUntil.toISOString() });
    }
    throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  const actor = { userId: user.id, name: user.username, ip: source };
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await options.db.transaction(async (tx) => {
    if (throttle) await deleteLoginThrottles(tx, username, source);
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
  // keep writes rare but never let an active session lapse: refresh once a quarter of the idle time has
  // passed, so a user active at least every three quarters of it stays signed in (even at 1 minute)
  if (now.getTime() - session.lastSeenAt.getTime() >= (options.policy.idleMinutes * 60_000) / 4) await touchSession(options.db, id, now);
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
