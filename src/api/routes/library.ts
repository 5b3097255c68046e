import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getLibraryEntry, listLibraryEntries } from '../../app/library/list-library.js';
import { createLibraryEntry, updateLibraryEntryById } from '../../app/library/save-library-entry.js';
import { ERROR_RESPONSES, ZText } from '../../contract/api/common.js';
import { ZLibraryDetail, ZLibraryEntry, ZLibraryInput, ZLibraryList } from '../../contract/api/library-api.js';
import { actorOf, requireScope } from '../plugins/auth.js';

const BASE = '/api/units/:unitCode/library';

/**
 * 指标库: the library is shared by every unit; it is read under a unit so each entry's uses and history
 * are those of the reader's units (their data scope).
 */
export default async function libraryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['library'];
  const db = () => app.database.db;
  const ZParams = z.object({ unitCode: ZText.min(1).max(40) });
  const ZEntryParams = ZParams.extend({ id: z.coerce.number().int().positive() });

  r.get(
    BASE,
    {
      config: { access: 'library.read' },
      schema: {
        tags,
        summary: 'The indicator library, each entry with how many indicators of the reader’s units use it',
        params: ZParams,
        response: { 200: ZLibraryList, ...ERROR_RESPONSES },
      },
    },
    async (request) => listLibraryEntries({ db: db(), unitIds: requireScope(request).unitIds }),
  );
  r.get(
    `${BASE}/:id`,
    {
      config: { access: 'library.read' },
      schema: { tags, summary: 'One entry with each unit’s targets and actuals by year', params: ZEntryParams, response: { 200: ZLibraryDetail, ...ERROR_RESPONSES } },
    },
    async (request) => getLibraryEntry({ db: db(), scope: requireScope(request), id: request.params.id }),
  );
  r.post(
    BASE,
    { config: { access: 'library.write' }, schema: { tags, summary: 'Add an entry', params: ZParams, body: ZLibraryInput, response: { 200: ZLibraryEntry, ...ERROR_RESPONSES } } },
    async (request) => {
      requireScope(request);
      return createLibraryEntry({ db: db(), actor: actorOf(request), input: request.body });
    },
  );
  r.put(
    `${BASE}/:id`,
    { config: { access: 'library.write' }, schema: { tags, summary: 'Change an entry', params: ZEntryParams, body: ZLibraryInput, response: { 200: ZLibraryEntry, ...ERROR_RESPONSES } } },
    async (request) => {
      requireScope(request);
      return updateLibraryEntryById({ db: db(), actor: actorOf(request), id: request.params.id, input: request.body });
    },
  );
}
