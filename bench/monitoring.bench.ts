import { singleUnitScope } from '../src/core/access/scope.js';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import { demoSteps } from '../src/app/demo/demo-steps.js';
import { loadDemo } from '../src/app/demo/load-demo.js';
import { getIndicatorProgress } from '../src/app/indicators/get-indicator-progress.js';
import { getMonitoringReport } from '../src/app/monitoring/get-monitoring-report.js';
import { exportMonitoring } from '../src/documents/export-monitoring.js';
import type { Database } from '../src/db/client.js';
import { findUnitByCode } from '../src/repositories/goal-book.repository.js';
import { median, once } from './harness.js';
import { onEachEngine } from './bench-database.js';

/**
 * Issue "monitoring and self-evaluation": build the June monitoring report of the demo year (12
 * projects, 84 indicators, a year of payments and ≈ 7,000 register records; aim ≤ 100 ms) — the
 * spending view, the indicator-progress board and the stored judgements — and export it. On PGlite,
 * and on PostgreSQL too when DATABASE_URL is set (in a throw-away database).
 */
async function measure(label: string, database: Database): Promise<void> {
  const actor = { userId: null, name: 'bench' };
  await once(`${label}: load the demo year (goal book, payments, registers)`, () =>
    loadDemo({ db: database.db, actor, steps: demoSteps(database.db, { cipher: new PersonalDataCipher(Buffer.alloc(32, 7)), actor }), log: () => {} }),
  );
  const unit = (await findUnitByCode(database.db, '315002'))!;
  const build = () => getMonitoringReport({ db: database.db, scope: singleUnitScope(unit), year: 2022, month: 6 });
  await median(`${label}: build the June monitoring report (12 projects)`, 20, build, { aim: '≤ 100 ms' });
  await median(`${label}:   of which the indicator-progress board`, 20, () => getIndicatorProgress({ db: database.db, scope: singleUnitScope(unit), year: 2022, asOf: '2022-06-30' }));
  const report = await build();
  await median(`${label}: export it as .xlsx`, 5, () => exportMonitoring(report, 'xlsx', []));
  await median(`${label}: export it as .docx`, 5, () => exportMonitoring(report, 'docx', []));
}

export default async function bench(): Promise<void> {
  await onEachEngine('monitoring', measure);
}
