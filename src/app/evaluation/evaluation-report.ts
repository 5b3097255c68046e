import type { TUnitScope } from '../../core/access/scope.js';
import type { TEvaluation, TEvaluationLineInput, TEvaluationReport } from '../../contract/api/evaluation-api.js';
import { can, type TRole } from '../../core/access/permissions.js';
import { DomainError } from '../../core/errors.js';
import { applyMove, availableMoves, WORKFLOW, type TWorkflowMove, type TWorkflowRight, type TWorkflowState } from '../../core/workflow.js';
import type { Db } from '../../db/client.js';
import { ensureReport, insertComment, listComments, updateReport, upsertLine, upsertProjectNote, type EvaluationReportRow } from '../../repositories/evaluation.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { evaluateLive, evaluateSnapshot, loadEvaluationState, type EvaluationSnapshot } from './get-evaluation.js';
import { evaluateLine } from './evaluate-line.js';
import { findProjectByCode } from '../../repositories/goal-book.repository.js';
import { loadEvaluationInputs } from './load-evaluation-inputs.js';
import { loadLineKinds, type LineKinds } from '../indicators/line-kinds.js';
import { mayFillLine } from '../../core/monitoring/line-scope.js';

/**
 * The 绩效自评 report of a unit's year through the one workflow (core/workflow.ts): sections and
 * finance fill the lines, finance submits (the submitter is its author), the leader approves or returns
 * it with comments, approval freezes a snapshot of the inputs, reopening needs a reason. Every change
 * is audited in its own transaction.
 */

export interface Viewer {
  actor: Actor;
  role: TRole;
  /** register kinds a 业务科室 keeps: it fills the lines of its own business only */
  sections: readonly string[];
  /** the name people read on comments; the actor's name when absent (the CLI) */
  displayName?: string;
}

/** Refuses a 业务科室 a line (or a project's 实际完成情况) outside its business, naming it. */
function assertMayFill(viewer: Viewer, kinds: LineKinds, what: { indicatorId: number; name: string } | { projectCode: string; name: string }): void {
  const allowed = 'indicatorId' in what ? mayFillLine(viewer, 'evaluation.fill', kinds.of(what.indicatorId), kinds.ofProject(kinds.projectOf(what.indicatorId))) : mayFillLine(viewer, 'evaluation.fill', [], kinds.ofProject(what.projectCode));
  if (!allowed) {
    throw new DomainError('FORBIDDEN', {
      zh: `${'indicatorId' in what ? '指标' : '项目'}“${what.name}”不属于您科室的业务，请由对应业务科室或财务人员填写`,
      en: `${'indicatorId' in what ? 'Indicator' : 'Project'} “${what.name}” is not of your section's business: its section or finance fills it`,
    });
  }
}

const SUBJECT = { zh: '该绩效自评报告', en: 'this self-evaluation report' };

function rightsOf(role: TRole): TWorkflowRight[] {
  const rights: TWorkflowRight[] = [];
  if (can(role, 'evaluation.submit')) rights.push('fill');
  if (can(role, 'evaluation.approve')) rights.push('decide', 'lock');
  return rights;
}

/** The author is whoever submitted it first; until then any finance user may take it. */
const isAuthor = (row: Pick<EvaluationReportRow, 'authorId' | 'authorName'> | undefined, actor: Actor) =>
  !row || row.authorName === null ? true : row.authorId !== null || actor.userId !== null ? row.authorId === actor.userId : row.authorName === actor.name;

const editable = (state: TWorkflowState) => WORKFLOW.edit.from.includes(state);

function notEditable(state: TWorkflowState): DomainError {
  return new DomainError('INVALID_STATE', {
    zh: `该绩效自评报告${state === 'submitted' ? '已提交待审批' : state === 'approved' ? '已审批' : '已锁定'}，不能再修改；如需修改，请${state === 'submitted' ? '由审批人退回' : '由局领导写明原因后重新打开'}`,
    en: `The report is ${state} and cannot be changed; ${state === 'submitted' ? 'the approver must return it' : 'the leader must reopen it with a reason'}`,
  });
}

