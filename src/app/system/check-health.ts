import type { Database } from '../../db/client.js';
import { pingDatabase } from '../../repositories/system.repository.js';

/** Liveness: the database answers a trivial query. */
export async function checkHealth(o: { database: Database }): Promise<{ status: 'ok'; database: Database['engine'] }> {
  await pingDatabase(o.database.db);
  return { status: 'ok', database: o.database.engine };
}
