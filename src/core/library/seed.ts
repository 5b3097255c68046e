import type { TIndicator } from '../../contract/goal-book.js';
import { directionOf, type TDirection } from '../indicator-progress.js';
import { proposeMetric } from '../metric-proposals.js';
import { bracketContents } from '../review/text.js';
import { isOtherSpelling, nameKey } from './name-similarity.js';

/**
 * Library entries (指标库) derived from goal tables: one per level-3 indicator name, the first spelling
 * met kept and the other spellings of it (isOtherSpelling) folded into it; definition from the
 * indicator's description, unit of measure from its target (or the name's brackets), direction from
 * its target, and the metric it would bind to with that metric's counting rule — what is counted, and
 * what is not (the metric description's 不计 clause). Pure: the metric descriptions are given.
 */

export interface TLibrarySeed {
  name: string;
  level1: string;
  level2: string;
  definition: string;
  counted: string;
  excluded: string;
  unitOfMeasure: string;
  direction: TDirection;
  metric: string | null;
}

export interface TMetricText {
  name: string;
  description: string;
}

/** "受理日期在当年…的法律援助案件（统计日前已决定不予援助的申请不计）" → counted and excluded parts. */
export function countingRule(description: string): { counted: string; excluded: string } {
  const excluded: string[] = [];
  const counted = description
    .replace(/[（(]([^（）()]*不计[^（）()]*)[）)]/gu, (_, inner: string) => {
      excluded.push(inner);
      return '';
    })
    .trim();
  return { counted, excluded: excluded.join('；') };
}

export function librarySeeds(
  projects: ReadonlyArray<{ code: string; name: string; purpose: string; indicators: readonly TIndicator[] }>,
  metricText: (metric: string) => TMetricText | null,
): TLibrarySeed[] {
  const out: TLibrarySeed[] = [];
  for (const project of projects) {
    for (const indicator of project.indicators) {
      const key = nameKey(indicator.name);
      if (key === '' || out.some((e) => nameKey(e.name) === key || isOtherSpelling(e.name, indicator.name))) continue;
      const proposal = proposeMetric(indicator, project);
      const text = proposal ? metricText(proposal.metric) : null;
      const rule = text ? countingRule(text.description) : { counted: indicator.description, excluded: '' };
      out.push({
        name: key,
        level1: indicator.level1,
        level2: indicator.level2,
        definition: indicator.description || indicator.name,
        counted: rule.counted,
        excluded: rule.excluded,
        unitOfMeasure: indicator.target.unit ?? bracketContents(indicator.name)[0] ?? '',
        direction: directionOf(indicator.name, indicator.target),
        metric: text ? proposal!.metric : null,
      });
    }
  }
  return out;
}
