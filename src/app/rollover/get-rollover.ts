import type { TUnitScope } from '../../core/access/scope.js';
import type { TRolloverView } from '../../contract/api/rollover-api.js';
import { PROPOSAL_RULE_LABEL, PROPOSAL_RULES, type TProposalRuleId } from '../../core/rollover/target-proposals.js';
import type { Db } from '../../db/client.js';
import { findReport } from '../../repositories/evaluation.repository.js';
import { listUnitIndicatorValues } from '../../repositories/indicator-tracking.repository.js';
import { findRollover, listProposals } from '../../repositories/year-rollover.repository.js';

const ruleLabel = (rule: string) => ((PROPOSAL_RULES as readonly string[]).includes(rule) ? PROPOSAL_RULE_LABEL[rule as TProposalRuleId] : { zh: rule, en: rule });

/** The stored rollover that started `year` (its proposals and their decisions), or null when the year was not rolled over. */
export async function getRollover(o: { db: Db; scope: TUnitScope; year: number }): Promise<TRolloverView | null> {
  const unit = o.scope.rootUnit;
  const rollover = await findRollover(o.db, unit.id, o.year);
  if (!rollover) return null;
  const [rows, report, approved] = await Promise.all([
    listProposals(o.db, rollover.id),
    findReport(o.db, unit.id, rollover.fromYear),
    listUnitIndicatorValues(o.db, { unitId: unit.id, year: rollover.fromYear, status: 'approved' }),
  ]);
  return {
    unit: { code: unit.code, name: unit.name },
    from: rollover.fromYear,
    to: rollover.toYear,
    status: rollover.status,
    carried: rollover.carried,
    actualsFrom: rows.some((r) => r.proposal.previousSource === 'evaluation') ? 'evaluation' : rows.some((r) => r.proposal.previousSource === 'live') ? 'live' : null,
    frozen: { evaluation: report?.state ?? null, approvedValues: approved.length },
    proposals: rows.map(({ proposal: p, projectCode, projectName, name, currentTarget }) => ({
      id: p.id,
      indicatorId: p.indicatorId,
      projectCode,
      projectName,
      name,
      previousTarget: p.previousTarget,
      previousActual: p.previousActual,
      previousSource: p.previousSource,
      currentTarget,
      proposed: p.proposed.raw,
      rule: p.rule,
      ruleLabel: ruleLabel(p.rule),
      reason: { zh: p.reasonZh, en: p.reasonEn },
      status: p.status,
      decidedTarget: p.decidedTarget,
      decidedBy: p.decidedByName,
    })),
    createdBy: rollover.createdByName,
    createdAt: rollover.createdAt.toISOString(),
  };
}
