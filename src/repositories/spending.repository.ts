import { and, asc, desc, eq, gte, ilike, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { unitIdIs } from './unit-ids.js';
import { paymentTotalsFromDaily } from './aggregate.repository.js';
import { budgetRevisions, departmentGoals, paymentHistory, payments, projects, unitSettings, type PaymentSnapshot } from '../db/schema/index.js';
import { rowsOf } from '../db/rows.js';

/** Storage of payments, their history, budget revisions and unit settings. */

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentInsert = Omit<typeof payments.$inferInsert, 'id'>;
export type PaymentHistoryRow = typeof paymentHistory.$inferSelect;
export type BudgetRevisionRow = typeof budgetRevisions.$inferSelect;
export type { PaymentSnapshot };

/** Rows per INSERT statement: 1,000 payments stay well under PostgreSQL's 65,535 parameters. */
export const BATCH_SIZE = 1000;

export interface SpendingProjectRow {
  id: number;
  unitId: number;
  code: string;
  name: string;
  position: number;
  purpose: string;
  spendingPlan: (typeof projects.$inferSelect)['spendingPlan'];
  budgetTotalFen: number;
  budgetFiscalFen: number;
  budgetOtherFen: number;
}

/** What the execution figures and the ledger metrics read of a project. */
export type LedgerProjectRow = Pick<SpendingProjectRow, 'id' | 'unitId' | 'code' | 'spendingPlan' | 'budgetTotalFen'>;

/**
 * The projects of units' year as the execution figures and the ledger metrics read them: raw rows of
 * those columns (no names, no purposes, no ORM mapping), for a board's ledger and a province's rollup.
 */
export async function listLedgerProjects(exec: Executor, unitId: number | readonly number[], year: number): Promise<LedgerProjectRow[]> {
  return rowsOf<LedgerProjectRow>(
    await exec.execute(
      sql`select ${projects.id} as id, ${projects.unitId} as "unitId", ${projects.code} as code, ${projects.spendingPlan} as "spendingPlan", ${projects.budgetTotalFen}::float8 as "budgetTotalFen"
        from ${projects} where ${unitIdIs(projects.unitId, unitId)} and ${projects.year} = ${year}`,
    ),
  );
}

export async function hasGoalBook(exec: Executor, unitId: number, year: number): Promise<boolean> {
  const rows = await exec
    .select({ unitId: departmentGoals.unitId })
    .from(departmentGoals)
    .where(and(eq(departmentGoals.unitId, unitId), eq(departmentGoals.year, year)));
  return rows.length > 0;
}

export async function listSpendingProjects(exec: Executor, unitId: number | readonly number[], year: number): Promise<SpendingProjectRow[]> {
  return exec
    .select({
      id: projects.id,
      unitId: projects.unitId,
      code: projects.code,
      name: projects.name,
      position: projects.position,
      purpose: projects.purpose,
      spendingPlan: projects.spendingPlan,
      budgetTotalFen: projects.budgetTotalFen,
      budgetFiscalFen: projects.budgetFiscalFen,
      budgetOtherFen: projects.budgetOtherFen,
    })
    .from(projects)
    .where(and(unitIdIs(projects.unitId, unitId), eq(projects.year, year)))
    .orderBy(asc(projects.position));
}

/**
 * Spent to date per project: read from payment_daily (active payments per project and day, kept by
 * triggers on `payment` in the writing statement), so O(days × projects) rows whatever the number of
 * payments. Voided payments never count.
 */
export async function spentByProject(exec: Executor, unitId: number, year: number, asOf: string): Promise<Map<number, number>> {
  const totals = await paymentTotalsByProject(exec, unitId, year, asOf);
  return new Map([...totals].map(([id, t]) => [id, t.fen]));
}

/** Spent to date and the number of active payments per project: `spentByProject` with the count (the ledger metrics). */
export async function paymentTotalsByProject(exec: Executor, unitId: number, year: number, asOf: string): Promise<Map<number, { fen: number; count: number }>> {
  return paymentTotalsFromDaily(exec, [unitId], year, asOf);
}

/** A project's active payments summed per day, for the overspend check. */
export async function dailySpending(exec: Executor, projectId: number): Promise<Array<{ date: string; amountFen: number }>> {
  const rows = await exec
    .select({ date: payments.paidOn, fen: sql<string>`sum(${payments.amountFen})` })
    .from(payments)
    .where(and(eq(payments.projectId, projectId), eq(payments.status, 'active')))
    .groupBy(payments.paidOn)
    .orderBy(asc(payments.paidOn));
  return rows.map((r) => ({ date: r.date, amountFen: Number(r.fen) }));
}

export async function listBudgetRevisions(exec: Executor, unitId: number | readonly number[], year: number, projectId?: number): Promise<BudgetRevisionRow[]> {
  return exec
    .select()
    .from(budgetRevisions)
    .where(and(unitIdIs(budgetRevisions.unitId, unitId), eq(budgetRevisions.year, year), projectId === undefined ? undefined : eq(budgetRevisions.projectId, projectId)))
    .orderBy(asc(budgetRevisions.effectiveOn), asc(budgetRevisions.id));
}

export async function insertBudgetRevision(exec: Executor, values: Omit<typeof budgetRevisions.$inferInsert, 'id'>): Promise<BudgetRevisionRow> {
  const [row] = await exec.insert(budgetRevisions).values(values).returning();
  return row!;
}

export async function findPayment(exec: Executor, unitId: number, year: number, id: number): Promise<PaymentRow | undefined> {
  const [row] = await exec
    .select()
    .from(payments)
    .where(and(eq(payments.id, id), eq(payments.unitId, unitId), eq(payments.year, year)));
  return row;
}

/** The active payment holding a voucher number in a unit's year, other than `exceptId`. */
export async function findActiveVoucher(exec: Executor, unitId: number, year: number, voucherNo: string, exceptId?: number): Promise<PaymentRow | undefined> {
  const [row] = await exec
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.unitId, unitId),
        eq(payments.year, year),
        eq(payments.voucherNo, voucherNo),
        eq(payments.status, 'active'),
        exceptId === undefined ? undefined : ne(payments.id, exceptId),
      ),
    );
  return row;
}