/** What differs between the frozen figures and the live ones (per project: spent, scores, actuals). */
function changesSince(frozen: TEvaluation, live: TEvaluation): TEvaluationReport['changes'] {
  const out: TEvaluationReport['changes'] = [];
  const liveOf = new Map(live.projects.map((p) => [p.code, p]));
  for (const f of frozen.projects) {
    const l = liveOf.get(f.code);
    if (!l) {
      out.push({ project: f.name, what: '项目已不在目标中', frozen: f.total, live: null });
      continue;
    }
    if (f.spent !== l.spent) out.push({ project: f.name, what: '全年执行数（元）', frozen: f.spent, live: l.spent });
    if (f.budget !== l.budget) out.push({ project: f.name, what: '全年预算数（元）', frozen: f.budget, live: l.budget });
    const li = new Map(l.indicators.map((i) => [i.id, i]));
    for (const i of f.indicators) {
      const x = li.get(i.id);
      if (!x) continue;
      if (i.actual !== x.actual) out.push({ project: f.name, what: `${i.name} 实际完成值`, frozen: i.actual, live: x.actual });
      else if (i.assessment !== x.assessment) out.push({ project: f.name, what: `${i.name} 评价`, frozen: i.assessment, live: x.assessment });
    }
    if (f.total !== l.total) out.push({ project: f.name, what: '总分', frozen: f.total, live: l.total });
  }
  return out;
}

export async function getEvaluationReport(o: { db: Db; scope: TUnitScope; year: number; viewer: Viewer }): Promise<TEvaluationReport> {
  // one read of the report, scheme and judgements; the live figures are computed once (and compared
  // with the frozen ones when there are any)
  const stored = await loadEvaluationState(o.db, o.scope.rootUnit.id, o.year);
  const row = stored.report;
  const state: TWorkflowState = row?.state ?? 'draft';
  const [live, comments] = await Promise.all([evaluateLive(o, stored), row ? listComments(o.db, row.id) : Promise.resolve([])]);
  const frozen = row?.snapshot ? evaluateSnapshot(row.snapshot as EvaluationSnapshot) : null;
  const canFill = editable(state) && can(o.viewer.role, 'evaluation.fill');
  const kinds = canFill && o.viewer.role === 'section' ? await loadLineKinds(o.db, o.scope.rootUnit.id, o.year) : null;
  const shown = frozen ?? live;
  const fillable = {
    indicators: canFill ? shown.projects.flatMap((p) => p.indicators.map((i) => i.id)).filter((id) => !kinds || mayFillLine(o.viewer, 'evaluation.fill', kinds.of(id), kinds.ofProject(kinds.projectOf(id)))) : [],
    projects: canFill ? shown.projects.map((p) => p.code).filter((code) => !kinds || mayFillLine(o.viewer, 'evaluation.fill', [], kinds.ofProject(code))) : [],
  };
  return {
    state,
    authorName: row?.authorName ?? null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    decidedByName: row?.decidedByName ?? null,
    frozenAt: row?.frozenAt?.toISOString() ?? null,
    comments: comments.map((c) => ({ id: c.id, kind: c.kind, text: c.text, authorName: c.authorName, createdAt: c.createdAt.toISOString() })),
    moves: availableMoves({ state, isAuthor: isAuthor(row ?? undefined, o.viewer.actor), rights: rightsOf(o.viewer.role) }).filter((m): m is Exclude<TWorkflowMove, 'edit'> => m !== 'edit'),
    canFill,
    fillable,
    canComment: can(o.viewer.role, 'evaluation.comment'),
    evaluation: shown,
    frozen: frozen !== null,
    changes: frozen ? changesSince(frozen, live) : [],
  };
}

