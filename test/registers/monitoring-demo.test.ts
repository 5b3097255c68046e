import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleUnitScope } from '../../src/core/access/scope.js';
import { demoSteps } from '../../src/app/demo/demo-steps.js';
import { getMonitoringReport } from '../../src/app/monitoring/get-monitoring-report.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import type { TableBlock } from '../../src/documents/blocks.js';
import { readDocxBlocks } from '../../src/documents/docx/read-docx-blocks.js';
import { exportMonitoring } from '../../src/documents/export-monitoring.js';
import { readXlsxBlocks } from '../../src/documents/xlsx/read-xlsx-blocks.js';
import { findUnitByCode } from '../../src/repositories/goal-book.repository.js';
import { TEST_CIPHER } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';
import { expectSameFigures } from '../helpers/monitoring-readback.js';

let database: TestDatabase;
let report: TMonitoringReport;
const actor = { userId: null, name: 'test' };

beforeAll(async () => {
  database = await createTestDatabase();
  await importGoalBook({ db: database.db, book: sampleGoalBook(), actor });
  for (const step of demoSteps(database.db, { cipher: TEST_CIPHER, actor })) await step.run();
  const unit = (await findUnitByCode(database.db, '315002'))!;
  report = await getMonitoringReport({ db: database.db, scope: singleUnitScope(unit), year: 2022, month: 6 });
}, 180_000);
afterAll(() => database.close());

describe('the June monitoring report of the demo year', { timeout: 60_000 }, () => {
  it('covers the 12 projects with their money and proposes likelihoods and causes where they lag', () => {
    expect(report.projects).toHaveLength(12);
    expect(report.department.money.spent).toBeGreaterThan(0);
    const lines = report.projects.flatMap((p) => p.indicators);
    expect(lines).toHaveLength(84);
    const lagging = lines.filter((i) => i.proposal.likelihood === '有可能' || i.proposal.likelihood === '完全不可能');
    expect(lagging.length).toBeGreaterThan(0);
    // every lagging line comes with a proposed cause; 经费保障 exactly where its project's money is behind plan too
    for (const p of report.projects) {
      for (const i of p.indicators.filter((i) => lagging.includes(i))) {
        expect(i.proposal.cause).toBe(p.money.light === 'green' ? '其他' : '经费保障');
        expect(i.proposal.causeText).toContain('1–6月');
      }
    }
    const summarised = report.department.projects.flatMap((s) => s.causes);
    expect(summarised).toHaveLength(lagging.length);
    expect(report.department.likelihoods.有可能 + report.department.likelihoods.完全不可能).toBe(lagging.length);
  });

  it.each(['xlsx', 'docx'] as const)('exports as .%s and reads back with the same figures', async (format) => {
    const bytes = await exportMonitoring(report, format, []);
    const blocks = format === 'xlsx' ? await readXlsxBlocks(bytes) : await readDocxBlocks(bytes);
    expectSameFigures(report, blocks.blocks.filter((b): b is TableBlock => b.kind === 'table'));
  });
});
