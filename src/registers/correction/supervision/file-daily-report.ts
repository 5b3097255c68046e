import { z } from 'zod';
import type { ZCounts } from '../../../contract/api/correction-api.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { lockUnit } from '../../../repositories/goal-book.repository.js';
import { officesOf } from './daily-status.js';
import { insertDailyReport, lockDailyReport, updateDailyReport } from './supervision.repository.js';

/**
 * A 司法所 files its 零报告 for a day: on the day it is 按时上报, later 补报 (a day already flagged 缺报
 * becomes 补报; the flag's row keeps its id). A day is filed once; a future day cannot be filed.
 */
export async function fileDailyReport(o: { db: Db; scope: TUnitScope; actor: Actor; office: string; date: string; counts: z.infer<typeof ZCounts>; note: string | null; now: string }): Promise<{ id: number; status: '按时上报' | '补报' }> {
  const today = chinaDate(new Date(o.now));
  if (o.date > today) throw new DomainError('VALIDATION_FAILED', { zh: `零报告日期 ${o.date} 晚于今天（${today}），不能提前上报`, en: `The report date ${o.date} is after today (${today}): a day cannot be reported in advance` });
  return o.db.transaction(async (tx) => {
    await lockUnit(tx, o.scope.rootUnit.id);
    if (!(await officesOf(tx, o.scope)).includes(o.office)) {
      throw new DomainError('NOT_FOUND', { zh: `司法所“${o.office}”不在本单位的司法所名单中（或不是您的司法所）`, en: `Office “${o.office}” is not in the unit's office list (or is not yours)` });
    }
    const status = o.date >= today ? '按时上报' : '补报';
    const values = { status, ...o.counts, filedAt: o.now, filedBy: o.actor.name, note: o.note };
    const existing = await lockDailyReport(tx, { unitId: o.scope.rootUnit.id, office: o.office, date: o.date });
    if (existing && existing.status !== '缺报') {
      throw new DomainError('INVALID_STATE', { zh: `${o.office} ${o.date} 的零报告已于 ${existing.filedAt ? new Date(existing.filedAt).toISOString() : ''} 由 ${existing.filedBy ?? ''} 上报，不能重复上报（如有错误请作废后重报）`, en: `The ${o.date} report of ${o.office} was already filed; void it to file again` });
    }
    let id: number;
    if (existing) {
      await updateDailyReport(tx, existing.id, values);
      id = existing.id;
    } else {
      id = await insertDailyReport(tx, { unitId: o.scope.rootUnit.id, office: o.office, reportDate: o.date, createdBy: o.actor.userId, ...values });
    }
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'correction.dailyReport', entity: 'register:correction/daily-reports', entityId: String(id), before: existing ? { status: existing.status } : null, after: { office: o.office, date: o.date, ...values } });
    return { id, status };
  });
}
