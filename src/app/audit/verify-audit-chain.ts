import type { Db } from '../../db/client.js';
import { auditPageAfter, readAuditHead } from '../../repositories/audit.repository.js';
import { chainHash } from './audit-chain.js';

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** the first entry whose hash or link does not hold */
  firstBroken?: { id: number; reason: string };
}

/** Walk the whole chain in order and recompute every hash. */
export async function verifyAuditChain(options: { db: Db }): Promise<AuditVerification> {
  let prevHash = 'genesis';
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const page = await auditPageAfter(options.db, lastId, 1000);
    if (page.length === 0) break;
    for (const row of page) {
      entries++;
      if (row.prevHash !== prevHash) {
        return { ok: false, entries, firstBroken: { id: row.id, reason: '与上一条记录的链接不符（之前的记录被删除或改动）' } };
      }
      if (chainHash(prevHash, row) !== row.hash) {
        return { ok: false, entries, firstBroken: { id: row.id, reason: '记录内容与其哈希不符（记录被篡改）' } };
      }
      prevHash = row.hash;
      lastId = row.id;
    }
  }
  const head = await readAuditHead(options.db);
  if (head && (head.lastId !== lastId || head.lastHash !== prevHash)) {
    return { ok: false, entries, firstBroken: { id: head.lastId, reason: '链尾记录缺失（最新的记录被删除）' } };
  }
  return { ok: true, entries };
}
