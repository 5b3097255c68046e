import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { comparePaymentDaily, lockAggregates, readAggregateFingerprint, rebuildPaymentDaily, writeAggregateFingerprint } from '../../repositories/aggregate.repository.js';
import { compareSheetAggregates, contributionSql, rebuildSheetAggregates, type AggregateDisagreement } from '../../registers/framework/aggregate.repository.js';
import { REGISTERS } from '../../registers/registry.js';
import { checkReviewSummaries, rebuildReviewSummaries, type ReviewSummaryDisagreement } from '../review/review-summary.js';

/**
 * The daily aggregates boards and rollups read (metric_daily for register metrics, payment_daily for
 * payments): rebuilt from the records, checked against them, and rebuilt on open when the metric
 * definitions they were built for changed (a new release that redefines a metric).
 */

const SHEETS = REGISTERS.flatMap((r) => r.sheets);
const KEY = 'metric_daily';

/** A hash of every aggregated metric's contribution SQL (and of the sheets' own aggregates): what metric_daily's rows mean. */
export function metricFingerprint(): string {
  const hash = createHash('sha256');
  for (const sheet of SHEETS) hash.update(`${sheet.kind}/${sheet.id}\n${contributionSql(sheet)}\n${sheet.aggregate?.definition() ?? ''}\n`);
  return hash.digest('hex');
}

export interface RebuildResult {
  sheets: number;
  /** goal books reviewed again (review_summary) */
  goalBooks: number;
  ms: number;
  /** of which reviewing the goal books */
  reviewMs: number;
}

/** Recompute metric_daily and payment_daily from the records and review every goal book again (review_summary), in one transaction. */
export async function rebuildAggregates(o: { db: Db }): Promise<RebuildResult> {
  const started = performance.now();
  let reviewMs = 0;
  const goalBooks = await o.db.transaction(async (tx) => {
    await lockAggregates(tx);
    for (const sheet of SHEETS) await rebuildSheetAggregates(tx, sheet);
    await rebuildPaymentDaily(tx);
    await writeAggregateFingerprint(tx, KEY, metricFingerprint());
    // after the metrics: a review reads last year's live figures from them
    const reviewing = performance.now();
    const n = await rebuildReviewSummaries(tx);
    reviewMs = Math.round(performance.now() - reviewing);
    return n;
  });
  return { sheets: SHEETS.length, goalBooks, ms: Math.round(performance.now() - started), reviewMs };
}

/**
 * On open: rebuild metric_daily when it was built for other metric definitions (or never), and review
 * the goal books stored before their review was kept (review_summary).
 */
export async function ensureAggregates(o: { db: Db }): Promise<boolean> {
  const fingerprint = metricFingerprint();
  const rebuilt = (await readAggregateFingerprint(o.db, KEY)) === fingerprint ? false : await rebuildStaleMetrics(o.db, fingerprint);
  await o.db.transaction((tx) => rebuildReviewSummaries(tx, { unreviewed: true }));
  return rebuilt;
}

async function rebuildStaleMetrics(db: Db, fingerprint: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockAggregates(tx);
    if ((await readAggregateFingerprint(tx, KEY)) === fingerprint) return false;
    for (const sheet of SHEETS) await rebuildSheetAggregates(tx, sheet);
    await writeAggregateFingerprint(tx, KEY, fingerprint);
    return true;
  });
}

export interface CheckResult {
  ok: boolean;
  metrics: { disagreements: number; sample: Array<AggregateDisagreement & { sheet: string }> };
  payments: Awaited<ReturnType<typeof comparePaymentDaily>> & { disagreements: number };
  /** goal books whose stored review counts differ from a review now (review_summary) */
  reviews: { disagreements: number; sample: ReviewSummaryDisagreement[] };
}

/** Compare the stored aggregates with a recompute from the records; read in one snapshot. */
export async function checkAggregates(o: { db: Db; limit?: number }): Promise<CheckResult> {
  const limit = o.limit ?? 20;
  return o.db.transaction(
    async (tx) => {
      const sample: CheckResult['metrics']['sample'] = [];
      let disagreements = 0;
      for (const sheet of SHEETS) {
        const r = await compareSheetAggregates(tx, sheet, limit);
        disagreements += r.count;
        sample.push(...r.sample.map((s) => ({ ...s, sheet: `${sheet.kind}/${sheet.id}` })));
      }
      const payments = await comparePaymentDaily(tx, limit);
      const reviews = await checkReviewSummaries(tx, limit);
      return {
        ok: disagreements === 0 && payments.count === 0 && reviews.count === 0,
        metrics: { disagreements, sample: sample.slice(0, limit) },
        payments: { ...payments, disagreements: payments.count },
        reviews: { disagreements: reviews.count, sample: reviews.sample },
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
