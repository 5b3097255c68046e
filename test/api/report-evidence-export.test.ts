import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TEvaluation } from '../../src/contract/api/evaluation-api.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import type { TEvidenceFile } from '../../src/contract/api/registers-api.js';
import type { TableBlock } from '../../src/documents/blocks.js';
import { readDocxBlocks } from '../../src/documents/docx/read-docx-blocks.js';
import { readEvaluationTables } from '../../src/documents/evaluation/read-evaluation-tables.js';
import { chinaMinute } from '../../src/documents/export/evidence-layout.js';
import { readXlsxBlocks } from '../../src/documents/xlsx/read-xlsx-blocks.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { splitEvidence } from '../helpers/evidence-readback.js';
import { multipart } from '../helpers/multipart.js';

/**
 * The exported monitoring report and self-evaluation close with 佐证材料清单: every file on the
 * report's lines with its project, indicator, name, size, uploader and upload time (Beijing time),
 * in the report's line order — in the .xlsx (its own sheet) and the .docx alike; the report's own
 * tables still read back as before.
 */

let t: TestApp;
let finance: Session;
let section: Session;
const U = '/api/units/315002/years/2022';
const REPORTS = { monitoring: `${U}/monitoring/6`, evaluation: `${U}/evaluation` } as const;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]);

/** The report's lines in its order: project name, indicator id and name. */
async function linesOf(kind: keyof typeof REPORTS): Promise<Array<{ project: string; id: number; name: string }>> {
  const body = (await t.as(finance, { method: 'GET', url: REPORTS[kind] })).json() as TMonitoringReport | { evaluation: TEvaluation };
  if ('evaluation' in body) return body.evaluation.projects.flatMap((p) => p.indicators.map((i) => ({ project: p.name, id: i.id, name: i.name })));
  return body.projects.flatMap((p) => p.indicators.map((i) => ({ project: p.name, id: i.indicatorId, name: i.name })));
}

async function readBack(kind: keyof typeof REPORTS, format: 'xlsx' | 'docx') {
  const res = await t.as(finance, { method: 'GET', url: `${REPORTS[kind]}/export?format=${format}` });
  expect(res.statusCode, res.body).toBe(200);
  const doc = format === 'xlsx' ? await readXlsxBlocks(res.rawPayload) : await readDocxBlocks(res.rawPayload);
  return { bytes: res.rawPayload, doc, ...splitEvidence(doc.blocks.filter((b): b is TableBlock => b.kind === 'table')) };
}

beforeAll(async () => {
  t = await createTestApp();
  [finance, section] = await Promise.all([t.login('finance'), t.login('section')]);
});
afterAll(() => t.close());

describe.each(['monitoring', 'evaluation'] as const)('the exported %s report', (kind) => {
  it.each(['xlsx', 'docx'] as const)('.%s says when no line has evidence', async (format) => {
    const { doc, evidence } = await readBack(kind, format);
    // the note spans the row: a paragraph once read back from a spreadsheet, a one-cell row from Word
    expect(evidence.filter((row) => row.length > 1)).toEqual([]);
    expect(JSON.stringify(doc.blocks)).toContain('本报告各指标均未附佐证材料');
  });

  it.each(['xlsx', 'docx'] as const)('.%s lists every file of its lines in the report’s line order', async (format) => {
    const lines = await linesOf(kind);
    const [first, later] = [lines[0]!, lines.at(-1)!];
    const upload = async (line: { id: number }, name: string, bytes: Buffer) => {
      const res = await t.as(finance, { method: 'POST', url: `${REPORTS[kind]}/lines/${line.id}/evidence`, ...multipart(name, bytes) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as TEvidenceFile;
    };
    // the later line's file is uploaded first: the listing follows the report, not the upload order
    const files = (await t.as(finance, { method: 'GET', url: `${REPORTS[kind]}/evidence` })).json() as TEvidenceFile[];
    const uploaded =
      files.length > 0 ? files : [await upload(later, '验收单.png', PNG), await upload(first, '案件台账.pdf', PDF), await upload(first, '情况说明.pdf', PDF)];
    const [png, ledger, note] = uploaded as [TEvidenceFile, TEvidenceFile, TEvidenceFile];
    const { evidence, bytes } = await readBack(kind, format);
    expect(evidence).toEqual([
      ['1', first.project, first.name, '案件台账.pdf', `${PDF.length} B`, 'finance', chinaMinute(ledger.uploadedAt)],
      ['2', first.project, first.name, '情况说明.pdf', `${PDF.length} B`, 'finance', chinaMinute(note.uploadedAt)],
      ['3', later.project, later.name, '验收单.png', '2.9 KB', 'finance', chinaMinute(png.uploadedAt)],
    ]);
    expect(chinaMinute(png.uploadedAt)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    if (kind === 'evaluation') {
      // the listing is no project table to the reader of the 自评表
      const e = ((await t.as(finance, { method: 'GET', url: REPORTS.evaluation })).json() as { evaluation: TEvaluation }).evaluation;
      expect((await readEvaluationTables(bytes, format)).map((x) => x.projectName)).toEqual(e.projects.map((p) => p.name));
    }
  });
});

it('a section reads the same listing', async () => {
  const res = await t.as(section, { method: 'GET', url: `${REPORTS.monitoring}/export?format=xlsx` });
  expect(res.statusCode).toBe(200);
  const tables = (await readXlsxBlocks(res.rawPayload)).blocks.filter((b): b is TableBlock => b.kind === 'table');
  expect(splitEvidence(tables).evidence).toHaveLength(3);
});
