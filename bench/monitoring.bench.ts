import { PGlite } from '@electric-sql/pglite';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import { demoSteps } from '../src/app/demo/demo-steps.js';
import { loadDemo } from '../src/app/demo/load-demo.js';
import { getMonitoringReport } from '../src/app/monitoring/get-monitoring-report.js';
import { exportMonitoring } from '../src/documents/export-monitoring.js';
import { openDatabase } from '../src/db/client.js';
import { findUnitByCode } from '../src/repositories/goal-book.repository.js';
import { median, once } from './harness.js';

/**
 * Issue "monitoring and self-evaluation": build the June monitoring report of the demo year (12
 * projects, 84 indicators, a year of payments and ≈ 4,000 register records; aim ≤ 100 ms) on PGlite —
 * the spending view, the indicator-progress board and the stored judgements — and export it.
 */
export default async function bench(): Promise<void> {
  const database = await openDatabase({ pglite: await PGlite.create() });
  const actor = { userId: null, name: 'bench' };
  await once('load the demo year (goal book, payments, registers)', () => loadDemo({ db: database.db, actor, steps: demoSteps(database.db, { cipher: new PersonalDataCipher(Buffer.alloc(32, 7)), actor }), log: () => {} }));
  const unit = (await findUnitByCode(database.db, '315002'))!;
  const build = () => getMonitoringReport({ db: database.db, unit, year: 2022, month: 6 });
  await median('build the June monitoring report (12 projects, PGlite)', 20, build, { aim: '≤ 100 ms' });
  const report = await build();
  await median('export it as .xlsx', 5, () => exportMonitoring(report, 'xlsx'));
  await median('export it as .docx', 5, () => exportMonitoring(report, 'docx'));
  await database.close();
}
