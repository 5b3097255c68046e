import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.js';

export interface BenchDatabase {
  database: Database;
  /** close it, and drop it when it is a PostgreSQL database of its own */
  drop: () => Promise<void>;
  pg: boolean;
}

/** A fresh database of its own on the PostgreSQL server `DATABASE_URL` names (dropped by `drop`). */
export async function openPostgresBenchDatabase(url: string, prefix: string, o: { keep?: boolean } = {}): Promise<BenchDatabase> {
  const name = `jixiao_bench_${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  return {
    database,
    pg: true,
    drop: async () => {
      await database.close();
      if (o.keep) console.log(`kept the bench database ${name}`);
      else await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** PostgreSQL when `DATABASE_URL` is set, else an in-memory PGlite. */
export async function openBenchDatabase(prefix: string, o: { keep?: boolean } = {}): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgresBenchDatabase(url, prefix, o);
  const database = await openDatabase({ pglite: await PGlite.create() });
  return { database, pg: false, drop: () => database.close() };
}

/** Runs `measure` on an in-memory PGlite, then — when `DATABASE_URL` is set — on a fresh PostgreSQL database. */
export async function onEachEngine(prefix: string, measure: (label: 'PGlite' | 'PostgreSQL', database: Database) => Promise<void>): Promise<void> {
  const lite = await openDatabase({ pglite: await PGlite.create() });
  try {
    await measure('PGlite', lite);
  } finally {
    await lite.close();
  }
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const { database, drop } = await openPostgresBenchDatabase(url, prefix);
  try {
    await measure('PostgreSQL', database);
  } finally {
    await drop();
  }
}
