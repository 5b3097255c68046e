import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleBytes } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';

let t: TestApp;
let finance: Session;
const BASE = '/api/units/315002/years/2022';

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
});
afterAll(() => t.close());

interface Finding {
  rule: string;
  projectCode?: string;
  indicatorIndex?: number;
  fix?: { field: 'name' | 'description' | 'target'; value: string };
}
const review = async (session = finance) => (await t.as(session, { method: 'GET', url: `${BASE}/review` })).json() as { findings: Finding[]; counts: { bySeverity: Record<string, number>; fixable: number } };

describe('goal review over the API', () => {
  it('reviews the stored goal book', async () => {
    const r = await review();
    expect(r.findings).toHaveLength(71);
    expect(r.counts.bySeverity).toEqual({ error: 2, warning: 39, suggestion: 30 });
  });

  it('applies a one-click fix as a revision and the finding goes away', async () => {
    const before = await review();
    const fix = before.findings.find((f) => f.rule === 'unit-in-words' && f.projectCode === '13022522P000R24100104')!;
    expect(fix.fix).toEqual({ field: 'target', value: '100%' });
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [{ rule: fix.rule, projectCode: fix.projectCode, indicatorIndex: fix.indicatorIndex, ...fix.fix }] } });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('updated');
    const project = (await t.as(finance, { method: 'GET', url: `${BASE}/projects/13022522P000R24100104` })).json();
    expect(project.indicators[1].target).toEqual({ raw: '100%', kind: 'quantitative', value: 100, unit: '%' });
    const [latest] = (await t.as(finance, { method: 'GET', url: `${BASE}/revisions` })).json();
    expect(latest).toMatchObject({ source: 'review-fix', summary: '按审核意见修正 1 处' });
    expect((await review()).findings).toHaveLength(70);

    // the same request again is stale now, and is refused without changing anything
    const again = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [{ rule: fix.rule, projectCode: fix.projectCode, indicatorIndex: fix.indicatorIndex, ...fix.fix }] } });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已不存在或已变化');
  });

  it('refuses a fix the review never proposed', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [{ rule: 'unit-in-words', projectCode: '13022522P000R24100085', indicatorIndex: 0, field: 'target', value: '≥1件' }] } });
    expect(res.statusCode).toBe(409);
    expect((await t.as(finance, { method: 'GET', url: `${BASE}/projects/13022522P000R24100085` })).json().indicators[0].target.raw).toBe('≥396件');
  });

  it('lets an outside reviewer comment but not fix', async () => {
    const reviewer = await t.login('reviewer');
    const comment = await t.as(reviewer, { method: 'POST', url: `${BASE}/review/comments`, payload: { projectCode: '13022522P000R24100085', indicator: '项目预算控制数', text: '成本指标请写明金额上限。' } });
    expect(comment.statusCode).toBe(200);
    expect(comment.json()).toMatchObject({ authorRole: '财政审核', text: '成本指标请写明金额上限。' });
    const fix = await t.as(reviewer, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [{ rule: 'x', projectCode: 'x', indicatorIndex: 0, field: 'target', value: 'x' }] } });
    expect(fix.statusCode).toBe(403);
    expect((await t.as(reviewer, { method: 'GET', url: `${BASE}/review` })).json().comments).toHaveLength(1);
  });

  it('exports the 审核意见表 as .xlsx and .docx that read back', async () => {
    const xlsx = await t.as(finance, { method: 'GET', url: `${BASE}/review/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('审核意见')!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).filter(Boolean).join('|') : ''));
    expect(texts[0]).toContain('乐亭县司法局2022年度绩效目标审核意见表');
    expect(texts.some((row) => row.startsWith('序号|项目|指标|审核要点|等级|问题描述|修改建议'))).toBe(true);
    expect(texts.filter((row) => /^\d+\|/.test(row))).toHaveLength(70);
    expect(wb.getWorksheet('审核人员意见')!.getCell('D3').value).toBe('成本指标请写明金额上限。');

    const docx = await t.as(finance, { method: 'GET', url: `${BASE}/review/export?format=docx` });
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('绩效目标审核意见表');
    expect(xml).toContain('严格按制在预算内');
  });

  it('shows the review of an uploaded document in the import preview', async () => {
    const res = await t.as(finance, { method: 'POST', url: '/api/goal-books/preview', ...multipart('a.txt', sampleBytes()) });
    expect(res.json().findings).toHaveLength(71);
  });
});
