import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { listUnitOffices } from '../../../repositories/unit.repository.js';
import { readCorrectionSettings } from './correction-settings.js';
import { demoSensitivePeriods, generateSupervisionHistory } from './generate-supervision-history.js';
import { countAlarms, insertDailyReports, insertHandledAlarms, insertSensitivePeriod, peopleInPeriod } from './supervision.repository.js';
import { insertApproval } from './approval.repository.js';
import { demoApprovals } from './generate-supervision-history.js';
import { generateLifecycleHistory } from '../lifecycle/generate-lifecycle-history.js';
import { insertLifecycleHistory } from '../lifecycle/lifecycle.repository.js';

export const DEMO_SUPERVISION_SEED = 20220315;

/**
 * The demo year's supervision history for a unit whose correction register is loaded: a year of
 * handled alarms, every office's daily reports, the sensitive periods and a year of requests (leave
 * with returns, electronic location, class changes), each person's steps and monthly activities, in one transaction with one
 * audit entry. A year that already has alarms is left alone.
 */
export async function loadSupervisionDemo(o: { db: Db; unitId: number; year: number; actor: Actor; alarmsPerPersonDay?: number }): Promise<{ alarms: number; reports: number; approvals: number; steps: number; activities: number } | null> {
  const from = `${o.year}-01-01`;
  const to = `${o.year}-12-31`;
  if ((await countAlarms(o.db, { unitIds: [o.unitId], offices: null, from, to })) > 0) return null;
  return o.db.transaction(async (tx) => {
    const settings = await readCorrectionSettings(tx, o.unitId);
    const people = (await peopleInPeriod(tx, { unitId: o.unitId, from, to })).filter((p) => p.office !== null) as Array<{ id: number; office: string; startOn: string; endOn: string }>;
    const offices = await listUnitOffices(tx, o.unitId, 'office');
    const history = generateSupervisionHistory({ people, offices, from, to, seed: DEMO_SUPERVISION_SEED, responseMinutes: settings.alarmResponseMinutes, ...(o.alarmsPerPersonDay ? { alarmsPerPersonDay: o.alarmsPerPersonDay } : {}) });
    await insertHandledAlarms(tx, o.unitId, history.alarms);
    await insertDailyReports(tx, o.unitId, history.reports.map((r) => ({ ...r, filedBy: r.filedAt ? `${r.office}内勤` : null })));
    for (const p of demoSensitivePeriods(o.year)) await insertSensitivePeriod(tx, { unitId: o.unitId, name: p.name, fromOn: p.from, toOn: p.to, createdBy: o.actor.name });
    const approvals = demoApprovals({ people, year: o.year, seed: DEMO_SUPERVISION_SEED, settings });
    for (const a of approvals) await insertApproval(tx, { ...a, unitId: o.unitId, enteredBy: null, enteredByName: `${a.office}内勤`, decidedBy: null, decidedByName: a.level === '局长' ? '局长 王局长' : a.level === '司法所' ? `${a.office}所长` : '社区矫正科 陈科长' });
    const lifecycle = generateLifecycleHistory({ people, year: o.year, seed: DEMO_SUPERVISION_SEED });
    await insertLifecycleHistory(tx, o.unitId, lifecycle, (office) => `${office}内勤`);
    const result = { alarms: history.alarms.length, reports: history.reports.length, approvals: approvals.length, steps: lifecycle.steps.length, activities: lifecycle.activities.length };
    await recordAudit(tx, { actor: o.actor, unitId: o.unitId, action: 'register.demo', entity: 'register:correction/alarms', entityId: String(o.year), after: result });
    return result;
  });
}