export async function recordedVouchers(exec: Executor, unitId: number, year: number): Promise<Map<string, { paidOn: string; amountFen: number }>> {
  const rows = await exec
    .select({ voucherNo: payments.voucherNo, paidOn: payments.paidOn, amountFen: payments.amountFen })
    .from(payments)
    .where(and(eq(payments.unitId, unitId), eq(payments.year, year), eq(payments.status, 'active')));
  return new Map(rows.map((r) => [r.voucherNo, { paidOn: r.paidOn, amountFen: r.amountFen }]));
}

/**
 * Insert payments in batches of BATCH_SIZE; returns their ids in input order. Each batch is one
 * statement with one parameter — the rows as JSON, unpacked by jsonb_to_recordset — which is several
 * times faster than a VALUES list of 16,000 parameters on both engines. Rows are inserted in input
 * order (ORDER BY n), so their serial ids ascend in input order.
 */
export async function insertPayments(exec: Executor, rows: readonly PaymentInsert[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE).map((r, n) => ({
      n,
      unit_id: r.unitId,
      year: r.year,
      project_id: r.projectId,
      paid_on: r.paidOn,
      amount_fen: r.amountFen,
      voucher_no: r.voucherNo,
      payee: r.payee,
      summary: r.summary,
      fund_source: r.fundSource,
      status: r.status ?? 'active',
      void_reason: r.voidReason ?? null,
      version: r.version ?? 1,
      created_by_id: r.createdById ?? null,
      created_by_name: r.createdByName,
      updated_by_id: r.updatedById ?? null,
      updated_by_name: r.updatedByName,
    }));
    const result = await exec.execute(sql`
      insert into ${payments} (unit_id, year, project_id, paid_on, amount_fen, voucher_no, payee, summary, fund_source, status, void_reason, version, created_by_id, created_by_name, updated_by_id, updated_by_name)
      select unit_id, year, project_id, paid_on, amount_fen, voucher_no, payee, summary, fund_source, status, void_reason, version, created_by_id, created_by_name, updated_by_id, updated_by_name
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(n int, unit_id int, year int, project_id int, paid_on date, amount_fen bigint, voucher_no text, payee text, summary text, fund_source text, status text, void_reason text, version int, created_by_id int, created_by_name text, updated_by_id int, updated_by_name text)
      order by n
      returning id`);
    ids.push(...rowsOf<{ id: number }>(result).map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  return ids;
}

/** Append history versions in batches, one JSON parameter per batch (see insertPayments). */
export async function insertPaymentHistory(exec: Executor, rows: ReadonlyArray<Omit<typeof paymentHistory.$inferInsert, 'id'>>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE).map((r) => ({
      payment_id: r.paymentId,
      version: r.version,
      action: r.action,
      snapshot: r.snapshot,
      reason: r.reason ?? null,
      actor_id: r.actorId ?? null,
      actor_name: r.actorName,
    }));
    await exec.execute(sql`
      insert into ${paymentHistory} (payment_id, version, action, snapshot, reason, actor_id, actor_name)
      select payment_id, version, action, snapshot, reason, actor_id, actor_name
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(payment_id int, version int, action text, snapshot jsonb, reason text, actor_id int, actor_name text)`);
  }
}

