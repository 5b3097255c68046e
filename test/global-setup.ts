import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { ensureAggregates } from '../src/app/aggregates/aggregates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
    pgPrefix: string;
  }
}

/**
 * Every database a run makes starts with this prefix. `JIXIAO_TEST_DB_PREFIX` (letters and digits) lets
 * two checkouts run the PostgreSQL suite on one server at once: each drops only its own stale databases.
 */
const runPrefix = (process.env.JIXIAO_TEST_DB_PREFIX ?? '').replace(/[^a-z0-9]/gi, '').toLowerCase();
export const PG_PREFIX = runPrefix ? `jixiao_test_${runPrefix}_` : 'jixiao_test_';
export const PG_TEMPLATE = `${PG_PREFIX}template`;

/**
 * Migrate once per run: PGlite takes seconds to create and migrate, so the migrated database is
 * dumped and every test file loads the dump; on PostgreSQL a template database is migrated and every
 * test file gets a copy (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const stale = await admin.query<{ datname: string }>('select datname from pg_database');
    // a run owns only the names it makes (prefix + template, prefix + pid_hex), not another prefix's
    const own = stale.rows.filter(
      (row) => row.datname.startsWith(PG_PREFIX) && /^(template|\d+_[0-9a-f]{8})$/.test(row.datname.slice(PG_PREFIX.length)),
    );
    for (const row of own) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.query(`create database "${PG_TEMPLATE}"`);
    const target = new URL(url);
    target.pathname = `/${PG_TEMPLATE}`;
    const database = await openDatabase({ databaseUrl: target.toString() });
    // stamped with the metric definitions, so an app built on a copy does not rebuild empty aggregates
    await ensureAggregates({ db: database.db });
    await database.close();
    project.provide('pgTemplate', PG_TEMPLATE);
    project.provide('pgPrefix', PG_PREFIX);
    project.provide('pgliteDump', '');
    return async () => {
      await admin.query(`drop database if exists "${PG_TEMPLATE}" with (force)`);
      await admin.end();
    };
  }
  const client = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  await ensureAggregates({ db: database.db });
  const dump = await client.dumpDataDir('gzip');
  await database.close();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'jixiao-test-')), 'migrated.tar.gz');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', file);
  project.provide('pgTemplate', '');
  project.provide('pgPrefix', '');
  return undefined;
}
