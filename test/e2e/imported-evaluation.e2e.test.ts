import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeImportedEvaluation } from '../../src/app/evaluation/imported-evaluation.js';
import { readImportDocument } from '../../src/documents/read-import-document.js';
import { foreignFixture } from '../helpers/fixtures.js';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.js';

/** The 自评表 imported for the unit-year (jixiao import FILE), read-only on the 绩效自评 page. */
let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
  const read = await readImportDocument(foreignFixture('evaluation-province.txt'));
  if (read.kind !== 'evaluation') throw new Error('not read as a self-evaluation');
  await storeImportedEvaluation({ db: env.test.database.db, evaluation: read.evaluation, sourceName: 'evaluation-province.txt', actor: { userId: null, name: 'cli:clerk' } });
}, 180_000);
afterAll(() => env?.close());

describe('imported self-evaluation in the browser', { timeout: 120_000 }, () => {
  it('a leader sees the imported 自评表 beside the unit’s own, read-only, with its actuals and scores', async () => {
    const page = await env.signIn('leader');
    await page.getByRole('link', { name: '绩效自评', exact: true }).click();
    const card = page.getByTestId('imported-evaluation');
    await card.getByText('导入的历史自评表（只读）').waitFor();
    // the command line's actor is named as such, not by its raw `cli:` name
    await card.getByText(/来自 evaluation-province\.txt，命令行（clerk） 于/).waitFor();
    await card.getByText(/法制建设（13022522P000R24100104）\s*总分 92\.5/).click();
    await card.getByText('行政复议案件办理数').waitFor();
    expect(await card.getByText('18件').count()).toBe(1);
    expect(await card.getByText('申请量下降').count()).toBe(1);
    // read-only: nothing to type into
    expect(await card.locator('input, textarea').count()).toBe(0);
    await page.context().close();
  });
});
