import type { TUnitScope } from '../../core/access/scope.js';
import type { TRolloverView } from '../../contract/api/rollover-api.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { loadGoalBook } from '../../repositories/goal-book.repository.js';
import { upsertBinding } from '../../repositories/indicator-tracking.repository.js';
import { findRollover, insertProposals, insertRollover } from '../../repositories/year-rollover.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { commitGoalBook, loadForChange } from '../goal-book/import-goal-book.js';
import { getRollover } from './get-rollover.js';
import { planRollover } from './plan-rollover.js';

/**
 * Start year N+1 of a unit from year N (年度结转), in one audited transaction: the goal tables of N are
 * stored as N+1 through the goal book's commit path (revision source `rollover`, so the N+1 document
 * imported later diffs against them like any stored content), each bound indicator's binding is carried
 * to its copy, the unit's offices and committees stay (they are the unit's, not a year's), and every
 * indicator's proposed target is stored with its reason, pending a person's decision. Year N is only
 * read: its goal book, approved values and approved self-evaluation are unchanged.
 *
 * The plan (N's actuals) is read before the transaction: PGlite serialises the connection.
 */
export async function startYear(o: { db: Db; scope: TUnitScope; from: number; to: number; actor: Actor }): Promise<TRolloverView> {
  const plan = await planRollover(o);
  const unit = o.scope.rootUnit;
  await o.db.transaction(async (tx) => {
    const existing = await loadForChange(tx, unit.code, o.to);
    if (existing || (await findRollover(tx, unit.id, o.to)))
      throw new DomainError('CONFLICT', {
        zh: `${unit.name} 的 ${o.to} 年度已有绩效目标，不能结转（可能他人刚刚结转或导入）`,
        en: `${unit.name} already has ${o.to}: someone may have just started or imported it`,
      });
    const result = await commitGoalBook(tx, null, plan.copy, { actor: o.actor, source: 'rollover', note: `由 ${o.from} 年度结转` });
    const stored = (await loadGoalBook(tx, unit, o.to))!;
    const newId = (projectCode: string, index: number) => stored.indicatorIds.get(projectCode)![index]!;
    const oldToNew = new Map<number, number>();
    for (const [code, ids] of plan.from.indicatorIds) {
      ids.forEach((id, index) => oldToNew.set(id, newId(code, index)));
    }
    for (const b of plan.bindings) {
      const target = oldToNew.get(b.indicatorId);
      if (target !== undefined) await upsertBinding(tx, { indicatorId: target, unitId: unit.id, metric: b.metric, filter: b.filter, confirmedBy: o.actor.userId, confirmedByName: o.actor.name });
    }
    const rollover = await insertRollover(tx, { unitId: unit.id, fromYear: o.from, toYear: o.to, status: 'draft', carried: plan.view.carried, createdBy: o.actor.userId, createdByName: o.actor.name });
    await insertProposals(
      tx,
      plan.proposals.map((p) => ({
        rolloverId: rollover.id,
        unitId: unit.id,
        indicatorId: newId(p.projectCode, p.index),
        previousIndicatorId: p.previousIndicatorId,
        previousTarget: p.previousTarget,
        previousActual: p.previous?.actual ?? null,
        previousSource: p.previous && p.previous.actual !== null ? p.previous.source : 'none',
        rule: p.proposal.rule,
        proposed: p.proposal.target,
        reasonZh: p.proposal.reason.zh,
        reasonEn: p.proposal.reason.en,
        status: 'pending',
      })),
    );
    await recordAudit(tx, {
      actor: o.actor,
      unitId: unit.id,
      action: 'year.start',
      entity: 'year_rollover',
      entityId: `${unit.code}/${o.to}`,
      after: { from: o.from, to: o.to, revision: result.revision ?? null, ...plan.view.carried, proposals: plan.proposals.length, actualsFrom: plan.view.actualsFrom },
    });
  });
  return (await getRollover({ db: o.db, scope: o.scope, year: o.to }))!;
}
