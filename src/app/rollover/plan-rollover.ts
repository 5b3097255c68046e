import type { TUnitScope } from '../../core/access/scope.js';
import type { TRolloverProposalView, TRolloverView } from '../../contract/api/rollover-api.js';
import { DomainError } from '../../core/errors.js';
import type { GoalBookContent } from '../../core/goal-book-diff.js';
import { directionOf } from '../../core/indicator-progress.js';
import { PROPOSAL_RULE_LABEL, proposeTarget, type TTargetProposal } from '../../core/rollover/target-proposals.js';
import type { Db } from '../../db/client.js';
import { findReport } from '../../repositories/evaluation.repository.js';
import { loadGoalBook, type StoredGoalBook } from '../../repositories/goal-book.repository.js';
import { listBindings, listUnitIndicatorValues, type BindingRow } from '../../repositories/indicator-tracking.repository.js';
import { listUnitOffices } from '../../repositories/unit.repository.js';
import { findRollover } from '../../repositories/year-rollover.repository.js';
import { previousActuals, type TPreviousActual } from '../indicators/previous-actuals.js';

export interface PlannedProposal {
  /** '' for the department's own indicators (部门整体支出绩效目标表), as in StoredGoalBook.indicatorIds */
  projectCode: string;
  index: number;
  previousIndicatorId: number;
  previousTarget: string;
  previous: TPreviousActual | null;
  proposal: TTargetProposal;
}

export interface RolloverPlan {
  from: StoredGoalBook;
  copy: GoalBookContent;
  bindings: BindingRow[];
  proposals: PlannedProposal[];
  view: TRolloverView;
}

/** The whole book of year N as year N+1: the same tables, targets as they were (proposals come beside them). */
function copyOf(content: GoalBookContent, to: number): GoalBookContent {
  const copy = structuredClone(content);
  return { ...copy, year: to };
}

function goalsOf(content: GoalBookContent, projectGoals: readonly string[]): string[] {
  const d = content.departmentGoals;
  return [...(d.summary ? [d.summary] : []), ...d.overall, ...[...d.areas, ...d.safeguards].map((a) => `${a.title}：${a.text}`), ...projectGoals];
}

/** Refuse what cannot be rolled over: a year other than N+1, no book for N, a book already there for N+1. */
export async function checkRollover(db: Db, scope: TUnitScope, from: number, to: number): Promise<StoredGoalBook> {
  const unit = scope.rootUnit;
  if (to !== from + 1)
    throw new DomainError('VALIDATION_FAILED', { zh: `年度结转只能从 ${from} 年结转到 ${from + 1} 年（收到 ${to} 年）`, en: `A rollover goes from ${from} to ${from + 1} only (got ${to})` });
  const stored = await loadGoalBook(db, unit, from);
  if (!stored)
    throw new DomainError('NOT_FOUND', {
      zh: `${unit.name}（${unit.code}）没有 ${from} 年度的绩效目标，无法结转`,
      en: `${unit.name} (${unit.code}) has no goal book for ${from}: nothing to roll over`,
    });
  if (await findRollover(db, unit.id, to))
    throw new DomainError('CONFLICT', { zh: `${unit.name} 的 ${to} 年度已由 ${from} 年度结转，不能重复结转`, en: `${unit.name}'s ${to} was already started from ${from}` });
  if (await loadGoalBook(db, unit, to))
    throw new DomainError('CONFLICT', {
      zh: `${unit.name} 已有 ${to} 年度的绩效目标（已导入或录入），不能再结转；如需更新请导入 ${to} 年度的文件`,
      en: `${unit.name} already has a goal book for ${to}; import its document to update it instead`,
    });
  return stored;
}

/**
 * What starting year N+1 from N would do, nothing written: the copied tables, bindings and offices
 * carried, and per indicator of N the proposed target with its reason (core/rollover/target-proposals)
 * from N's actual (previous-actuals: N's approved evaluation, else live figures) and the unit's goals.
 */
export async function planRollover(o: { db: Db; scope: TUnitScope; from: number; to: number }): Promise<RolloverPlan> {
  const unit = o.scope.rootUnit;
  const stored = await checkRollover(o.db, o.scope, o.from, o.to);
  const [actuals, bindings, offices, committees, report, approved] = await Promise.all([
    previousActuals({ db: o.db, unit, year: o.from }),
    listBindings(o.db, unit.id, o.from),
    listUnitOffices(o.db, unit.id, 'office'),
    listUnitOffices(o.db, unit.id, 'committee'),
    findReport(o.db, unit.id, o.from),
    listUnitIndicatorValues(o.db, { unitId: unit.id, year: o.from, status: 'approved' }),
  ]);
  const metricOf = new Map(bindings.map((b) => [b.indicatorId, b.metric]));
  const proposals: PlannedProposal[] = [];
  const views: TRolloverProposalView[] = [];
  // the department's own table first, then each project's, as the goal book orders them
  const tables = [
    { code: '', name: null, goals: [] as string[], indicators: stored.content.departmentGoals.indicators ?? [] },
    ...stored.content.projects.map((p) => ({ code: p.code, name: p.name, goals: p.goals, indicators: p.indicators })),
  ];
  for (const project of tables) {
    const ids = stored.indicatorIds.get(project.code) ?? [];
    project.indicators.forEach((indicator, index) => {
      const id = ids[index]!;
      const previous = actuals.list.find((a) => a.indicatorId === id) ?? null;
      const proposal = proposeTarget({
        name: indicator.name,
        target: indicator.target,
        direction: directionOf(indicator.name, indicator.target),
        metric: metricOf.get(id) ?? null,
        previousActual: previous?.actual ?? null,
        goals: goalsOf(stored.content, project.goals),
        fromYear: o.from,
        toYear: o.to,
      });
      proposals.push({ projectCode: project.code, index, previousIndicatorId: id, previousTarget: indicator.target.raw, previous, proposal });
      views.push({
        id: null,
        indicatorId: null,
        projectCode: project.code === '' ? null : project.code,
        projectName: project.name,
        name: indicator.name,
        previousTarget: indicator.target.raw,
        previousActual: previous?.actual ?? null,
        previousSource: previous && previous.actual !== null ? previous.source : 'none',
        currentTarget: indicator.target.raw,
        proposed: proposal.target.raw,
        rule: proposal.rule,
        ruleLabel: PROPOSAL_RULE_LABEL[proposal.rule],
        reason: proposal.reason,
        status: 'pending',
        decidedTarget: null,
        decidedBy: null,
      });
    });
  }
  const copy = copyOf(stored.content, o.to);
  return {
    from: stored,
    copy,
    bindings,
    proposals,
    view: {
      unit: { code: unit.code, name: unit.name },
      from: o.from,
      to: o.to,
      status: 'preview',
      carried: { projects: copy.projects.length, indicators: proposals.length, bindings: bindings.length, offices: offices.length + committees.length },
      actualsFrom: actuals.source,
      frozen: { evaluation: report?.state ?? null, approvedValues: approved.length },
      proposals: views,
      createdBy: null,
      createdAt: null,
    },
  };
}

/** The preview the web shows before confirming: the plan's view, nothing written. */
export async function previewRollover(o: { db: Db; scope: TUnitScope; from: number; to: number }): Promise<TRolloverView> {
  return (await planRollover(o)).view;
}