/** A line's judgements: 偏差原因 and a score within the band (sections and finance); a signed score with its reason (finance). */
export async function saveEvaluationLine(o: { db: Db; scope: TUnitScope; year: number; viewer: Viewer; indicatorId: number; input: TEvaluationLineInput }): Promise<void> {
  const line = await evaluateLine(o, o.indicatorId, { needsActual: o.input.bandScore != null || (o.input.signedScore != null && !o.input.signReason?.trim()) });
  assertMayFill(o.viewer, line.kinds, { indicatorId: o.indicatorId, name: line.i.name });
  const where = `项目“${line.p.name}”指标“${line.i.name}”`;
  const signedScore = o.input.signedScore ?? null;
  const signReason = o.input.signReason?.trim() || null;
  const bandScore = o.input.bandScore ?? null;
  if (signedScore !== null) {
    if (!can(o.viewer.role, 'evaluation.submit')) throw new DomainError('FORBIDDEN', { zh: '只有财务人员可以签署与计算结果不同的得分', en: 'Only finance may sign a score other than the computed one' });
    if (signedScore > line.i.weight) throw new DomainError('VALIDATION_FAILED', { zh: `${where}：签署得分 ${signedScore} 超过分值 ${line.i.weight}`, en: `${line.i.name}: signed score above the weight ${line.i.weight}` });
    if (signedScore !== line.i.computedScore && signReason === null) throw new DomainError('VALIDATION_FAILED', { zh: `${where}：签署得分 ${signedScore} 与计算得分 ${line.i.computedScore ?? '（缺失）'} 不同，请写明理由`, en: `${line.i.name}: a signed score other than the computed one needs a reason` });
  }
  if (bandScore !== null) {
    const band = line.scheme.bands[line.i.assessment === '达成' ? 'achieved' : line.i.assessment === '部分达成' ? 'partial' : line.i.assessment === '未达成' ? 'notAchieved' : 'achieved'];
    const lo = (line.i.weight * band.from) / 100;
    const hi = (line.i.weight * band.to) / 100;
    if (!line.i.assessment) throw new DomainError('VALIDATION_FAILED', { zh: `${where}没有审批通过的评价，不能给档内得分`, en: `${line.i.name}: no approved assessment to score within` });
    if (bandScore < lo - 1e-9 || bandScore > hi + 1e-9) throw new DomainError('VALIDATION_FAILED', { zh: `${where}：评价“${line.i.assessment}”的得分应在 ${lo}–${hi} 分之间，填写的是 ${bandScore}`, en: `${line.i.name}: score within the band must be ${lo}–${hi}` });
  }
  await o.db.transaction(async (tx) => {
    const report = await ensureReport(tx, o.scope.rootUnit.id, o.year);
    if (!editable(report.state)) throw notEditable(report.state);
    const values = { signedScore, signReason, bandScore, deviation: o.input.deviation?.trim() || null };
    await upsertLine(tx, { reportId: report.id, indicatorId: o.indicatorId, ...values, updatedByName: o.viewer.actor.name });
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: 'evaluation.line', entity: 'evaluation_report', entityId: String(report.id), after: { indicatorId: o.indicatorId, ...values } });
  });
}

