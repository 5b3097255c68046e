import { singleUnitScope, type TUnitNode } from '../../core/access/scope.js';
import { previousIndex, type TPreviousIndicator } from '../../core/rollover/previous-match.js';
import type { Executor } from '../../db/client.js';
import { findReport } from '../../repositories/evaluation.repository.js';
import { hasIndicatorsOfYear } from '../../repositories/indicator-tracking.repository.js';
import { findImportedEvaluation } from '../../repositories/imported-evaluation.repository.js';
import { ZImportedEvaluation } from '../../contract/imported-evaluation.js';
import type { EvaluationSnapshot } from '../evaluation/get-evaluation.js';
import { getIndicatorProgress } from './get-indicator-progress.js';

export type TPreviousSource = 'evaluation' | 'live' | 'imported';

export interface TPreviousActual extends TPreviousIndicator {
  indicatorId: number;
  /** the target as written that year */
  target: string;
  actual: number | null;
  assessment: string | null;
  /** `evaluation`: year N's approved self-evaluation (frozen); `live`: N's figures as of 12-31 now; `imported`: N's 自评表 imported as history */
  source: TPreviousSource;
}

export interface TPreviousActuals {
  year: number;
  /** where the figures come from; null when the unit has no goal book that year */
  source: TPreviousSource | null;
  list: TPreviousActual[];
  /** the previous year's indicator an indicator of the next year continues (core/rollover/previous-match) */
  find: (current: TPreviousIndicator) => TPreviousActual | null;
}

/**
 * THE lookup of "last year's actual": year `year`'s approved self-evaluation snapshot where there is one
 * (the numbers the leader signed, whatever registers do later), else the live figures of that year as of
 * its 12-31 through the indicator-progress board (the one path every actual takes). Rollover proposals,
 * the board's 上年实际 column, the library's history and the review's "target below last year" rule all
 * read it here. With a snapshot, the department's own indicators (not in the evaluation) have no actual.
 * A year jixiao did not keep (no goal book) falls back to its 自评表 imported as history
 * (`jixiao import` of a self-evaluation table): the actuals as that table wrote them.
 */
export async function previousActuals(o: { db: Executor; unit: TUnitNode; year: number }): Promise<TPreviousActuals> {
  const [report, hasIndicators] = await Promise.all([findReport(o.db, o.unit.id, o.year), hasIndicatorsOfYear(o.db, o.unit.id, o.year)]);
  let list: TPreviousActual[] = [];
  let source: TPreviousSource | null = null;
  if (report?.snapshot && (report.state === 'approved' || report.state === 'locked')) {
    const snapshot = report.snapshot as EvaluationSnapshot;
    source = 'evaluation';
    list = snapshot.inputs.projects.flatMap((p) =>
      p.indicators.map((i) => ({
        indicatorId: i.id,
        projectCode: p.code,
        projectName: p.name,
        name: i.name,
        target: i.target.raw,
        actual: i.actual,
        assessment: i.assessment,
        source: 'evaluation' as const,
      })),
    );
  } else if (hasIndicators) {
    source = 'live';
    const board = await getIndicatorProgress({ db: o.db, scope: singleUnitScope(o.unit), year: o.year, asOf: `${o.year}-12-31` });
    list = board.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      projectCode: i.projectCode,
      projectName: i.projectName,
      name: i.name,
      target: i.target,
      actual: i.actual,
      assessment: i.assessment,
      source: 'live' as const,
    }));
  } else {
    const imported = await findImportedEvaluation(o.db, o.unit.id, o.year);
    if (imported) {
      source = 'imported';
      let seq = 0;
      list = ZImportedEvaluation.parse(imported.content).projects.flatMap((p) =>
        p.indicators.map((i) => ({
          // not an indicator of jixiao's: a negative id, unique within the list
          indicatorId: -++seq,
          projectCode: p.code || null,
          projectName: p.name,
          name: i.name,
          target: i.target.raw,
          actual: i.actual.value ?? null,
          assessment: i.actual.value === undefined && i.actual.raw !== '' ? i.actual.raw : null,
          source: 'imported' as const,
        })),
      );
    }
  }
  return { year: o.year, source, list, find: previousIndex(list) };
}
