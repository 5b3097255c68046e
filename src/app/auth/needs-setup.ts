import type { Executor } from '../../db/client.js';
import { countUsers } from '../../repositories/user.repository.js';

/** Whether the installation has no account yet (the first administrator is still to be created). */
export async function hasNoAccounts(o: { db: Executor }): Promise<boolean> {
  return (await countUsers(o.db)) === 0;
}
