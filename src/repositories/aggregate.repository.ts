import { and, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { unitIdIs } from './unit-ids.js';
import { aggregateMeta, paymentDaily } from '../db/schema/index.js';
import { rowsOf } from '../db/rows.js';

/**
 * payment_daily (kept by triggers on `payment`, migration 0021) and the fingerprint of the register
 * metric definitions metric_daily was built for.
 */

/** Spent to date and the number of active payments per project, for many units at once, from payment_daily. */
export async function paymentTotalsFromDaily(exec: Executor, unitIds: readonly number[], year: number, asOf: string): Promise<Map<number, { fen: number; count: number }>> {
  if (unitIds.length === 0) return new Map();
  // raw rows, the sum as float8 (exact below 2^53 fen): a province's 12,000 projects through drizzle's
  // row mapping and a numeric string each cost more than the query
  const rows = rowsOf<{ projectId: number; fen: number; count: number }>(
    await exec.execute(sql`
      select ${paymentDaily.projectId} as "projectId", sum(${paymentDaily.amountFen})::float8 as fen, sum(${paymentDaily.payments})::int as count
      from ${paymentDaily}
      where ${and(unitIdIs(paymentDaily.unitId, unitIds.length === 1 ? unitIds[0]! : unitIds), eq(paymentDaily.year, year), lte(paymentDaily.day, asOf))}
      group by 1`),
  );
  return new Map(rows.map((r) => [r.projectId, { fen: r.fen, count: r.count }]));
}

const PAYMENT_RECOMPUTE = sql`select unit_id, year, project_id, paid_on as day, sum(amount_fen)::bigint as amount_fen, count(*)::int as payments from payment where status = 'active' group by unit_id, year, project_id, paid_on`;

export async function rebuildPaymentDaily(exec: Executor): Promise<void> {
  await exec.delete(paymentDaily);
  await exec.execute(sql`insert into ${paymentDaily} (unit_id, year, project_id, day, amount_fen, payments) ${PAYMENT_RECOMPUTE}`);
}

export async function comparePaymentDaily(exec: Executor, limit: number): Promise<{ count: number; sample: Array<{ unitId: number; year: number; projectId: number; day: string; stored: { fen: number; payments: number }; computed: { fen: number; payments: number } }> }> {
  const rows = rowsOf<Record<string, unknown>>(
    await exec.execute(sql`
      with c as (${PAYMENT_RECOMPUTE}),
      s as (select * from ${paymentDaily} where amount_fen <> 0 or payments <> 0),
      diff as (
        select coalesce(c.unit_id, s.unit_id) as unit_id, coalesce(c.year, s.year) as year, coalesce(c.project_id, s.project_id) as project_id, coalesce(c.day, s.day)::text as day,
          coalesce(s.amount_fen, 0) as s_fen, coalesce(s.payments, 0) as s_n, coalesce(c.amount_fen, 0) as c_fen, coalesce(c.payments, 0) as c_n
        from c full join s on c.unit_id = s.unit_id and c.year = s.year and c.project_id = s.project_id and c.day = s.day
        where c.amount_fen is distinct from s.amount_fen or c.payments is distinct from s.payments
      )
      select *, count(*) over ()::int as n from diff order by unit_id, year, project_id, day limit ${limit}`),
  );
  return {
    count: Number(rows[0]?.n ?? 0),
    sample: rows.map((r) => ({ unitId: Number(r.unit_id), year: Number(r.year), projectId: Number(r.project_id), day: String(r.day), stored: { fen: Number(r.s_fen), payments: Number(r.s_n) }, computed: { fen: Number(r.c_fen), payments: Number(r.c_n) } })),
  };
}

export async function readAggregateFingerprint(exec: Executor, key: string): Promise<string | null> {
  const [row] = await exec.select({ fingerprint: aggregateMeta.fingerprint }).from(aggregateMeta).where(eq(aggregateMeta.key, key));
  return row?.fingerprint ?? null;
}

export async function writeAggregateFingerprint(exec: Executor, key: string, fingerprint: string): Promise<void> {
  await exec
    .insert(aggregateMeta)
    .values({ key, fingerprint })
    .onConflictDoUpdate({ target: aggregateMeta.key, set: { fingerprint, builtAt: sql`now()` } });
}

/** Serialise rebuilds: two app processes opening one database at once rebuild once. */
export async function lockAggregates(exec: Executor): Promise<void> {
  await exec.execute(sql`lock table ${aggregateMeta} in exclusive mode`);
}
