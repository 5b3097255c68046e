import type { TUnitScope } from '../../../core/access/scope.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { lockUnit } from '../../../repositories/goal-book.repository.js';
import { officesOf } from './daily-status.js';
import { insertDailyReport, listDailyReports } from './supervision.repository.js';

/**
 * The morning after: every office of the scope without a 零报告 for `date` gets a 缺报 row (a missing
 * report is itself an alarm, and counts against the filing rate). Only for a day that has passed;
 * flagging twice flags nothing more.
 */
export async function flagMissingReports(o: { db: Db; scope: TUnitScope; actor: Actor; date: string; now: string }): Promise<{ date: string; flagged: string[] }> {
  const today = chinaDate(new Date(o.now));
  if (o.date >= today) throw new DomainError('VALIDATION_FAILED', { zh: `${o.date} 尚未过去（今天是 ${today}），缺报要到次日才能标记`, en: `${o.date} has not passed yet (today is ${today}): a missing report is flagged the next day` });
  return o.db.transaction(async (tx) => {
    await lockUnit(tx, o.scope.rootUnit.id);
    const unitId = o.scope.rootUnit.id;
    const [offices, reports] = await Promise.all([officesOf(tx, o.scope), listDailyReports(tx, { unitId, from: o.date, to: o.date, offices: o.scope.offices })]);
    const have = new Set(reports.map((r) => r.office));
    const flagged = offices.filter((office) => !have.has(office));
    for (const office of flagged) {
      await insertDailyReport(tx, { unitId, office, reportDate: o.date, createdBy: o.actor.userId, status: '缺报', roster: null, lost: null, outOfBounds: null, violations: null, newOffences: null, incidents: null, filedAt: null, filedBy: null, note: null });
    }
    if (flagged.length > 0) await recordAudit(tx, { actor: o.actor, unitId, action: 'correction.flagMissing', entity: 'register:correction/daily-reports', entityId: o.date, after: { date: o.date, flagged } });
    return { date: o.date, flagged };
  });
}