export async function saveProjectResults(o: { db: Db; scope: TUnitScope; year: number; viewer: Viewer; projectCode: string; actualResults: string }): Promise<void> {
  const [project, kinds] = await Promise.all([findProjectByCode(o.db, o.scope.rootUnit.id, o.year, o.projectCode), loadLineKinds(o.db, o.scope.rootUnit.id, o.year)]);
  if (!project) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编码为 ${o.projectCode} 的项目`, en: `No project ${o.projectCode} in ${o.year}` });
  assertMayFill(o.viewer, kinds, { projectCode: o.projectCode, name: project.name });
  await o.db.transaction(async (tx) => {
    const report = await ensureReport(tx, o.scope.rootUnit.id, o.year);
    if (!editable(report.state)) throw notEditable(report.state);
    await upsertProjectNote(tx, { reportId: report.id, projectCode: o.projectCode, actualResults: o.actualResults.trim(), updatedByName: o.viewer.actor.name });
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: 'evaluation.results', entity: 'evaluation_report', entityId: String(report.id), after: { projectCode: o.projectCode, actualResults: o.actualResults.trim() } });
  });
}

/**
 * submit (nothing missing: every actual there, every missed indicator with its 偏差原因, every signed
 * score with its reason), approve (freezes the inputs), return (reason → comment), lock, reopen
 * (reason → comment; the frozen snapshot is released and the numbers are live again).
 */
export async function moveEvaluationReport(o: { db: Db; scope: TUnitScope; year: number; viewer: Viewer; move: Exclude<TWorkflowMove, 'edit'>; reason?: string | undefined }): Promise<void> {
  // read before the transaction: computing the evaluation reads many tables
  const inputs = o.move === 'submit' || o.move === 'approve' ? await loadEvaluationInputs(o) : null;
  await o.db.transaction(async (tx) => {
    const report = await ensureReport(tx, o.scope.rootUnit.id, o.year);
    const { to, reason } = applyMove({ move: o.move, state: report.state, isAuthor: isAuthor(report, o.viewer.actor), rights: rightsOf(o.viewer.role), reason: o.reason, subject: SUBJECT });
    const now = new Date();
    const patch: Parameters<typeof updateReport>[2] = { state: to };
    let audit: Record<string, unknown> = {};
    if (o.move === 'submit' || o.move === 'approve') {
      const { scheme, judgements } = await loadEvaluationState(tx, o.scope.rootUnit.id, o.year);
      const snapshot: EvaluationSnapshot = { inputs: inputs!, scheme, lines: [...judgements.lines.entries()], actualResults: [...judgements.actualResults.entries()] };
      const evaluation = evaluateSnapshot(snapshot);
      if (evaluation.problems.length > 0) {
        const list = evaluation.problems.slice(0, 5).map((p) => p.zh).join('；');
        throw new DomainError('VALIDATION_FAILED', { zh: `绩效自评尚不完整，不能${o.move === 'submit' ? '提交' : '审批'}（共 ${evaluation.problems.length} 项）：${list}${evaluation.problems.length > 5 ? '……' : ''}`, en: `The self-evaluation is incomplete (${evaluation.problems.length} problems)` }, { problems: evaluation.problems });
      }
      audit = { totals: evaluation.projects.map((p) => ({ code: p.code, total: p.total, grade: p.grade })) };
      if (o.move === 'submit') Object.assign(patch, { submittedAt: now, ...(report.authorName === null ? { authorId: o.viewer.actor.userId, authorName: o.viewer.actor.name } : {}) });
      else Object.assign(patch, { decidedByName: o.viewer.actor.name, decidedAt: now, snapshot, frozenAt: now });
    }
    if (o.move === 'return') Object.assign(patch, { decidedByName: o.viewer.actor.name, decidedAt: now });
    if (o.move === 'reopen') Object.assign(patch, { snapshot: null, frozenAt: null });
    if (reason !== null) await insertComment(tx, { reportId: report.id, kind: o.move === 'reopen' ? 'reopen' : 'return', text: reason, authorId: o.viewer.actor.userId, authorName: o.viewer.displayName ?? o.viewer.actor.name });
    await updateReport(tx, report.id, patch);
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: `evaluation.${o.move}`, entity: 'evaluation_report', entityId: String(report.id), before: { state: report.state, frozenAt: report.frozenAt }, after: { state: to, reason, ...audit } });
  });
}

/** 财政审核 and others with the right comment on the report at any state; `recheck` asks for 复核. */
export async function commentEvaluationReport(o: { db: Db; scope: TUnitScope; year: number; viewer: Viewer; text: string; recheck?: boolean | undefined }): Promise<void> {
  await o.db.transaction(async (tx) => {
    const report = await ensureReport(tx, o.scope.rootUnit.id, o.year);
    const kind = o.recheck ? ('recheck' as const) : ('comment' as const);
    await insertComment(tx, { reportId: report.id, kind, text: o.text.trim(), authorId: o.viewer.actor.userId, authorName: o.viewer.displayName ?? o.viewer.actor.name });
    await recordAudit(tx, { actor: o.viewer.actor, unitId: o.scope.rootUnit.id, action: `evaluation.${kind}`, entity: 'evaluation_report', entityId: String(report.id), after: { text: o.text.trim() } });
  });
}
