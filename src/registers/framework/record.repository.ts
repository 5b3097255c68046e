import { and, asc, desc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { columnsOf, type SheetDef } from './define.js';

/**
 * Storage of register records, for every sheet alike: rows are plain objects keyed by the drizzle
 * column property names the sheet's fields declare. Every query is scoped by unit_id = any(the scope's unitIds).
 */

export type StoredRow = Record<string, unknown> & {
  id: number;
  unitId: number;
  office: string | null;
  createdAt: Date;
  updatedAt: Date;
  voidedAt: Date | null;
  voidedBy: number | null;
  voidReason: string | null;
};

/** Which records a list shows: active ones (default), active and voided, or only voided ones. */
export type VoidedFilter = 'exclude' | 'include' | 'only';

const BATCH = 1000;

/** Insert rows in batches of 1,000; returns their ids in order. */
export async function insertRecords(exec: Executor, sheet: SheetDef, rows: Record<string, unknown>[]): Promise<number[]> {
  const c = columnsOf(sheet);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = (await exec
      .insert(sheet.table)
      .values(rows.slice(i, i + BATCH) as never)
      .returning({ id: c.id! })) as Array<{ id: number }>;
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function updateRecord(exec: Executor, sheet: SheetDef, unitIds: readonly number[], id: number, values: Record<string, unknown>): Promise<void> {
  const c = columnsOf(sheet);
  await exec
    .update(sheet.table)
    .set({ ...values, updatedAt: sql`now()` } as never)
    .where(and(inArray(c.unitId!, [...unitIds]), eq(c.id!, id)));
}

/** 作废: mark a record voided with who and why; it stays in the table (and in lists on request). */
export async function voidRecord(exec: Executor, sheet: SheetDef, unitIds: readonly number[], id: number, v: { by: number | null; reason: string }): Promise<StoredRow> {
  const c = columnsOf(sheet);
  const [row] = (await exec
    .update(sheet.table)
    .set({ voidedAt: sql`now()`, voidedBy: v.by, voidReason: v.reason, updatedAt: sql`now()` } as never)
    .where(and(inArray(c.unitId!, [...unitIds]), eq(c.id!, id)))
    .returning()) as StoredRow[];
  return row!;
}

export async function findRecord(exec: Executor, sheet: SheetDef, unitIds: readonly number[], id: number, options: { forUpdate?: boolean } = {}): Promise<StoredRow | undefined> {
  const c = columnsOf(sheet);
  const query = exec.select().from(sheet.table).where(and(inArray(c.unitId!, [...unitIds]), eq(c.id!, id)));
  const rows = (options.forUpdate ? await query.for('update') : await query) as StoredRow[];
  return rows[0];
}

export interface RecordQuery {
  /** the scope's units */
  unitIds: readonly number[];
  /** only this office's records (a 司法所 user) */
  office: string | null;
  /** leave out sealed records (readers who may not see personal data) */
  excludeSealed: boolean;
  voided: VoidedFilter;
  from?: string | undefined;
  to?: string | undefined;
  /** column → exact value */
  equals: Array<{ column: string; value: unknown }>;
  /** free text matched against these columns */
  search?: { columns: string[]; text: string } | undefined;
  limit: number;
  offset: number;
}

function conditions(sheet: SheetDef, q: Omit<RecordQuery, 'limit' | 'offset'>): SQL {
  const c = columnsOf(sheet);
  const date = c[sheet.dateKey]!;
  const where: SQL[] = [inArray(c.unitId!, [...q.unitIds])];
  if (q.office !== null) where.push(eq(c.office!, q.office));
  if (q.excludeSealed && sheet.sealedKey) where.push(sql`${c[sheet.sealedKey]!} is not true`);
  if (q.voided === 'exclude') where.push(isNull(c.voidedAt!));
  if (q.voided === 'only') where.push(isNotNull(c.voidedAt!));
  if (q.from) where.push(sql`${date} >= ${q.from}`);
  if (q.to) where.push(sql`${date} <= ${q.to}`);
  for (const { column, value } of q.equals) where.push(value === null ? sql`${c[column]!} is null` : eq(c[column]!, value));
  if (q.search && q.search.columns.length > 0) {
    const pattern = `%${q.search.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(or(...q.search.columns.map((col) => ilike(c[col]!, pattern)))!);
  }
  return and(...where)!;
}

/** One page, newest business date first, and how many records match. */
export async function listRecords(exec: Executor, sheet: SheetDef, q: RecordQuery): Promise<{ total: number; rows: StoredRow[] }> {
  const c = columnsOf(sheet);
  const where = conditions(sheet, q);
  const [rows, counted] = await Promise.all([
    exec.select().from(sheet.table).where(where).orderBy(desc(c[sheet.dateKey]!), desc(c.id!)).limit(q.limit).offset(q.offset) as unknown as Promise<StoredRow[]>,
    exec.select({ n: sql<number>`count(*)::int` }).from(sheet.table).where(where),
  ]);
  return { total: counted[0]?.n ?? 0, rows };
}

/** Where a batch of the list's order ends: the next batch starts after this record. */
export interface RecordCursor {
  date: string;
  id: number;
}

/**
 * The list's records in the list's order (newest business date first), `limit` after a cursor: an
 * export pages through every matching record without OFFSET, which would rescan what it skips.
 */
export async function listRecordsAfter(exec: Executor, sheet: SheetDef, q: Omit<RecordQuery, 'limit' | 'offset'>, after: RecordCursor | null, limit: number): Promise<StoredRow[]> {
  const c = columnsOf(sheet);
  const date = c[sheet.dateKey]!;
  const where = after === null ? conditions(sheet, q) : and(conditions(sheet, q), sql`(${date}, ${c.id!}) < (${after.date}::date, ${after.id})`)!;
  return (await exec.select().from(sheet.table).where(where).orderBy(desc(date), desc(c.id!)).limit(limit)) as StoredRow[];
}

/** Matching records in business-date order (drill-downs): all of them, or a page (limit null: all). */
export async function selectRecords(exec: Executor, sheet: SheetDef, where: SQL, o: { extra?: Record<string, SQL>; limit?: number | null; offset?: number } = {}): Promise<StoredRow[]> {
  const c = columnsOf(sheet);
  const query = exec
    .select({ ...getTableColumns(sheet.table), ...(o.extra ?? {}) } as never)
    .from(sheet.table)
    .where(where)
    .orderBy(asc(c[sheet.dateKey]!), asc(c.id!))
    .$dynamic();
  if (o.limit !== undefined && o.limit !== null) query.limit(o.limit);
  if (o.offset) query.offset(o.offset);
  return (await query) as StoredRow[];
}

/** Records of a sheet (voided ones included) whose business date falls in a unit's year. */
export async function countRecordsInYear(exec: Executor, sheet: SheetDef, unitId: number, year: number): Promise<number> {
  const c = columnsOf(sheet);
  const [row] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(sheet.table)
    .where(and(eq(c.unitId!, unitId), sql`${c[sheet.dateKey]!} between ${`${year}-01-01`} and ${`${year}-12-31`}`));
  return row?.n ?? 0;
}
