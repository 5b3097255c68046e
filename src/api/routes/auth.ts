import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

import { timingSafeEqual } from 'node:crypto';
import { changePassword } from '../../app/auth/change-password.js';
import { createUser } from '../../app/auth/create-user.js';
import { login, logout } from '../../app/auth/sessions.js';
import { DomainError } from '../../core/errors.js';
import { hasNoAccounts } from '../../app/auth/needs-setup.js';
import { ZChangePasswordBody, ZLoginBody, ZSessionView, ZSetupBody, ZAuthUser, ZSetupState } from '../../contract/api/auth-api.js';
import { ERROR_RESPONSES, ZOk } from '../../contract/api/common.js';
import { actorOf, CSRF_COOKIE, requireUser, SESSION_COOKIE } from '../plugins/auth.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** one-time token for creating the first administrator; null once any account exists */
    setupToken: { value: string | null };
  }
}

function setSessionCookies(app: FastifyInstance, reply: FastifyReply, token: string, csrfToken: string) {
  const secure = app.appConfig.JIXIAO_SECURE_COOKIES;
  const maxAge = app.appConfig.JIXIAO_SESSION_MAX_HOURS * 3600;
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge });
  // readable by the page's script, which echoes it in the x-csrf-token header (double submit)
  reply.setCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'strict', secure, path: '/', maxAge });
}

export default async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const policy = () => ({ idleMinutes: app.appConfig.JIXIAO_SESSION_IDLE_MINUTES, maxHours: app.appConfig.JIXIAO_SESSION_MAX_HOURS });

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Sign in', body: ZLoginBody, response: { 200: ZSessionView, ...ERROR_RESPONSES, 423: ERROR_RESPONSES[401] } },
    },
    async (request, reply) => {
      const result = await login({ db: app.database.db, username: request.body.username, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'], policy: policy() });
      setSessionCookies(app, reply, result.token, result.csrfToken);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  r.post('/api/auth/logout', { config: { access: 'authenticated', beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: ZOk, ...ERROR_RESPONSES } } }, async (request, reply) => {
    await logout({ db: app.database.db, sessionId: request.sessionId!, user: requireUser(request), ip: request.ip });
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/auth/me', { config: { access: 'authenticated', beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: ZAuthUser, ...ERROR_RESPONSES } } }, async (request) => requireUser(request));

  r.post(
    '/api/auth/password',
    { config: { access: 'authenticated', beforePasswordChange: true }, schema: { tags: ['auth'], summary: 'Change my password', body: ZChangePasswordBody, response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      const user = requireUser(request);
      await changePassword({ db: app.database.db, actor: actorOf(request), userId: user.id, sessionId: request.sessionId!, ...request.body });
      return { ok: true as const };
    },
  );

  r.get('/api/setup', { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Whether the first administrator still has to be created', response: { 200: ZSetupState } } }, async () => ({
    needed: app.setupToken.value !== null && (await hasNoAccounts({ db: app.database.db })),
  }));

  r.post(
    '/api/setup',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Create the first administrator with the one-time token from the server console', body: ZSetupBody, response: { 200: ZOk, ...ERROR_RESPONSES } },
    },
    async (request) => {
      const expected = app.setupToken.value;
      if (expected === null || !(await hasNoAccounts({ db: app.database.db }))) throw new DomainError('SETUP_DONE', { zh: '系统已有管理员账号，请直接登录', en: 'An administrator account already exists: sign in' });
      const given = Buffer.from(request.body.token);
      const want = Buffer.from(expected);
      if (given.length !== want.length || !timingSafeEqual(given, want)) throw new DomainError('FORBIDDEN', { zh: '一次性设置令牌不正确：请使用服务器启动时控制台打印的令牌', en: 'Wrong one-time setup token: use the token printed on the server console at start-up' });
      await createUser({ db: app.database.db, actor: actorOf(request), username: request.body.username, displayName: request.body.displayName, password: request.body.password, role: 'admin', unitCode: null });
      app.setupToken.value = null;
      return { ok: true as const };
    },
  );
}
