import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../../../core/errors.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite, officeOf, type RegisterViewer } from '../../framework/access.js';
import { peopleSheet } from '../index.js';
import { correctionActivities } from './schema.js';

/** Void an activity entered by mistake (it stops counting toward the duties; the row stays). One audit entry. */
export async function voidActivity(o: { db: Db; scope: TUnitScope; viewer: RegisterViewer; actor: Actor; personId: number; activityId: number }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  const a = correctionActivities;
  return o.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(a)
      .where(and(inArray(a.unitId, [...o.scope.unitIds]), eq(a.id, o.activityId), eq(a.personId, o.personId)))
      .for('update');
    const office = officeOf(o.viewer);
    if (!row || (office !== null && row.office !== office)) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.activityId} 的监管活动记录`, en: `There is no activity ${o.activityId}` });
    if (row.voided) throw new DomainError('INVALID_STATE', { zh: `监管活动记录 ${o.activityId} 已作废`, en: `Activity ${o.activityId} is already voided` });
    await tx.update(a).set({ voided: true }).where(eq(a.id, row.id));
    await recordAudit(tx, { actor: o.actor, unitId: row.unitId, action: 'correction.activityVoid', entity: 'correction_activity', entityId: String(row.id), before: { kind: row.kind, doneOn: row.doneOn, amount: row.amount }, after: { voided: true } });
    return { id: row.id };
  });
}
