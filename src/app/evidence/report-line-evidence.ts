import type { TUnitScope } from '../../core/access/scope.js';
import type { TEvidenceFile } from '../../contract/api/registers-api.js';
import { can, type TRole } from '../../core/access/permissions.js';
import { DomainError } from '../../core/errors.js';
import { mayFillLine } from '../../core/monitoring/line-scope.js';
import { WORKFLOW, type TWorkflowState } from '../../core/workflow.js';
import type { Db, Tx } from '../../db/client.js';
import { deleteEvidenceFile, findEvidenceFile, findEvidenceMeta, listEvidenceFilesByPrefix, type EvidenceFileMeta } from '../../repositories/evidence.repository.js';
import { ensureReport, findReport } from '../../repositories/evaluation.repository.js';
import { findIndicatorWithProject } from '../../repositories/indicator-tracking.repository.js';
import { findMonitoringReport } from '../../repositories/monitoring.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadLineKinds } from '../indicators/line-kinds.js';
import { openForEdit } from '../monitoring/open-for-edit.js';
import { checkedUpload, evidenceView, storeEvidence } from './evidence-files.js';

/**
 * 佐证材料 on a report line — a line of the monitoring report of a cut-off month, or of the year's
 * self-evaluation. The line's rules are the report's: whoever may fill the line (finance any, a 业务科室
 * those of its business) attaches while the report may still be edited (draft or returned) and may
 * remove what they attached (finance anything); whoever may read the report lists and downloads. An
 * approved or locked report is frozen with its evidence: nothing is added or removed until the leader
 * reopens it. Files are owned by `monitoring_line` / `evaluation_line` and `reportId/indicatorId`;
 * every upload and removal is audited.
 */

export type TReportRef = { kind: 'monitoring'; month: number } | { kind: 'evaluation' };

export interface LineViewer {
  actor: Actor;
  role: TRole;
  sections: string[];
}

const OWNER = { monitoring: 'monitoring_line', evaluation: 'evaluation_line' } as const;
const NAME = { monitoring: { zh: '绩效监控报告', en: 'monitoring report' }, evaluation: { zh: '绩效自评报告', en: 'self-evaluation report' } } as const;
const editable = (state: TWorkflowState) => WORKFLOW.edit.from.includes(state);

function frozen(kind: TReportRef['kind'], state: TWorkflowState): DomainError {
  const what = NAME[kind];
  return new DomainError('INVALID_STATE', {
    zh: `该${what.zh}${state === 'submitted' ? '已提交待审批' : state === 'approved' ? '已审批并冻结' : '已锁定'}，佐证材料随报告一起${state === 'submitted' ? '等待审批' : '冻结'}，不能再添加或删除；如需补充，请${state === 'submitted' ? '由审批人退回' : '由局领导写明原因后重新打开'}`,
    en: `The ${what.en} is ${state}: its evidence ${state === 'submitted' ? 'awaits the decision' : 'is frozen with it'} and cannot be added or removed; ${state === 'submitted' ? 'the approver must return it' : 'the leader must reopen it with a reason'}`,
  });
}

/** The report row of the reference, if it exists (monitoring: of the month; evaluation: of the year). */
async function findRef(db: Db | Tx, unitId: number, year: number, ref: TReportRef): Promise<{ id: number; state: TWorkflowState } | undefined> {
  return ref.kind === 'monitoring' ? findMonitoringReport(db, unitId, year, ref.month) : findReport(db, unitId, year);
}

/** The line's indicator (a project indicator of the year), refused unless the viewer may fill it. */
async function fillableLine(tx: Tx, scope: TUnitScope, year: number, ref: TReportRef, viewer: LineViewer, indicatorId: number) {
  const unitId = scope.rootUnit.id;
  const found = await findIndicatorWithProject(tx, unitId, indicatorId);
  if (!found || found.indicator.year !== year || !found.projectCode)
    throw new DomainError('NOT_FOUND', { zh: `${year}年度没有编号为 ${indicatorId} 的项目指标`, en: `No project indicator ${indicatorId} in ${year}` });
  const kinds = await loadLineKinds(tx, unitId, year);
  if (!mayFillLine(viewer, `${ref.kind}.fill`, kinds.of(indicatorId), kinds.ofProject(found.projectCode))) {
    throw new DomainError('FORBIDDEN', {
      zh: `指标“${found.indicator.name}”不属于您科室的业务，请由对应业务科室或财务人员上传佐证材料`,
      en: `Indicator “${found.indicator.name}” is not of your section's business: its section or finance attaches its evidence`,
    });
  }
  return found;
}

