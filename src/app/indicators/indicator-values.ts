import type { TUnitScope, TUnitNode } from '../../core/access/scope.js';
import type { TIndicatorValueView, TUnitIndicatorValue } from '../../contract/api/registers-api.js';
import { can } from '../../core/access/permissions.js';
import { canEnterIndicatorValue, type TAccessSubject } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { TAssessment } from '../../core/indicator-progress.js';
import { directionOf } from '../../core/indicator-progress.js';
import { manualValueProblem } from '../../core/manual-value.js';
import { REGISTER_KIND_LABEL, type TRegisterKind } from '../../core/register-kinds.js';
import { indicatorRegisterKinds } from '../../core/review/business-lines.js';
import { applyMove, type TWorkflowMove, type TWorkflowRight } from '../../core/workflow.js';
import type { Db, Executor } from '../../db/client.js';
import type { IndicatorValueRow } from '../../repositories/indicator-tracking.repository.js';
import { findBinding, findIndicatorValue, findIndicatorWithProject, insertIndicatorValue, listIndicatorValues, listUnitIndicatorValues, updateIndicatorValue } from '../../repositories/indicator-tracking.repository.js';
import { indicatorFromRow,  } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

/**
 * Manual indicator values (指标完成值) and assessments (定性评价) for what no register or ledger
 * computes: entered as a draft, submitted, then approved or returned by another person — moves of the
 * one workflow (`core/workflow.ts`), which decides every state, authorship and rights question. Only
 * approved values count. A number is checked against its indicator (`core/manual-value.ts`); an
 * assessment needs a written reason; a 业务科室 enters only values of its own business lines.
 *
 * `subject` is the signed-in user (their role gives the workflow rights: `indicatorValue.enter` →
 * fill, `indicatorValue.approve` → decide); null for trusted local callers (tests, the demo), who hold
 * every right but are still bound by four-eyes through `actor`.
 */

export interface ValueInput {
  asOf: string;
  value?: number | null | undefined;
  /** the unit the value was typed in, when given (must be the target's) */
  unit?: string | null | undefined;
  assessment?: TAssessment | null | undefined;
  /** an assessment's written reason (required with a band, unless the evidence text gives it); a note beside a number */
  reason?: string | null | undefined;
  evidence?: string | undefined;
}

type Subject = TAccessSubject | null | undefined;

const VALUE = { zh: '该完成值', en: 'this value' };

export function valueView(row: IndicatorValueRow): TIndicatorValueView {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    asOf: row.asOf,
    value: row.value,
    assessment: row.assessment,
    reason: row.reason,
    evidence: row.evidence,
    status: row.status,
    enteredByName: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    returnReason: row.returnReason,
  };
}

/** The entry's author: by user id, or — for entries made without a user (the CLI) — by name. */
export const isAuthorOf = (row: Pick<IndicatorValueRow, 'enteredBy' | 'enteredByName'>, actor: Actor) =>
  row.enteredBy !== null || actor.userId !== null ? row.enteredBy === actor.userId : row.enteredByName === actor.name;

/** The workflow rights a subject's role gives over indicator values. */
export function valueRights(subject: Subject): TWorkflowRight[] {
  if (!subject) return ['fill', 'decide'];
  return [...(can(subject.role, 'indicatorValue.enter') ? (['fill'] as const) : []), ...(can(subject.role, 'indicatorValue.approve') ? (['decide'] as const) : [])];
}

/** One workflow move on a stored value: refused (FORBIDDEN / INVALID_STATE / VALIDATION_FAILED) unless the table allows it. */
export function moveValue(row: IndicatorValueRow, move: TWorkflowMove, actor: Actor, subject: Subject, reason?: string | null) {
  return applyMove({ move, state: row.status, isAuthor: isAuthorOf(row, actor), rights: valueRights(subject), reason, subject: VALUE });
}

const auditOf = (row: Pick<IndicatorValueRow, 'asOf' | 'value' | 'assessment' | 'reason' | 'evidence' | 'status'>) => ({
  asOf: row.asOf,
  value: row.value,
  assessment: row.assessment,
  reason: row.reason,
  evidence: row.evidence,
  status: row.status,
});

async function findIndicatorOfYear(db: Executor, unit: TUnitNode, year: number, indicatorId: number) {
  const found = await findIndicatorWithProject(db, unit.id, indicatorId);
  if (!found || found.indicator.year !== year) throw new DomainError('NOT_FOUND', { zh: `${year}年度没有编号为 ${indicatorId} 的指标`, en: `No indicator ${indicatorId} in ${year}` });
  return found;
}

