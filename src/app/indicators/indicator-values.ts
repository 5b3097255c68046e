import type { TUnitNode, TUnitScope } from '../../core/access/scope.js';
import type { TIndicatorValueView, TUnitIndicatorValue } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import type { TAssessment } from '../../core/indicator-progress.js';
import { directionOf } from '../../core/indicator-progress.js';
import type { Db, Executor } from '../../db/client.js';
import type { IndicatorValueRow } from '../../repositories/indicator-tracking.repository.js';
import { findBinding, findIndicatorValue, findIndicatorWithProject, insertIndicatorValue, listIndicatorValues, listUnitIndicatorValues, updateIndicatorValue } from '../../repositories/indicator-tracking.repository.js';
import { indicatorFromRow } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

/**
 * Manual indicator values (指标完成值) for what no register computes: entered with evidence as a draft,
 * submitted, then approved or returned by another person. Only approved values count.
 */

export interface ValueInput {
  asOf: string;
  value?: number | null | undefined;
  assessment?: TAssessment | null | undefined;
  evidence: string;
}

export function valueView(row: IndicatorValueRow): TIndicatorValueView {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    asOf: row.asOf,
    value: row.value,
    assessment: row.assessment,
    evidence: row.evidence,
    status: row.status,
    enteredByName: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    returnReason: row.returnReason,
  };
}

const sameActor = (row: IndicatorValueRow, actor: Actor) => (row.enteredBy !== null || actor.userId !== null ? row.enteredBy === actor.userId : row.enteredByName === actor.name);
const auditOf = (row: Pick<IndicatorValueRow, 'asOf' | 'value' | 'assessment' | 'evidence' | 'status'>) => ({ asOf: row.asOf, value: row.value, assessment: row.assessment, evidence: row.evidence, status: row.status });

async function checkedInput(db: Executor, unit: TUnitNode, year: number, indicatorId: number, input: ValueInput) {
  const found = await findIndicatorWithProject(db, unit.id, indicatorId);
  if (!found || found.indicator.year !== year) throw new DomainError('NOT_FOUND', { zh: `${year}年度没有编号为 ${indicatorId} 的指标`, en: `There is no indicator ${indicatorId} in ${year}` });
  const indicator = indicatorFromRow(found.indicator);
  const qualitative = directionOf(indicator.name, indicator.target) === 'qualitative';
  const value = input.value ?? null;
  const assessment = input.assessment ?? null;
  if (qualitative && assessment === null) throw new DomainError('VALIDATION_FAILED', { zh: `指标“${indicator.name}”的指标值“${indicator.target.raw}”是定性的，请选择评价等级（达成/部分达成/未达成）`, en: `The target “${indicator.target.raw}” of indicator “${indicator.name}” is qualitative: choose a grade (achieved / partly achieved / not achieved)` });
  if (!qualitative && value === null) throw new DomainError('VALIDATION_FAILED', { zh: `指标“${indicator.name}”的指标值“${indicator.target.raw}”是定量的，请填写完成值（${indicator.target.unit ?? '数值'}）`, en: `The target “${indicator.target.raw}” of indicator “${indicator.name}” is quantitative: enter the value (${indicator.target.unit ?? 'number'})` });
  if (!qualitative && (await findBinding(db, indicatorId))) {
    throw new DomainError('CONFLICT', { zh: `指标“${indicator.name}”已绑定台账取数口径，完成值由台账实时计算，不能人工填报；如口径不合适，请先解除绑定`, en: `Indicator “${indicator.name}” is bound to a register metric and computed from the register, so it cannot be entered by hand; if the metric is wrong, unbind it first` });
  }
  if (Number(input.asOf.slice(0, 4)) < year) throw new DomainError('VALIDATION_FAILED', { zh: `统计日期 ${input.asOf} 早于 ${year} 年度`, en: `The as-of date ${input.asOf} is before ${year}` });
  return { value, assessment, name: indicator.name };
}

export async function enterIndicatorValue(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; indicatorId: number; input: ValueInput }): Promise<TIndicatorValueView> {
  const checked = await checkedInput(o.db, o.scope.rootUnit, o.year, o.indicatorId, o.input);
  return o.db.transaction(async (tx) => {
    const row = await insertIndicatorValue(tx, {
      indicatorId: o.indicatorId,
      unitId: o.scope.rootUnit.id,
      asOf: o.input.asOf,
      value: checked.value,
      assessment: checked.assessment,
      evidence: o.input.evidence,
      status: 'draft',
      enteredBy: o.actor.userId,
      enteredByName: o.actor.name,
    });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicatorValue.enter', entity: 'indicator_value', entityId: String(row.id), after: { indicatorId: o.indicatorId, ...auditOf(row) } });
    return valueView(row);
  });
}

