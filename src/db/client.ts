import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';
import { openPgliteDir, pgliteTemplate, writePgliteTemplate } from './pglite-template.js';
import { SerialClient } from './serial-client.js';

export type Schema = typeof schema;
/** Either engine's drizzle database; repositories take this (or a transaction) and nothing else. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the embedded client, for dumps in tests and backups */
  pglite?: PGlite;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** an already created PGlite (tests load a migrated snapshot) */
  pglite?: PGlite;
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.databaseUrl) {
    // JIT compilation costs more than it saves on the short aggregates jixiao runs (a metric is one
    // index-range aggregate); with it on, a 30 ms query can spend 200 ms compiling
    // SerialClient: a transaction's parallel reads run one after the other on its one connection
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, options: '-c jit=off', Client: SerialClient });
    // bigint and numeric come back as strings by default; money is bigint fen well inside 2^53
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    if (shouldMigrate) await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  let client = options.pglite;
  let fresh = false;
  const template = pgliteTemplate(MIGRATIONS_FOLDER);
  if (!client) {
    if (!options.dataDir) throw new Error('openDatabase needs a dataDir for PGlite');
    // a new data folder starts from the migrated template when there is one (pglite-template.ts)
    ({ client, fresh } = await openPgliteDir(path.join(options.dataDir, 'pglite'), template));
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  if (shouldMigrate) await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  if (fresh && shouldMigrate) await writePgliteTemplate(client, template);
  const pglite = client;
  return { db, engine: 'pglite', pglite, close: () => pglite.close() };
}
