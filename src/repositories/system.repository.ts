import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';

export async function pingDatabase(exec: Executor): Promise<void> {
  await exec.execute(sql`select 1`);
}