async function loadForChange(exec: Executor, unit: TUnitNode, id: number) {
  const row = await findIndicatorValue(exec, unit.id, id, { forUpdate: true });
  if (!row) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${id} 的指标完成值`, en: `There is no indicator value ${id}` });
  return row;
}

const STATUS_LABEL = { draft: '草稿', submitted: '已提交待审批', approved: '已审批', returned: '已退回' } as const;
const STATUS_LABEL_EN = { draft: 'a draft', submitted: 'submitted for approval', approved: 'approved', returned: 'returned' } as const;

/** The enterer changes a draft or returned value; it goes back to draft. */
export async function editIndicatorValue(o: { db: Db; scope: TUnitScope; year: number; actor: Actor; valueId: number; input: ValueInput }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const row = await loadForChange(tx, o.scope.rootUnit, o.valueId);
    if (!sameActor(row, o.actor)) throw new DomainError('FORBIDDEN', { zh: '只能修改自己填报的完成值', en: 'You can only change values you entered yourself' });
    if (row.status !== 'draft' && row.status !== 'returned') throw new DomainError('INVALID_STATE', { zh: `该完成值${STATUS_LABEL[row.status]}，不能再修改`, en: `This value is ${STATUS_LABEL_EN[row.status]} and can no longer be changed` });
    const checked = await checkedInput(tx, o.scope.rootUnit, o.year, row.indicatorId, o.input);
    const next = { asOf: o.input.asOf, value: checked.value, assessment: checked.assessment, evidence: o.input.evidence, status: 'draft' as const };
    await updateIndicatorValue(tx, row.id, { ...next, returnReason: null, decidedBy: null, decidedByName: null, decidedAt: null });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicatorValue.edit', entity: 'indicator_value', entityId: String(row.id), before: auditOf(row), after: next });
    return valueView({ ...row, ...next, returnReason: null, decidedBy: null, decidedByName: null, decidedAt: null });
  });
}

export async function submitIndicatorValue(o: { db: Db; scope: TUnitScope; actor: Actor; valueId: number }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const row = await loadForChange(tx, o.scope.rootUnit, o.valueId);
    if (!sameActor(row, o.actor)) throw new DomainError('FORBIDDEN', { zh: '只能提交自己填报的完成值', en: 'You can only submit values you entered yourself' });
    if (row.status !== 'draft' && row.status !== 'returned') throw new DomainError('INVALID_STATE', { zh: `该完成值${STATUS_LABEL[row.status]}，不能提交`, en: `This value is ${STATUS_LABEL_EN[row.status]} and cannot be submitted` });
    const submittedAt = new Date();
    await updateIndicatorValue(tx, row.id, { status: 'submitted', submittedAt });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'indicatorValue.submit', entity: 'indicator_value', entityId: String(row.id), before: { status: row.status }, after: { status: 'submitted' } });
    return valueView({ ...row, status: 'submitted', submittedAt });
  });
}

/** Approve or return a submitted value. Nobody decides on a value they entered themselves. */
export async function decideIndicatorValue(o: { db: Db; scope: TUnitScope; actor: Actor; valueId: number; decision: 'approve' | 'return'; reason?: string | undefined }): Promise<TIndicatorValueView> {
  return o.db.transaction(async (tx) => {
    const row = await loadForChange(tx, o.scope.rootUnit, o.valueId);
    if (sameActor(row, o.actor)) throw new DomainError('FORBIDDEN', { zh: '不能审批自己填报的完成值，请由其他有审批权限的人员审批', en: 'You cannot approve a value you entered yourself: someone else with approval rights must do it' });
    if (row.status !== 'submitted') throw new DomainError('INVALID_STATE', { zh: `该完成值${STATUS_LABEL[row.status]}，只有已提交的完成值才能审批或退回`, en: `This value is ${STATUS_LABEL_EN[row.status]}: only a submitted value can be approved or returned` });
    if (o.decision === 'return' && !o.reason?.trim()) throw new DomainError('VALIDATION_FAILED', { zh: '退回时请写明原因', en: 'Give a reason for returning it' });
    const status = o.decision === 'approve' ? ('approved' as const) : ('returned' as const);
    const decided = { status, decidedBy: o.actor.userId, decidedByName: o.actor.name, decidedAt: new Date(), returnReason: o.decision === 'return' ? o.reason!.trim() : null };
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
  const found = await findIndicatorWithProject(o.db, o.scope.rootUnit.id, o.indicatorId);
  if (!found || found.indicator.year !== o.year) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编号为 ${o.indicatorId} 的指标`, en: `There is no indicator ${o.indicatorId} in ${o.year}` });
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
