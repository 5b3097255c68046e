import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/client.js';
import { acquireDataDirLock } from '../db/data-dir-lock.js';

/**
 * Open the configured database for one CLI command. With PGlite the data folder is locked first, so
 * a command never opens it while the server (or another command) holds it.
 */
export async function withDatabase<T>(command: string, run: (database: Database, config: Config) => Promise<T>, options: { auditKey?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const release = config.DATABASE_URL ? () => {} : acquireDataDirLock(config.dataDir, { role: 'cli', command });
  try {
    // loaded on demand: the database drivers are the slowest part of starting the CLI
    const { openDatabase } = await import('../db/client.js');
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
    try {
      // restore installs the backup's keys itself, so it must not create a key file first
      if (options.auditKey ?? true) {
        const { loadAuditKey, useAuditKey } = await import('../app/audit/audit-key.js');
        const { sealUnkeyedAuditChain } = await import('../app/audit/record-audit.js');
        useAuditKey(loadAuditKey({ envKey: config.JIXIAO_AUDIT_KEY, dataDir: config.dataDir }));
        await sealUnkeyedAuditChain({ db: database.db });
        const { ensureAggregates } = await import('../app/aggregates/aggregates.js');
        await ensureAggregates({ db: database.db });
      }
      return await run(database, config);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** The personal-data cipher for CLI commands that store or show personal data. */
export async function cipherFor(config: Config) {
  const { loadPersonalDataKey, PersonalDataCipher } = await import('../app/crypto/personal-data-cipher.js');
  return new PersonalDataCipher(loadPersonalDataKey({ envKey: config.JIXIAO_DATA_KEY, dataDir: config.dataDir }));
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`年度“${value}”无效，应为四位数年份，如 2022`);
  return year;
}

export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new UsageError(`日期“${value}”无效，应写成 YYYY-MM-DD，如 2022-12-31`);
  return value;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}
