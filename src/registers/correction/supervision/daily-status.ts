import type { TDailyStatus, TOfficeDay } from '../../../contract/api/correction-api.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import { zeroReportStatus, type TZeroReportCounts } from '../../../core/correction/zero-report.js';
import { chinaDate } from '../../../core/dates.js';
import type { Executor } from '../../../db/client.js';
import { listUnitOffices } from '../../../repositories/unit.repository.js';
import { listDailyReports, personOffices, listSensitivePeriods, openAlarmsByOffice, prefillCountsByOffice, type TDailyReportRow } from './supervision.repository.js';

const countsOf = (r: TDailyReportRow): TZeroReportCounts | null =>
  r.roster === null ? null : { roster: r.roster, lost: r.lost ?? 0, outOfBounds: r.outOfBounds ?? 0, violations: r.violations ?? 0, newOffences: r.newOffences ?? 0, incidents: r.incidents ?? 0 };

/**
 * The offices a scope's 零报告 covers: the unit's 司法所 list (a unit that keeps none yet: the offices
 * its correction records name), a 司法所 user only its own.
 */
export async function officesOf(exec: Executor, scope: TUnitScope): Promise<string[]> {
  const listed = await listUnitOffices(exec, scope.rootUnit.id, 'office');
  const all = listed.length > 0 ? listed : await personOffices(exec, scope.rootUnit.id);
  return scope.offices === null ? all : all.filter((o) => scope.offices!.includes(o));
}

/**
 * 零报告 of one day for every office of the scope: filed (on time or late, with the counts), missing
 * (the day has passed: flagged by a 缺报 row, or computed until someone flags it) or still due today —
 * with what jixiao knows of the day to prefill an unfiled report, each office's open and escalated
 * alarms as of `now`, and the sensitive periods the day falls in.
 */
export async function getDailyStatus(o: { db: Executor; scope: TUnitScope; date: string; now: string; prefill?: boolean }): Promise<TDailyStatus> {
  const today = chinaDate(new Date(o.now));
  const unitId = o.scope.rootUnit.id;
  const [offices, reports, periods, alarms, prefills] = await Promise.all([
    officesOf(o.db, o.scope),
    listDailyReports(o.db, { unitId, from: o.date, to: o.date, offices: o.scope.offices }),
    listSensitivePeriods(o.db, { unitId, from: o.date, to: o.date }),
    openAlarmsByOffice(o.db, { unitId, now: o.now }),
    o.prefill === false ? null : prefillCountsByOffice(o.db, { unitId, date: o.date }),
  ]);
  const byOffice = new Map(reports.map((r) => [r.office ?? '', r]));
  const days: TOfficeDay[] = [];
  for (const office of offices) {
    const r = byOffice.get(office);
    const filed = r && r.status !== '缺报' ? r : null;
    const status = zeroReportStatus({ date: o.date, filedOn: filed?.filedAt ? chinaDate(new Date(filed.filedAt)) : null, today });
    const open = alarms.get(office) ?? { open: 0, escalated: 0 };
    const prefill = filed === null && prefills ? (prefills.get(office) ?? { roster: 0, newOffences: 0, outOfBounds: 0, lost: 0 }) : null;
    days.push({
      office,
      status,
      flagged: r?.status === '缺报',
      counts: filed ? countsOf(filed) : null,
      prefill: prefill ? { ...prefill, violations: 0, incidents: 0 } : null,
      filedAt: filed?.filedAt ? new Date(filed.filedAt).toISOString() : null,
      filedBy: filed?.filedBy ?? null,
      openAlarms: open.open,
      escalatedAlarms: open.escalated,
    });
  }
  const sum = (k: keyof TZeroReportCounts) => days.reduce((n, d) => n + (d.counts?.[k] ?? 0), 0);
  return {
    date: o.date,
    today,
    sensitivePeriods: periods,
    offices: days,
    totals: {
      filed: days.filter((d) => d.status === '按时上报').length,
      late: days.filter((d) => d.status === '补报').length,
      missing: days.filter((d) => d.status === '缺报').length,
      pending: days.filter((d) => d.status === '待上报').length,
      roster: sum('roster'),
      outOfBounds: sum('outOfBounds'),
      lost: sum('lost'),
    },
  };
}