/** A 业务科室 enters values only for indicators of its own business lines. */
function assertMayEnter(subject: Subject, name: string, kinds: TRegisterKind[]): void {
  if (!subject || canEnterIndicatorValue(subject, kinds)) return;
  const lines = kinds.length ? kinds.map((k) => REGISTER_KIND_LABEL[k]).join('、') : '无特定业务条线（由财务人员填报）';
  throw new DomainError('FORBIDDEN', {
    zh: `指标“${name}”属于${lines}，不在您负责的业务范围（${subject.sections.map((k) => REGISTER_KIND_LABEL[k as TRegisterKind] ?? k).join('、') || '无'}）内，不能填报其完成值`,
    en: `Indicator “${name}” belongs to ${kinds.join(', ') || 'no business line'}, outside your sections; you cannot enter its values`,
  });
}

async function checkedInput(db: Executor, unit: TUnitNode, year: number, indicatorId: number, input: ValueInput, subject: Subject) {
  const found = await findIndicatorOfYear(db, unit, year, indicatorId);
  const indicator = indicatorFromRow(found.indicator);
  assertMayEnter(subject, indicator.name, indicatorRegisterKinds(indicator.name, found.projectName !== null ? { name: found.projectName, purpose: found.projectPurpose ?? '' } : null));
  const qualitative = directionOf(indicator.name, indicator.target) === 'qualitative';
  const value = input.value ?? null;
  const assessment = input.assessment ?? null;
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  const where = `指标“${indicator.name}”的指标值“${indicator.target.raw}”`;
  if (qualitative && assessment === null) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${where}是定性的，请选择评价等级（达成/部分达成/未达成）`, en: `The target of “${indicator.name}” is qualitative: choose a band (achieved / partly achieved / not achieved)` });
  }
  if (!qualitative && value === null) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${where}是定量的，请填写完成值（${indicator.target.unit ?? '数值'}）`, en: `The target of “${indicator.name}” is quantitative: enter a value (${indicator.target.unit ?? 'a number'})` });
  }
  const evidence = input.evidence?.trim() ?? '';
  // clients from before the reason field wrote their reason into the evidence text; either serves
  if (qualitative && (reason ?? evidence).length < 2) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${where}是定性的，评价“${assessment}”须写明理由（做了什么、效果如何）`, en: `An assessment of “${indicator.name}” needs a written reason` });
  }
  if (!qualitative) {
    const problem = manualValueProblem(indicator, value!, input.unit);
    if (problem) throw new DomainError('VALIDATION_FAILED', problem);
    if (await findBinding(db, indicatorId)) {
      throw new DomainError('CONFLICT', {
        zh: `指标“${indicator.name}”已绑定台账取数口径，完成值由台账实时计算，不能人工填报；如口径不合适，请先解除绑定`,
        en: `Indicator “${indicator.name}” is bound to a metric that computes its actual; unbind it before entering values by hand`,
      });
    }
  }
  if (Number(input.asOf.slice(0, 4)) < year) throw new DomainError('VALIDATION_FAILED', { zh: `统计日期 ${input.asOf} 早于 ${year} 年度`, en: `As-of date ${input.asOf} is before ${year}` });
  // a band carries no number, a number no band
  return { value: qualitative ? null : value, assessment: qualitative ? assessment : null, reason, evidence, name: indicator.name };
}

/**
 * Enter a value as a draft; with `submit`, submit it in the same transaction (the CLI's `value set`
 * enters and submits as one person).
 */
export async function enterIndicatorValue(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject?: Subject; indicatorId: number; input: ValueInput; submit?: boolean }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const checked = await checkedInput(tx, o.scope.rootUnit, o.year, o.indicatorId, o.input, o.subject);
    const draft = { status: 'draft' as const, enteredBy: o.actor.userId, enteredByName: o.actor.name };
    // entering is the workflow's first edit: it needs the fill right
    applyMove({ move: 'edit', state: 'draft', isAuthor: true, rights: valueRights(o.subject), subject: VALUE });
    let row = await insertIndicatorValue(tx, { indicatorId: o.indicatorId, unitId: o.scope.rootUnit.id, asOf: o.input.asOf, value: checked.value, assessment: checked.assessment, reason: checked.reason, evidence: checked.evidence, ...draft });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicatorValue.enter', entity: 'indicator_value', entityId: String(row.id), after: { indicatorId: o.indicatorId, ...auditOf(row) } });
    if (o.submit) row = await submitRow(tx, o.scope.rootUnit, row, o.actor, o.subject);
    return valueView(row);
  });
}

async function loadForChange(exec: Executor, unit: TUnitNode, id: number) {
  const row = await findIndicatorValue(exec, unit.id, id, { forUpdate: true });
  if (!row) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${id} 的指标完成值`, en: `No indicator value ${id}` });
  return row;
}

