import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * A migrated, empty PGlite data directory kept as a gzipped dump, one per schema version (the hash of
 * the migration files and the PGlite version), in node_modules/.cache/jixiao. Creating a database
 * cluster and running every migration takes seconds (7–8 s on the 2-core machine); loading the dump
 * into a new data folder takes a fraction of that. The first data folder made after a schema change
 * writes the dump; every later new data folder (a fresh install's `npm start`, a demo reset, the CLI
 * tests) loads it. The migrations still run after loading (they find nothing to do), so a stale or
 * foreign dump cannot leave a database behind its schema.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_CACHE = path.join(ROOT, 'node_modules/.cache/jixiao');

function schemaKey(migrationsFolder: string): string {
  const hash = createHash('sha256');
  const files = ['meta/_journal.json', ...readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql'))].sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(migrationsFolder, file))).update('\0');
  const pglite = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  hash.update(`pglite ${pglite.version}`);
  return hash.digest('hex').slice(0, 16);
}

export interface PgliteTemplate {
  /** the dump file for the current schema (it may not exist yet) */
  file: string;
}

export function pgliteTemplate(migrationsFolder: string, cacheDir = process.env.JIXIAO_TEMPLATE_CACHE ?? DEFAULT_CACHE): PgliteTemplate {
  return { file: path.join(cacheDir, `pglite-${schemaKey(migrationsFolder)}.tar.gz`) };
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/**
 * Opens the PGlite data folder `dir`; a new (empty) one is filled from the template when there is
 * one. Returns whether the folder was new and made without the template, so the caller can write
 * the template once it has migrated it.
 */
export async function openPgliteDir(dir: string, template: PgliteTemplate): Promise<{ client: PGlite; fresh: boolean }> {
  const empty = isEmptyDir(dir);
  mkdirSync(dir, { recursive: true });
  if (empty && existsSync(template.file)) {
    try {
      return { client: await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(template.file)]) }), fresh: false };
    } catch {
      // an unreadable dump: make the database the slow way (and the dump again)
      for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true });
    }
  }
  return { client: await PGlite.create(dir), fresh: empty };
}

/** Writes the template from a just-migrated, still empty database; never fails the caller (a read-only cache just stays empty). */
export async function writePgliteTemplate(client: PGlite, template: PgliteTemplate): Promise<void> {
  try {
    const dump = await client.dumpDataDir('gzip');
    mkdirSync(path.dirname(template.file), { recursive: true });
    const partial = `${template.file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, template.file);
  } catch {
    // no cache: the next new data folder is made the slow way
  }
}