/** The report, locked, open for a change of its lines (created as a draft on first use); refused once submitted or frozen. */
async function reportForChange(tx: Tx, scope: TUnitScope, year: number, ref: TReportRef, viewer: LineViewer): Promise<{ id: number }> {
  const existing = await findRef(tx, scope.rootUnit.id, year, ref);
  if (existing && !editable(existing.state)) throw frozen(ref.kind, existing.state);
  if (ref.kind === 'monitoring') return openForEdit(tx, scope.rootUnit, year, ref.month, viewer);
  const report = await ensureReport(tx, scope.rootUnit.id, year);
  if (!editable(report.state)) throw frozen(ref.kind, report.state);
  return report;
}

export async function attachEvidenceToReportLine(o: {
  db: Db;
  scope: TUnitScope;
  year: number;
  report: TReportRef;
  viewer: LineViewer;
  indicatorId: number;
  file: { fileName: string; bytes: Uint8Array };
}): Promise<TEvidenceFile> {
  const file = checkedUpload(o.file);
  return o.db.transaction(async (tx) => {
    await fillableLine(tx, o.scope, o.year, o.report, o.viewer, o.indicatorId);
    const report = await reportForChange(tx, o.scope, o.year, o.report, o.viewer);
    return storeEvidence(tx, {
      unitId: o.scope.rootUnit.id,
      actor: o.viewer.actor,
      owner: { kind: OWNER[o.report.kind], id: `${report.id}/${o.indicatorId}` },
      indicatorId: o.indicatorId,
      file,
      audit: { year: o.year, ...(o.report.kind === 'monitoring' ? { month: o.report.month } : {}) },
    });
  });
}

/** Every file on the report's lines (none before the report exists), oldest first: the page counts them per line. */
export async function listReportEvidence(o: { db: Db; scope: TUnitScope; year: number; report: TReportRef }): Promise<TEvidenceFile[]> {
  const report = await findRef(o.db, o.scope.rootUnit.id, o.year, o.report);
  if (!report) return [];
  return (await listEvidenceFilesByPrefix(o.db, o.scope.rootUnit.id, OWNER[o.report.kind], `${report.id}/`)).map(evidenceView);
}

const notFound = (fileId: number) => new DomainError('NOT_FOUND', { zh: `该报告没有编号为 ${fileId} 的佐证材料`, en: `No evidence file ${fileId} on this report` });
const ofReport = (row: Pick<EvidenceFileMeta, 'ownerKind' | 'ownerId'> | undefined, ref: TReportRef, reportId: number | undefined) =>
  row !== undefined && reportId !== undefined && row.ownerKind === OWNER[ref.kind] && row.ownerId.startsWith(`${reportId}/`);

/** A file of the report's lines, its bytes for download. */
export async function readReportEvidence(o: {
  db: Db;
  scope: TUnitScope;
  year: number;
  report: TReportRef;
  fileId: number;
}): Promise<{ fileName: string; mediaType: string; bytes: Buffer; sha256: string }> {
  const [report, row] = await Promise.all([findRef(o.db, o.scope.rootUnit.id, o.year, o.report), findEvidenceFile(o.db, o.scope.rootUnit.id, o.fileId)]);
  if (!row || !ofReport(row, o.report, report?.id)) throw notFound(o.fileId);
  return { fileName: row.fileName, mediaType: row.mediaType, bytes: Buffer.from(row.content), sha256: row.sha256 };
}

/** Remove a file while the report may be edited: its uploader (who may still fill the line) or finance. */
export async function removeReportEvidence(o: { db: Db; scope: TUnitScope; year: number; report: TReportRef; viewer: LineViewer; fileId: number }): Promise<void> {
  await o.db.transaction(async (tx) => {
    const unitId = o.scope.rootUnit.id;
    const [report, row] = await Promise.all([findRef(tx, unitId, o.year, o.report), findEvidenceMeta(tx, unitId, o.fileId)]);
    if (!row || !ofReport(row, o.report, report?.id)) throw notFound(o.fileId);
    await fillableLine(tx, o.scope, o.year, o.report, o.viewer, row.indicatorId!);
    const own = o.viewer.actor.userId !== null ? row.uploadedBy === o.viewer.actor.userId : row.uploadedByName === o.viewer.actor.name;
    if (!own && !can(o.viewer.role, `${o.report.kind}.submit`))
      throw new DomainError('FORBIDDEN', {
        zh: `佐证材料“${row.fileName}”是 ${row.uploadedByName} 上传的，只能由上传人或财务人员删除`,
        en: `“${row.fileName}” was uploaded by ${row.uploadedByName}: only they or finance may remove it`,
      });
    await reportForChange(tx, o.scope, o.year, o.report, o.viewer);
    await deleteEvidenceFile(tx, unitId, row.id);
    await recordAudit(tx, {
      actor: o.viewer.actor,
      unitId,
      action: 'evidence.delete',
      entity: 'evidence_file',
      entityId: String(row.id),
      // the upload's audit names its owner as { kind, id }: the removal says it the same way
      before: { ...evidenceView(row), owner: { kind: row.ownerKind, id: row.ownerId } },
    });
  });
}
