import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import type { TableBlock } from '../../src/documents/blocks.js';
import { readDocxBlocks } from '../../src/documents/docx/read-docx-blocks.js';
import { readXlsxBlocks } from '../../src/documents/xlsx/read-xlsx-blocks.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { expectSameFigures } from '../helpers/monitoring-readback.js';

let t: TestApp;
let finance: Session;
const U = '/api/units/315002/years/2022';
const JUNE = `${U}/monitoring/6`;
let report: TMonitoringReport;

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
  await t.as(finance, { method: 'POST', url: `${U}/bindings/confirm-proposals`, payload: {} });
  const pay = async (projectCode: string, paidOn: string, amount: number, voucherNo: string) =>
    recordPayment({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022, actor: { userId: null, name: 'test' }, input: { projectCode, paidOn, amount, voucherNo, payee: '某公司', summary: '', fundSource: 'fiscal' } });
  await pay('13022522P000R24100085', '2022-03-10', 20000.55, 'M-1');
  await pay('13022522P000R24100104', '2022-06-01', 12345.67, 'M-2');
  const r = (await t.as(finance, { method: 'GET', url: JUNE })).json() as TMonitoringReport;
  const line = r.projects[0]!.indicators.find((i) => i.proposal.likelihood !== null && i.proposal.likelihood !== '确定能')!;
  await t.as(finance, { method: 'PUT', url: `${JUNE}/lines/${line.indicatorId}`, payload: { likelihood: '有可能', cause: '其他', causeText: '案件集中在下半年', measures: [{ text: '加强宣传', owner: '张三', dueOn: '2022-09-30' }] } });
  report = (await t.as(finance, { method: 'GET', url: JUNE })).json() as TMonitoringReport;
});
afterAll(() => t.close());

describe('monitoring export', () => {
  it('has a confirmed line with a measure and lines with proposals', () => {
    expect(report.projects[0]!.indicators.some((i) => i.measures.length === 1 && i.likelihood === '有可能')).toBe(true);
    expect(report.projects.flatMap((p) => p.indicators).some((i) => i.likelihood === null && i.proposal.likelihood !== null)).toBe(true);
  });

  it.each(['xlsx', 'docx'] as const)('exports .%s that reads back with the same figures', async (format) => {
    const res = await t.as(finance, { method: 'GET', url: `${JUNE}/export?format=${format}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('315002乐亭县司法局-2022年1-6月绩效运行监控表'));
    const blocks = format === 'xlsx' ? await readXlsxBlocks(res.rawPayload) : await readDocxBlocks(res.rawPayload);
    expectSameFigures(report, blocks.blocks.filter((b): b is TableBlock => b.kind === 'table'));
    // signature lines close the department summary (a paragraph once read back from a spreadsheet), before the 佐证材料 listing
    const signed = blocks.blocks.findIndex((b) => JSON.stringify(b).includes('单位负责人（签字）'));
    const listing = blocks.blocks.findIndex((b) => JSON.stringify(b).includes('文件名称'));
    expect(signed).toBeGreaterThan(0);
    expect(listing).toBeGreaterThan(signed);
    expect(JSON.stringify(blocks.blocks.slice(listing))).toContain('本报告各指标均未附佐证材料');
  });
});
