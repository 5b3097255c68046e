import { and, asc, desc, eq, gt, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditHead, auditLog } from '../db/schema/index.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditInsert = Omit<typeof auditLog.$inferInsert, 'id'>;

/** Lock the chain's head for this transaction and return it. */
export async function lockAuditHead(exec: Executor): Promise<{ lastId: number; lastHash: string }> {
  const rows = await exec.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  const head = rows[0];
  if (!head) throw new Error('audit_head is missing: the database was not migrated');
  return head;
}

export async function appendAudit(exec: Executor, entry: AuditInsert): Promise<number> {
  const [row] = await exec.insert(auditLog).values(entry).returning({ id: auditLog.id });
  await exec.update(auditHead).set({ lastId: row!.id, lastHash: entry.hash }).where(eq(auditHead.id, 1));
  return row!.id;
}

/** Entries in chain order, a page at a time (verify walks the whole log without holding it in memory). */
export async function auditPageAfter(exec: Executor, afterId: number, limit: number): Promise<AuditRow[]> {
  return exec.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

export async function countAudit(exec: Executor): Promise<number> {
  const [row] = await exec.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}

export async function readAuditHead(exec: Executor) {
  const [head] = await exec.select().from(auditHead).where(eq(auditHead.id, 1));
  return head;
}

export interface AuditFilter {
  unitIds?: number[] | undefined;
  action?: string | undefined;
  actorName?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function searchAudit(exec: Executor, filter: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
  const where: SQL[] = [];
  if (filter.unitIds) where.push(filter.unitIds.length === 0 ? sql`false` : sql`${auditLog.unitId} in (${sql.join(filter.unitIds.map((id) => sql`${id}`), sql`, `)})`);
  if (filter.action) where.push(sql`${auditLog.action} like ${filter.action + '%'}`);
  if (filter.actorName) where.push(sql`${auditLog.actorName} like ${'%' + filter.actorName + '%'}`);
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, filter.to));
  const condition = where.length > 0 ? and(...where) : undefined;
  const [count] = await exec.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(condition);
  const rows = await exec.select().from(auditLog).where(condition).orderBy(desc(auditLog.id)).limit(filter.limit).offset(filter.offset);
  return { total: count?.n ?? 0, rows };
}
