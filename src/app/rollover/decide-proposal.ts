import type { TUnitScope } from '../../core/access/scope.js';
import type { TProposalDecision, TRolloverView } from '../../contract/api/rollover-api.js';
import { DomainError } from '../../core/errors.js';
import { parseTarget } from '../../core/target.js';
import type { Db } from '../../db/client.js';
import { countPendingProposals, findProposal, findRollover, setRolloverStatus, updateProposal } from '../../repositories/year-rollover.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { locateIndicator } from '../goal-book/edit-goal-book.js';
import { commitGoalBook, loadForChange } from '../goal-book/import-goal-book.js';
import { getRollover } from './get-rollover.js';

/**
 * A person decides one proposed target of a rolled-over year: `accept` writes the proposal, `edit` the
 * target they typed, `keep` leaves the copied target of N. The target changes through the goal book's
 * commit path (a revision, audited) and the proposal records the decision, in one transaction; once no
 * proposal is pending the rollover is confirmed.
 */
export async function decideProposal(o: { db: Db; scope: TUnitScope; year: number; proposalId: number; input: TProposalDecision; actor: Actor }): Promise<TRolloverView> {
  const unit = o.scope.rootUnit;
  await o.db.transaction(async (tx) => {
    const stored = await loadForChange(tx, unit.code, o.year);
    const rollover = await findRollover(tx, unit.id, o.year);
    const proposal = await findProposal(tx, unit.id, o.proposalId, { forUpdate: true });
    if (!stored || !rollover || !proposal || proposal.rolloverId !== rollover.id)
      throw new DomainError('NOT_FOUND', {
        zh: `${o.year} 年度没有编号为 ${o.proposalId} 的目标建议（可能该指标已被导入的文件删除）`,
        en: `There is no proposed target ${o.proposalId} in ${o.year} (the indicator may have been removed by an import)`,
      });
    if (proposal.status !== 'pending')
      throw new DomainError('INVALID_STATE', {
        zh: `目标建议 ${o.proposalId} 已处理（${proposal.decidedByName ?? ''}：${proposal.decidedTarget ?? ''}），如需修改请在项目页编辑指标值`,
        en: `Proposed target ${o.proposalId} was already decided; edit the indicator on the project page to change it`,
      });
    if (o.input.decision === 'edit' && !o.input.target?.trim())
      throw new DomainError('VALIDATION_FAILED', { zh: '修改目标建议时请填写指标值（如 ≥440件）', en: 'Editing a proposal needs the target as written (e.g. ≥440件)' });
    const { projectCode, index } = locateIndicator(stored, proposal.indicatorId);
    const next = structuredClone(stored.content);
    const indicator = projectCode === null ? next.departmentGoals.indicators![index]! : next.projects.find((p) => p.code === projectCode)!.indicators[index]!;
    const raw = o.input.decision === 'accept' ? proposal.proposed.raw : o.input.decision === 'edit' ? o.input.target!.trim() : indicator.target.raw;
    if (o.input.decision !== 'keep') indicator.target = o.input.decision === 'accept' ? proposal.proposed : parseTarget(raw);
    await commitGoalBook(tx, stored, next, { actor: o.actor, source: 'edit', note: `确认结转目标：${indicator.name} ${raw}` });
    const status = o.input.decision === 'accept' ? 'accepted' : o.input.decision === 'edit' ? 'edited' : 'kept';
    await updateProposal(tx, proposal.id, { status, decidedTarget: raw, decidedBy: o.actor.userId, decidedByName: o.actor.name, decidedAt: new Date() });
    if ((await countPendingProposals(tx, rollover.id)) === 0) await setRolloverStatus(tx, rollover.id, 'confirmed');
    await recordAudit(tx, {
      actor: o.actor,
      unitId: unit.id,
      action: 'year.proposal',
      entity: 'target_proposal',
      entityId: String(proposal.id),
      before: { target: stored.content.projects.find((p) => p.code === projectCode)?.indicators[index]?.target.raw ?? null, proposed: proposal.proposed.raw },
      after: { decision: o.input.decision, target: raw },
    });
  });
  return (await getRollover({ db: o.db, scope: o.scope, year: o.year }))!;
}
