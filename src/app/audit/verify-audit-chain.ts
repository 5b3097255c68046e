import type { TAuditVerification } from '../../contract/api/audit-api.js';
import type { Db } from '../../db/client.js';
import { auditPageAfter, readAuditHead } from '../../repositories/audit.repository.js';
import { keyFingerprint } from '../crypto/key-file.js';
import { CHAIN_KEYED_ACTION, chainHash, GENESIS, isKeyedHash, legacyChainHash } from './audit-chain.js';
import { auditKey } from './audit-key.js';

export type AuditVerification = TAuditVerification;

/**
 * Walk the whole chain in order and recompute every hash under the audit key. The answer names the
 * first entry that does not hold, and always says how many entries there are and when the last was
 * written: a chain cannot prove its own tail was not cut off (see ARCHITECTURE.md), so whoever
 * verifies compares these with what they saw before.
 */
export async function verifyAuditChain(options: { db: Db; key?: Buffer }): Promise<AuditVerification> {
  const key = options.key ?? auditKey();
  let prevHash = GENESIS;
  let lastId = 0;
  let lastAt: string | null = null;
  let entries = 0;
  let unkeyed = 0;
  let keyed = 0;
  const result = (firstBroken?: { id: number; reason: string }): AuditVerification => ({
    ok: !firstBroken,
    entries,
    lastEntry: lastAt === null ? null : { id: lastId, at: lastAt },
    unkeyedEntries: unkeyed,
    keyFingerprint: keyFingerprint(key),
    ...(firstBroken ? { firstBroken } : {}),
  });
  for (;;) {
    const page = await auditPageAfter(options.db, lastId, 1000);
    if (page.length === 0) break;
    for (const row of page) {
      entries++;
      if (row.prevHash !== prevHash) return result({ id: row.id, reason: '与上一条记录的链接不符（之前的记录被删除或改动）' });
      if (isKeyedHash(row.hash)) {
        if (keyed === 0 && unkeyed > 0 && row.action !== CHAIN_KEYED_ACTION) return result({ id: row.id, reason: '不是封存旧链的记录（旧链之后的第一条记录被改动）' });
        if (chainHash(key, prevHash, row) !== row.hash) {
          return result({ id: row.id, reason: keyed === 0 ? '记录内容与其哈希不符（记录被篡改，或本服务器的审计链密钥不是写入这些记录时的密钥）' : '记录内容与其哈希不符（记录被篡改）' });
        }
        keyed++;
      } else {
        // an unkeyed hash after a keyed entry was computed without the key: a rewrite
        if (keyed > 0 || legacyChainHash(prevHash, row) !== row.hash) return result({ id: row.id, reason: '记录内容与其哈希不符（记录被篡改）' });
        unkeyed++;
      }
      prevHash = row.hash;
      lastId = row.id;
      lastAt = new Date(row.at).toISOString();
    }
  }
  const head = await readAuditHead(options.db);
  if (head && (head.lastId !== lastId || head.lastHash !== prevHash)) {
    return result({ id: head.lastId, reason: '链尾记录缺失（最新的记录被删除）' });
  }
  if (unkeyed > 0 && keyed === 0) return result({ id: lastId, reason: '之前的记录都没有用审计链密钥签名（旧版本写入且尚未封存，或整条链被无密钥地重写）' });
  return result();
}
