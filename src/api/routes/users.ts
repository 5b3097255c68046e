import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../app/auth/create-user.js';
import { resetPassword } from '../../app/auth/change-password.js';
import { updateUserAccount } from '../../app/auth/update-user.js';
import { listUserAccounts } from '../../app/auth/list-users.js';
import { ZUserInput, ZUserPatch, ZUserList } from '../../contract/api/auth-api.js';
import { ERROR_RESPONSES, ZOk, ZText } from '../../contract/api/common.js';
import { actorOf } from '../plugins/auth.js';

export default async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const db = () => app.database.db;
  const ZIdParams = z.object({ id: z.coerce.number().int().positive() });

  r.get('/api/users', { config: { access: 'user.manage' }, schema: { tags, summary: 'All accounts', response: { 200: ZUserList, ...ERROR_RESPONSES } } }, async () =>
    listUserAccounts({ db: db(), now: new Date() }),
  );

  r.post('/api/users', { config: { access: 'user.manage' }, schema: { tags, summary: 'Create an account', body: ZUserInput, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } }, async (request) =>
    createUser({ db: db(), actor: actorOf(request), ...request.body, mustChangePassword: true }),
  );

  r.patch('/api/users/:id', { config: { access: 'user.manage' }, schema: { tags, summary: 'Change an account (role, grants, scope, disabled)', params: ZIdParams, body: ZUserPatch, response: { 200: ZOk, ...ERROR_RESPONSES } } }, async (request) => {
    await updateUserAccount({ db: db(), actor: actorOf(request), userId: request.params.id, patch: request.body });
    return { ok: true as const };
  });

  r.post(
    '/api/users/:id/reset-password',
    { config: { access: 'user.manage' }, schema: { tags, summary: 'Set a temporary password the user must change', params: ZIdParams, body: z.object({ password: ZText.min(1).max(128) }), response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      await resetPassword({ db: db(), actor: actorOf(request), userId: request.params.id, newPassword: request.body.password });
      return { ok: true as const };
    },
  );
}
