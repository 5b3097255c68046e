import { readGoalDocument } from '../src/documents/read-goal-document.js';
import { buildSyntheticGoalBook, reviewGoalBook } from '../src/core/review/index.js';
import { sampleBytes } from '../test/helpers/fixtures.js';
import { median } from './harness.js';

/** Issue "goal review": review the sample (aim ≤ 10 ms) and a synthetic 500-project goal book (aim ≤ 200 ms). */
export default async function reviewBench(): Promise<void> {
  const sample = await readGoalDocument(sampleBytes());
  await median('review the sample (12 projects, 84 indicators)', 50, () => reviewGoalBook(sample), { aim: '≤ 10 ms', warmup: 5 });
  const big = buildSyntheticGoalBook(500);
  const indicators = big.projects.reduce((n, p) => n + p.indicators.length, 0);
  await median(`review a synthetic book (500 projects, ${indicators} indicators)`, 15, () => reviewGoalBook(big), { aim: '≤ 200 ms', warmup: 2 });
}