/** The author changes a draft or returned value; it goes back to draft. */
export async function editIndicatorValue(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; subject?: Subject; valueId: number; input: ValueInput }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const row = await loadForChange(tx, o.scope.rootUnit, o.valueId);
    const { to } = moveValue(row, 'edit', o.actor, o.subject);
    const checked = await checkedInput(tx, o.scope.rootUnit, o.year, row.indicatorId, o.input, o.subject);
    const next = { asOf: o.input.asOf, value: checked.value, assessment: checked.assessment, reason: checked.reason, evidence: checked.evidence, status: to as 'draft' };
    const cleared = { returnReason: null, decidedBy: null, decidedByName: null, decidedAt: null };
    await updateIndicatorValue(tx, row.id, { ...next, ...cleared });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicatorValue.edit', entity: 'indicator_value', entityId: String(row.id), before: auditOf(row), after: next });
    return valueView({ ...row, ...next, ...cleared });
  });
}

async function submitRow(tx: Executor, unit: TUnitNode, row: IndicatorValueRow, actor: Actor, subject: Subject): Promise<IndicatorValueRow> {
  const { to } = moveValue(row, 'submit', actor, subject);
  const submittedAt = new Date();
  await updateIndicatorValue(tx, row.id, { status: to as 'submitted', submittedAt });
  await recordAudit(tx, { actor, unitId: unit.id, action: 'indicatorValue.submit', entity: 'indicator_value', entityId: String(row.id), before: { status: row.status }, after: { status: to } });
  return { ...row, status: to as 'submitted', submittedAt };
}

export async function submitIndicatorValue(o: { db: Db; scope: TUnitScope; actor: Actor; subject?: Subject; valueId: number }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => valueView(await submitRow(tx, o.scope.rootUnit, await loadForChange(tx, o.scope.rootUnit, o.valueId), o.actor, o.subject)));
}

/** Approve or return a submitted value. Nobody decides on a value they entered themselves (four-eyes). */
export async function decideIndicatorValue(o: { db: Db; scope: TUnitScope; actor: Actor; subject?: Subject; valueId: number; decision: 'approve' | 'return'; reason?: string | undefined }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const row = await loadForChange(tx, o.scope.rootUnit, o.valueId);
    const { to, reason } = moveValue(row, o.decision, o.actor, o.subject, o.reason);
    const status = to as 'approved' | 'returned';
    const decided = { status, decidedBy: o.actor.userId, decidedByName: o.actor.name, decidedAt: new Date(), returnReason: o.decision === 'return' ? reason : null };
    await updateIndicatorValue(tx, row.id, decided);
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: o.decision === 'approve' ? 'indicatorValue.approve' : 'indicatorValue.return',
      entity: 'indicator_value',
      entityId: String(row.id),
      before: { status: row.status },
      after: { status, reason: decided.returnReason },
    });
    return valueView({ ...row, ...decided });
  });
}

export async function listValuesOfIndicator(o: { db: Db; scope: TUnitScope; year: number; indicatorId: number }): Promise<TIndicatorValueView[]> {
  await findIndicatorOfYear(o.db, o.scope.rootUnit, o.year, o.indicatorId);
  return (await listIndicatorValues(o.db, o.scope.rootUnit.id, [o.indicatorId])).map(valueView);
}

/**
 * The unit-year's values in one query (the 待审批 and 我的填报 lists): optionally of one status, and
 * only those the actor entered (`mine: true`) or only those someone else did (`mine: false`, the ones
 * the actor may decide on).
 */
export async function listValuesOfUnit(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; status?: TIndicatorValueView['status'] | undefined; mine?: boolean | undefined }): Promise<TUnitIndicatorValue[]> {
  const rows = await listUnitIndicatorValues(o.db, {
    unitId: o.scope.rootUnit.id,
    year: o.year,
    status: o.status,
    enteredBy: o.mine === undefined ? undefined : { userId: o.actor.userId, name: o.actor.name, mine: o.mine },
  });
  return rows.map((r) => ({
    ...valueView(r.value),
    submittedAt: r.value.submittedAt ? r.value.submittedAt.toISOString() : null,
    indicator: { id: r.indicator.id, projectCode: r.projectCode, projectName: r.projectName, name: r.indicator.name, target: r.indicator.targetRaw, targetUnit: r.indicator.targetUnit },
  }));
}
