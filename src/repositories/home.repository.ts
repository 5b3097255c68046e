import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GRANTED, NOTIFIED } from '../core/deadlines.js';
import type { Executor } from '../db/client.js';
import { legalAidCases } from '../registers/legal-aid/schema.js';

/**
 * Legal-aid cases of a year whose legal deadline (法律援助法 Art.43/36: decide within 7 days, assign
 * within 3 days of the decision or of a notice) has passed as of a date without the step being done —
 * the same rule as core/deadlines.ts's legalAidDeadlines, as one count in SQL. `office`: one 司法所's.
 */
export async function countOverdueLegalAid(exec: Executor, o: { unitId: number; year: number; asOf: string; office: string | null }): Promise<number> {
  const c = legalAidCases;
  const asOf = sql`${o.asOf}::date`;
  const open = (done: AnyPgColumn) => sql`(${done} is null or ${done} > ${asOf})`;
  const decisionOverdue = sql`${c.source} <> ${NOTIFIED} and ${open(c.decidedOn)} and ${c.appliedOn} + 7 < ${asOf}`;
  const notifiedOverdue = sql`${c.source} = ${NOTIFIED} and ${open(c.assignedOn)} and ${c.appliedOn} + 3 < ${asOf}`;
  const grantedOverdue = sql`${c.source} <> ${NOTIFIED} and ${c.decision} = ${GRANTED} and ${c.decidedOn} <= ${asOf} and ${open(c.assignedOn)} and ${c.decidedOn} + 3 < ${asOf}`;
  const [row] = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(c)
    .where(
      and(
        eq(c.unitId, o.unitId),
        isNull(c.voidedAt),
        gte(c.appliedOn, `${o.year}-01-01`),
        lte(c.appliedOn, o.asOf),
        o.office !== null ? eq(c.office, o.office) : undefined,
        sql`((${decisionOverdue}) or (${notifiedOverdue}) or (${grantedOverdue}))`,
      ),
    );
  return row?.n ?? 0;
}
