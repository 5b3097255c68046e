import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Db } from '../../db/client.js';
import { countMigrations, listTablesInDependencyOrder, readTableRows } from '../../repositories/backup.repository.js';
import { keyHeader, type BackupKeys } from './backup-keys.js';

/**
 * A backup is gzipped JSON lines: a header naming the tables and the schema version (migration count),
 * then one line per row — `{"t":"<table>","r":<row as PostgreSQL's JSON>}` — tables in dependency
 * order, rows in primary-key order. It restores into either engine. Taken in one repeatable-read
 * transaction, so it is a consistent snapshot while the server keeps working. The header names the
 * personal-data and audit keys by fingerprint and, given a passphrase, carries them encrypted under it
 * (`backup-keys.ts`): without its keys a backup's personal data and audit chain cannot be read.
 */

export const BACKUP_FORMAT = 'jixiao-backup';

export interface BackupSummary {
  tables: number;
  rows: number;
  bytes: number;
  /** the keys' fingerprints, and whether the keys themselves are in the backup */
  keys: { personalData: string; audit: string; included: boolean };
}

export async function backupDatabase(options: { db: Db; out: string; engine: string; keys: BackupKeys; passphrase?: string | undefined }): Promise<BackupSummary> {
  // before the file is created: a refused passphrase leaves nothing behind
  const keys = keyHeader(options.keys, options.passphrase);
  const gzip = createGzip();
  const file = createWriteStream(options.out, { mode: 0o600 });
  gzip.pipe(file);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  let rows = 0;
  let tableCount = 0;
  await options.db.transaction(
    async (tx) => {
      const tables = await listTablesInDependencyOrder(tx);
      tableCount = tables.length;
      await write(JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), engine: options.engine, migrations: await countMigrations(tx), tables: tables.map((t) => t.name), ...keys }));
      for (const table of tables) {
        for await (const page of readTableRows(tx, table)) {
          for (const row of page) await write(`{"t":${JSON.stringify(table.name)},"r":${row}}`);
          rows += page.length;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  gzip.end();
  await once(file, 'finish');
  return { tables: tableCount, rows, bytes: file.bytesWritten, keys: { personalData: keys.keys.personalData.fingerprint, audit: keys.keys.audit.fingerprint, included: keys.sealedKeys !== undefined } };
}
