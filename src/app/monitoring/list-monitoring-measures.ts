import type { TUnitScope } from '../../core/access/scope.js';
import type { TUnitMeasure } from '../../contract/api/monitoring-api.js';
import type { Db } from '../../db/client.js';
import { listMonitoringReports, listUnitMeasures } from '../../repositories/monitoring.repository.js';
import { measureView } from './get-monitoring-report.js';

/**
 * The corrective measures (完善措施) of a unit's year with their 整改 status, for the self-evaluation's
 * 偏差原因分析及改进措施 and the home page: each with its indicator and project, the report that set it
 * and whether it is overdue as of a date (open and due before it).
 */
export async function listMonitoringMeasures(o: { db: Db; scope: TUnitScope; year: number; asOf: string }): Promise<TUnitMeasure[]> {
  const [rows, reports] = await Promise.all([listUnitMeasures(o.db, o.scope.rootUnit.id, o.year), listMonitoringReports(o.db, o.scope.rootUnit.id, o.year)]);
  const monthOf = new Map(reports.map((r) => [r.id, r.month]));
  return rows.map((r) => ({
    ...measureView(r.measure, r.reportMonth, monthOf),
    projectCode: r.projectCode,
    projectName: r.projectName,
    indicator: r.indicator,
    overdue: r.measure.status === 'open' && r.measure.dueOn < o.asOf,
  }));
}
