import type { TUnitScope } from '../../core/access/scope.js';
import { ZMonitoringSettings, type TMeasure, type TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { ROLE_LABEL, type TRole } from '../../core/access/permissions.js';
import { DomainError } from '../../core/errors.js';
import { buildMonitoring, changesBetween, countProblems, type LineState, type MonitoringInputs } from '../../core/monitoring/build-monitoring.js';
import { mayFillMonitoringLine } from '../../core/monitoring/line-scope.js';
import type { Db, Executor } from '../../db/client.js';
import {
  findMonitoringReport,
  listMeasuresOfReport,
  listMonitoringComments,
  listMonitoringLines,
  listMonitoringReports,
  listUnitMeasures,
  type MonitoringMeasureRow,
  type MonitoringReportRow,
} from '../../repositories/monitoring.repository.js';
import { loadMonitoringInputs } from './load-monitoring-inputs.js';
import { movesFor, type MonitoringViewer } from './monitoring-viewer.js';

export function measureView(m: MonitoringMeasureRow, reportMonth: number, monthOf: ReadonlyMap<number, number>): TMeasure {
  return {
    id: m.id,
    indicatorId: m.indicatorId,
    reportMonth,
    text: m.text,
    owner: m.owner,
    dueOn: m.dueOn,
    status: m.status,
    followUpNote: m.followUpNote,
    followedUpMonth: m.followedUpReportId !== null ? (monthOf.get(m.followedUpReportId) ?? null) : null,
  };
}

/** The stored judgements of a report, by indicator. */
export async function loadLines(exec: Executor, report: MonitoringReportRow | undefined, monthOf: ReadonlyMap<number, number>): Promise<Map<number, LineState>> {
  const lines = new Map<number, LineState>();
  if (!report) return lines;
  const [rows, measures] = await Promise.all([listMonitoringLines(exec, report.id), listMeasuresOfReport(exec, report.id)]);
  for (const r of rows) lines.set(r.indicatorId, { likelihood: r.likelihood, cause: r.cause, causeText: r.causeText, confirmedBy: r.confirmedByName, measures: [] });
  for (const m of measures) {
    const line = lines.get(m.indicatorId) ?? { likelihood: null, cause: null, causeText: null, confirmedBy: null, measures: [] };
    line.measures.push(measureView(m, report.month, monthOf));
    lines.set(m.indicatorId, line);
  }
  return lines;
}

const FROZEN = new Set(['approved', 'locked']);

/**
 * The monitoring report of a unit, year and cut-off month: money and indicators with jixiao's proposals
 * and the judgements people stored; the earlier reports' measures for follow-up; the workflow state and
 * the moves the viewer may make. An approved report is built from its frozen snapshot, and what has
 * changed live since is listed beside it. Without a viewer (the CLI) no moves are offered.
 */
export async function getMonitoringReport(o: { db: Db; scope: TUnitScope; year: number; month: number; viewer?: MonitoringViewer | undefined }): Promise<TMonitoringReport> {
  // one round of independent reads (PostgreSQL runs them side by side), then what depends on the report
  const [report, live, reports, earlier] = await Promise.all([
    findMonitoringReport(o.db, o.scope.rootUnit.id, o.year, o.month),
    loadMonitoringInputs(o),
    listMonitoringReports(o.db, o.scope.rootUnit.id, o.year),
    listUnitMeasures(o.db, o.scope.rootUnit.id, o.year, { beforeMonth: o.month }),
  ]);
  const frozen = report && FROZEN.has(report.state) && report.snapshot ? (report.snapshot as MonitoringInputs) : null;
  const monthOf = new Map(reports.map((r) => [r.id, r.month]));
  const [lines, comments] = await Promise.all([loadLines(o.db, report, monthOf), report ? listMonitoringComments(o.db, report.id) : Promise.resolve([])]);
  const editable = !report || report.state === 'draft' || report.state === 'returned';
  const viewer = o.viewer;
  const built = buildMonitoring(frozen ?? live.inputs, lines, (i) =>
    editable && viewer !== undefined ? mayFillMonitoringLine(viewer, live.kinds.get(i.indicatorId) ?? [], live.projectKinds.get(i.projectCode ?? '') ?? []) : false,
  );
  const earlierMeasures = earlier.map((e) => ({ ...measureView(e.measure, e.reportMonth, monthOf), projectCode: e.projectCode, indicator: e.indicator }));
  return {
    ...built,
    earlierMeasures,
    report: {
      id: report?.id ?? null,
      state: report?.state ?? 'draft',
      frozen: frozen !== null,
      submittedByName: report?.submittedByName ?? null,
      submittedAt: report?.submittedAt?.toISOString() ?? null,
      decidedByName: report?.decidedByName ?? null,
      decidedAt: report?.decidedAt?.toISOString() ?? null,
      returnReason: report?.returnReason ?? null,
      reopenReason: report?.reopenReason ?? null,
      moves: movesFor(viewer, report ?? null),
      problems: countProblems(built, earlierMeasures),
      comments: comments.map((c) => ({ id: c.id, authorName: c.authorName, authorRole: ROLE_LABEL[c.authorRole as TRole] ?? c.authorRole, text: c.text, createdAt: c.createdAt.toISOString() })),
    },
    changesSinceApproval: frozen ? changesBetween(frozen, live.inputs) : [],
  };
}

/** The cut-off month to use: the one asked for, else the unit's setting. */
export function checkedMonth(month: number | undefined, settingMonth: number): number {
  const m = month ?? settingMonth;
  const parsed = ZMonitoringSettings.safeParse({ month: m });
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', { zh: `截止月份“${m}”无效：应为 1–12 之间的整数，如 6（1–6月）`, en: `Cut-off month "${m}" is invalid: give a whole number from 1 to 12` });
  return m;
}
