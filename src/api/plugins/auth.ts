import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../core/access/permissions.js';
import type { TUnitScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import { ZUnitYearParams } from '../../contract/api/common.js';
import { resolveSession } from '../../app/auth/sessions.js';
import { subjectOf, type AuthUser } from '../../app/auth/auth-user.js';
import { resolveScope } from '../../app/units/resolve-scope.js';
import type { Actor } from '../../app/actor.js';
import type { RouteAccess } from '../types.js';

export interface RouteAccessEntry {
  method: string;
  url: string;
  access: RouteAccess;
  /** the schema of the 200 reply the route declares (the contract test pairs it with src/contract/api/endpoints.ts) */
  reply?: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** every /api route with the access it declares: the route × role test matrix walks this */
    routeAccess: RouteAccessEntry[];
  }
}

export const SESSION_COOKIE = 'jixiao_session';
export const CSRF_COOKIE = 'jixiao_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return { userId: user?.id ?? null, name: user?.username ?? 'anonymous', ip: request.ip };
}

export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new DomainError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' });
  return request.user;
}

/** The scope resolved for the unit a :unitCode parameter names (core/access/scope.ts). */
export function requireScope(request: FastifyRequest): TUnitScope {
  if (!request.scope) throw new Error('route has no :unitCode parameter');
  return request.scope;
}

/**
 * Runs on every request before validation, in this order: find the session (401 without one), check
 * the CSRF token on writes, refuse everything but the routes marked `beforePasswordChange` while the
 * user must change an administrator-set password (403 PASSWORD_CHANGE_REQUIRED), check the route's
 * permission for the user's role (403), then — when the path names a unit — resolve the user's scope
 * under that unit (`request.scope`; 403 when they may not read it). Routes declare their access in
 * `config.access`; an /api route that declares none fails at registration, so nothing is open by
 * omission.
 */
export default fp(async function auth(app: FastifyInstance) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('scope', null);
  const table: RouteAccessEntry[] = [];
  app.decorate('routeAccess', table);

  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api')) return;
    if (url.startsWith('/api/docs')) {
      route.config = { ...route.config, access: 'public' };
      return;
    }
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${url} declares no access (config.access): refusing to register it`);
    const reply = (route.schema?.response as Record<number, unknown> | undefined)?.[200];
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url, access, reply });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!request.url.startsWith('/api') || access === undefined) return;

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const policy = { idleMinutes: app.appConfig.JIXIAO_SESSION_IDLE_MINUTES, maxHours: app.appConfig.JIXIAO_SESSION_MAX_HOURS };
      const session = await resolveSession({ db: app.database.db, token, policy });
      if (session) {
        request.user = session.user;
        request.sessionId = session.id;
        if (UNSAFE.has(request.method) && access !== 'public') {
          const header = request.headers[CSRF_HEADER];
          if (header !== session.csrfToken) throw new DomainError('CSRF_REJECTED', { zh: '请求缺少有效的 CSRF 令牌，请刷新页面后重试', en: 'The request lacks a valid CSRF token: reload the page and try again' });
        }
      }
    }
    if (access === 'public') return;
    const user = request.user;
    if (!user) throw new DomainError('UNAUTHENTICATED', { zh: '请先登录（会话不存在或已过期）', en: 'Please sign in (no session, or it has expired)' });
    if (user.mustChangePassword && !request.routeOptions.config.beforePasswordChange) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', { zh: '请先修改管理员为您设置的初始密码，再进行其他操作', en: 'Change the initial password an administrator set for you before doing anything else' });
    }
    if (access !== 'authenticated' && !can(user.role, access)) {
      throw new DomainError('FORBIDDEN', { zh: '您的角色无权进行此操作', en: 'Your role may not do this' });
    }
    const unitCode = (request.params as Record<string, string> | undefined)?.unitCode;
    if (unitCode !== undefined) {
      // the unit is looked up before the route's own validation: the same contract check first
      const checked = ZUnitYearParams.shape.unitCode.safeParse(unitCode);
      if (!checked.success) {
        throw new DomainError('VALIDATION_FAILED', { zh: `路径参数不正确：unitCode ${checked.error.issues.map((i) => i.message).join('；')}`, en: `Invalid path parameter: unitCode ${checked.error.issues.map((i) => i.message).join('; ')}` }, {
          issues: checked.error.issues.map((i) => ({ path: 'unitCode', message: i.message })),
        });
      }
      request.scope = await resolveScope({ db: app.database.db, subject: subjectOf(user), unitCode });
    }
  });
});