export async function updatePaymentRow(exec: Executor, id: number, values: Partial<PaymentInsert>): Promise<PaymentRow> {
  const [row] = await exec
    .update(payments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(payments.id, id))
    .returning();
  return row!;
}

export async function listPaymentHistory(exec: Executor, paymentId: number): Promise<PaymentHistoryRow[]> {
  return exec.select().from(paymentHistory).where(eq(paymentHistory.paymentId, paymentId)).orderBy(asc(paymentHistory.version));
}

export interface PaymentFilter {
  unitId: number;
  year: number;
  projectId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status: 'active' | 'void' | 'all';
  text?: string | undefined;
  limit: number;
  offset: number;
  /** newest first (the payments list, default) or in business-date order (a drill-down) */
  order?: 'newest' | 'oldest';
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function paymentWhere(f: PaymentFilter): SQL | undefined {
  const conditions: Array<SQL | undefined> = [eq(payments.unitId, f.unitId), eq(payments.year, f.year)];
  if (f.projectId !== undefined) conditions.push(eq(payments.projectId, f.projectId));
  if (f.from) conditions.push(gte(payments.paidOn, f.from));
  if (f.to) conditions.push(lte(payments.paidOn, f.to));
  if (f.status !== 'all') conditions.push(eq(payments.status, f.status));
  if (f.text) {
    const pattern = likePattern(f.text);
    conditions.push(or(ilike(payments.payee, pattern), ilike(payments.summary, pattern), ilike(payments.voucherNo, pattern)));
  }
  return and(...conditions);
}

/** One page of payments, newest first, with the count and the active sum of everything matching. */
export async function listPayments(exec: Executor, filter: PaymentFilter): Promise<{ rows: PaymentRow[]; total: number; activeFen: number }> {
  const where = paymentWhere(filter);
  const order = filter.order === 'oldest' ? [asc(payments.paidOn), asc(payments.id)] : [desc(payments.paidOn), desc(payments.id)];
  const rows = await exec.select().from(payments).where(where).orderBy(...order).limit(filter.limit).offset(filter.offset);
  const [totals] = await exec
    .select({ total: sql<number>`count(*)::int`, activeFen: sql<string>`coalesce(sum(${payments.amountFen}) filter (where ${payments.status} = 'active'), 0)` })
    .from(payments)
    .where(where);
  return { rows, total: totals?.total ?? 0, activeFen: Number(totals?.activeFen ?? 0) };
}

export async function getUnitSetting(exec: Executor, unitId: number, key: string): Promise<unknown> {
  const [row] = await exec
    .select({ value: unitSettings.value })
    .from(unitSettings)
    .where(and(eq(unitSettings.unitId, unitId), eq(unitSettings.key, key)));
  return row?.value;
}

/** One setting of many units at once (a county's rollup); units without it are absent. */
export async function getUnitSettings(exec: Executor, unitIds: readonly number[], key: string): Promise<Map<number, unknown>> {
  if (unitIds.length === 0) return new Map();
  const rows = await exec
    .select({ unitId: unitSettings.unitId, value: unitSettings.value })
    .from(unitSettings)
    .where(and(unitIdIs(unitSettings.unitId, unitIds), eq(unitSettings.key, key)));
  return new Map(rows.map((r) => [r.unitId, r.value]));
}

export async function putUnitSetting(exec: Executor, unitId: number, key: string, value: unknown, actorName: string): Promise<void> {
  await exec
    .insert(unitSettings)
    .values({ unitId, key, value, updatedByName: actorName })
    .onConflictDoUpdate({ target: [unitSettings.unitId, unitSettings.key], set: { value, updatedByName: actorName, updatedAt: sql`now()` } });
}
