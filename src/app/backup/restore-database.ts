import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { countMigrations, insertTableRows, listTablesInDependencyOrder, resetSequences, setTriggers, truncateTables } from '../../repositories/backup.repository.js';
import { useAuditKey } from '../audit/audit-key.js';
import { BACKUP_FORMAT } from './backup-database.js';
import { installRestoreKeys, planRestoreKeys, type BackupKeyHeader, type PresentKeys } from './backup-keys.js';

/**
 * Replace the whole database with a backup, in one transaction: all tables emptied, rows inserted in
 * dependency order, sequences set past the restored ids. The audit log comes back exactly as it was
 * (its append-only trigger is switched off only inside this transaction), so its hash chain verifies.
 * A backup from another schema version is refused before anything changes, and so is one whose keys
 * cannot be had (`planRestoreKeys`: the passphrase opens the keys in the backup, or the keys present
 * are the backup's). The backup's keys are installed as key files at the end of the transaction, so
 * a failure to write them rolls the data back too; the process then uses the restored audit key.
 */
export interface RestoreSummary {
  tables: number;
  rows: number;
  /** the fingerprints of the keys the restored data is read with */
  keys: { personalData: string; audit: string };
  /** key files written from the backup */
  installedKeyFiles: string[];
}

export async function restoreDatabase(options: { db: Db; file: string; keys: PresentKeys; passphrase?: string | undefined }): Promise<RestoreSummary> {
  const lines = createInterface({ input: createReadStream(options.file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch {
    throw new DomainError('DOCUMENT_INVALID', { zh: '备份文件无法读取：不是 jixiao 备份（应为 gzip 压缩的 .jsonl.gz 文件）或已损坏', en: 'The backup cannot be read: it is not a jixiao backup (a gzip-compressed .jsonl.gz file) or it is damaged' });
  }
  let header: { format?: string; migrations?: number; tables?: string[] } & Partial<BackupKeyHeader>;
  try {
    header = JSON.parse(first.value ?? '');
  } catch {
    throw new DomainError('DOCUMENT_INVALID', { zh: '备份文件无法读取：文件头不是 jixiao 备份', en: 'The backup cannot be read: its header is not a jixiao backup header' });
  }
  if (header.format !== BACKUP_FORMAT) throw new DomainError('DOCUMENT_INVALID', { zh: '这不是 jixiao 备份文件', en: 'This is not a jixiao backup file' });
  const migrations = await countMigrations(options.db);
  if (header.migrations !== migrations) {
    throw new DomainError('CONFLICT', { zh: `备份的数据库结构版本（第 ${header.migrations} 版）与当前程序（第 ${migrations} 版）不同，不能直接恢复：请用生成该备份的 jixiao 版本恢复`, en: `The backup's database schema (version ${header.migrations}) differs from this program's (version ${migrations}): restore it with the jixiao version that made it` });
  }
  const plan = planRestoreKeys(header, options.keys, options.passphrase);

  const summary = await options.db.transaction(async (tx) => {
    const tables = await listTablesInDependencyOrder(tx);
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const name of header.tables ?? []) {
      if (!byName.has(name)) throw new DomainError('CONFLICT', { zh: `备份中的表 ${name} 在当前数据库中不存在`, en: `The backup's table ${name} does not exist in this database` });
    }
    for (const table of tables) await setTriggers(tx, table, false);
    await truncateTables(tx, tables);
    let rows = 0;
    let current: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (current && batch.length > 0) await insertTableRows(tx, byName.get(current)!, batch);
      rows += batch.length;
      batch = [];
    };
    let lineNo = 1;
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await iterator.next();
      } catch {
        throw new DomainError('DOCUMENT_INVALID', { zh: `备份文件在第 ${lineNo + 1} 行之后损坏或不完整，未做任何恢复`, en: `The backup is damaged or incomplete after line ${lineNo + 1}; nothing was restored` });
      }
      if (next.done) break;
      lineNo++;
      const line = next.value;
      if (line === '') continue;
      const match = /^\{"t":("(?:[^"\\]|\\.)*"),"r":([\s\S]*)\}$/.exec(line);
      if (!match) throw new DomainError('DOCUMENT_INVALID', { zh: `备份文件第 ${lineNo} 行格式不正确，未做任何恢复`, en: `Line ${lineNo} of the backup is malformed; nothing was restored` });
      const table = JSON.parse(match[1]!) as string;
      if (table !== current) {
        await flush();
        if (!byName.has(table)) throw new DomainError('DOCUMENT_INVALID', { zh: `备份文件第 ${lineNo} 行引用了未知的表 ${table}`, en: `Line ${lineNo} of the backup names an unknown table ${table}` });
        current = table;
      }
      batch.push(match[2]!);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    for (const table of tables) {
      await resetSequences(tx, table);
      await setTriggers(tx, table, true);
    }
    const installedKeyFiles = installRestoreKeys(options.keys.dataDir, plan);
    return { tables: tables.length, rows, installedKeyFiles };
  });
  useAuditKey(plan.keys.audit);
  return { ...summary, keys: { personalData: header.keys!.personalData.fingerprint, audit: header.keys!.audit.fingerprint } };
}
