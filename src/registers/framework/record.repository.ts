import { and, asc, desc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { DUE_SOON_DAYS, type DeadlineRule, type TDeadlineFilter } from '../../core/deadlines.js';
import type { Executor } from '../../db/client.js';
import { adjustMetricAggregates } from './aggregate.repository.js';
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

/**
 * Insert rows in batches of 1,000; returns their ids in order. Every write here keeps the sheet's
 * metric aggregates (metric_daily) in the same transaction: pass a transaction.
 */
export async function insertRecords(exec: Executor, sheet: SheetDef, rows: Record<string, unknown>[]): Promise<number[]> {
  const c = columnsOf(sheet);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const inserted = (await exec
      .insert(sheet.table)
      .values(rows.slice(i, i + BATCH) as never)
      .returning({ id: c.id! })) as Array<{ id: number }>;
    ids.push(...inserted.map((r) => r.id));
    await adjustMetricAggregates(exec, sheet, inserted.map((r) => r.id), 1);
  }
  return ids;
}

export async function updateRecord(exec: Executor, sheet: SheetDef, unitIds: readonly number[], id: number, values: Record<string, unknown>): Promise<void> {
  const c = columnsOf(sheet);
  await adjustMetricAggregates(exec, sheet, [id], -1);
  await exec
    .update(sheet.table)
    .set({ ...values, updatedAt: sql`now()` } as never)
    .where(and(inArray(c.unitId!, [...unitIds]), eq(c.id!, id)));
  await adjustMetricAggregates(exec, sheet, [id], 1);
}

/** 作废: mark a record voided with who and why; it stays in the table (and in lists on request). */
export async function voidRecord(exec: Executor, sheet: SheetDef, unitIds: readonly number[], id: number, v: { by: number | null; reason: string }): Promise<StoredRow> {
  const c = columnsOf(sheet);
  // a voided record counts nowhere: its contributions go before it is marked
  await adjustMetricAggregates(exec, sheet, [id], -1);
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
  /** only records standing so on the sheet's deadlines as of a date */
  deadline?: { asOf: string; filter: TDeadlineFilter } | undefined;
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
  if (q.deadline) where.push(deadlineConditions(sheet, q.deadline.asOf)[q.deadline.filter]);
  return and(...where)!;
}

/**
 * The sheet's deadline rules (core/deadlines.ts) as SQL, as of a date: for each record-level state
 * (see `deadlineFilterOf`, which this mirrors) a condition that is true or false, never null.
 */
export function deadlineConditions(sheet: SheetDef, asOf: string): Record<TDeadlineFilter, SQL> {
  const rules = sheet.deadlines ?? [];
  if (rules.length === 0) throw new Error(`${sheet.kind}/${sheet.id} declares no deadlines`);
  const c = columnsOf(sheet);
  const col = (key: string) => c[sheet.fields.find((f) => f.key === key)!.column]!;
  const day = sql`${asOf}::date`;
  const any = (parts: SQL[]) => sql`coalesce(${or(...parts)}, false)`;
  const applies: SQL[] = [];
  const overdue: SQL[] = [];
  const soon: SQL[] = [];
  const late: SQL[] = [];
  for (const rule of rules as readonly DeadlineRule[]) {
    const start = col(rule.start);
    const done = col(rule.done);
    const due = sql`(${start} + ${rule.days}::int)`;
    const when = (rule.when ?? []).map((w) => ('is' in w ? sql`${col(w.field)} = ${w.is}` : sql`${col(w.field)} is distinct from ${w.isNot}`));
    const running = and(...when, sql`${start} is not null`, sql`${start} <= ${day}`)!;
    const open = sql`(${done} is null or ${done} > ${day})`;
    applies.push(running);
    overdue.push(and(running, open, sql`${due} < ${day}`)!);
    soon.push(and(running, open, sql`${due} >= ${day}`, sql`${due} <= ${day} + ${DUE_SOON_DAYS}::int`)!);
    late.push(and(running, sql`${done} <= ${day}`, sql`${done} > ${due}`)!);
  }
  const isOverdue = any(overdue);
  const isSoon = sql`(not ${isOverdue} and ${any(soon)})`;
  const isLate = sql`(not ${isOverdue} and not ${any(soon)} and ${any(late)})`;
  const isOnTime = sql`(${any(applies)} and not ${any(overdue)} and not ${any(soon)} and not ${any(late)})`;
  return { overdue: isOverdue, dueSoon: isSoon, late: isLate, onTime: isOnTime };
}

/** How many of the records a query matches are overdue and due soon as of a date (the deadline filter itself left aside). */
export async function countDeadlineStates(exec: Executor, sheet: SheetDef, q: Omit<RecordQuery, 'limit' | 'offset'>, asOf: string): Promise<{ dueSoon: number; overdue: number }> {
  const states = deadlineConditions(sheet, asOf);
  const [row] = await exec
    .select({ dueSoon: sql<number>`(count(*) filter (where ${states.dueSoon}))::int`, overdue: sql<number>`(count(*) filter (where ${states.overdue}))::int` })
    .from(sheet.table)
    .where(conditions(sheet, { ...q, deadline: undefined }));
  return { dueSoon: row?.dueSoon ?? 0, overdue: row?.overdue ?? 0 };
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
