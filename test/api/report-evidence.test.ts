import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TEvidenceFile } from '../../src/contract/api/registers-api.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { multipart } from '../helpers/multipart.js';

/**
 * 佐证材料 on report lines (the monitoring report of a month, the self-evaluation of the year): whoever
 * may fill the line attaches, whoever may read the report lists and downloads, the uploader or finance
 * removes — every change audited. The frozen refusal is in the reports' own workflow tests.
 */

let t: TestApp;
let finance: Session;
let section: Session; // keeps legal-aid and survey
let leader: Session;
let reviewer: Session;
let office: Session;
const U = '/api/units/315002/years/2022';
const REPORTS = { monitoring: `${U}/monitoring/6`, evaluation: `${U}/evaluation` } as const;
const LEGAL_AID = '13022522P000R24100085';
const LAW = '13022522P000R24100104';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
let aidLine: number; // bound to the legal-aid register: the section's business
let lawLine: number; // 法制建设: nothing bound to the section's registers

const upload = (session: Session, base: string, indicatorId: number, name: string, bytes: Buffer) =>
  t.as(session, { method: 'POST', url: `${base}/lines/${indicatorId}/evidence`, ...multipart(name, bytes) });
const list = async (session: Session, base: string) => (await t.as(session, { method: 'GET', url: `${base}/evidence` })).json() as TEvidenceFile[];
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  [finance, section, leader, reviewer, office] = await Promise.all([t.login('finance'), t.login('section'), t.login('leader'), t.login('reviewer'), t.login('office')]);
  const board = (await t.as(finance, { method: 'GET', url: `${U}/indicator-progress?asOf=2022-06-30` })).json() as { indicators: Array<{ indicatorId: number; projectCode: string; name: string }> };
  aidLine = board.indicators.find((i) => i.projectCode === LEGAL_AID && i.name.includes('受理'))!.indicatorId;
  lawLine = board.indicators.find((i) => i.projectCode === LAW)!.indicatorId;
  expect((await t.as(finance, { method: 'PUT', url: `${U}/indicators/${aidLine}/binding`, payload: { metric: 'legal-aid.cases-accepted' } })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe.each(['monitoring', 'evaluation'] as const)('evidence on a %s line', (kind) => {
  const base = REPORTS[kind];

  it('is attached by whoever may fill the line, stored with its SHA-256 and audited', async () => {
    const own = await upload(section, base, aidLine, '案件受理台账.pdf', PDF);
    expect(own.statusCode, own.body).toBe(200);
    const file = own.json() as TEvidenceFile;
    expect(file).toMatchObject({
      ownerKind: `${kind}_line`,
      indicatorId: aidLine,
      fileName: '案件受理台账.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      uploadedByName: 'section',
    });
    expect(file.ownerId).toMatch(new RegExp(`^\\d+/${aidLine}$`));
    expect((await upload(finance, base, lawLine, '印刷验收单.png', PNG)).statusCode).toBe(200);
    const audit = await rows(
      sql`select after->'owner'->>'kind' as kind, after->>'fileName' as name from audit_log where action = 'evidence.upload' and after->'owner'->>'kind' = ${`${kind}_line`} order by id`,
    );
    expect(audit).toEqual([
      { kind: `${kind}_line`, name: '案件受理台账.pdf' },
      { kind: `${kind}_line`, name: '印刷验收单.png' },
    ]);
  });

  it('is refused to a section on a line outside its business, to roles that do not fill, and when the file is bad', async () => {
    const foreign = await upload(section, base, lawLine, '说明.pdf', PDF);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toContain('不属于您科室的业务');
    expect((await upload(leader, base, aidLine, '说明.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(reviewer, base, aidLine, '说明.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(finance, base, 999999, '说明.pdf', PDF)).statusCode).toBe(404);
    const exe = await upload(finance, base, aidLine, 'virus.exe', Buffer.from('MZ\x90\x00 not a document'));
    expect([400, 415]).toContain(exe.statusCode);
    expect(await list(finance, base)).toHaveLength(2);
  });

  it('is listed per line and downloaded byte for byte by whoever may read the report', async () => {
    for (const session of [finance, section, leader, reviewer]) {
      const files = await list(session, base);
      expect(files.map((f) => [f.indicatorId, f.fileName])).toEqual([
        [aidLine, '案件受理台账.pdf'],
        [lawLine, '印刷验收单.png'],
      ]);
      const res = await t.as(session, { method: 'GET', url: `${base}/evidence/${files[0]!.id}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-sha256']).toBe(files[0]!.sha256);
      expect(res.rawPayload.equals(PDF)).toBe(true);
    }
    const files = await list(finance, base);
    // the indicator-value download does not serve a report's files (its readers are the report's)
    expect((await t.as(finance, { method: 'GET', url: `${U}/evidence/${files[0]!.id}` })).statusCode).toBe(404);
    // nor does the other report
    const other = kind === 'monitoring' ? REPORTS.evaluation : REPORTS.monitoring;
    expect((await t.as(finance, { method: 'GET', url: `${other}/evidence/${files[0]!.id}` })).statusCode).toBe(404);
    if (kind === 'monitoring') expect((await t.as(office, { method: 'GET', url: `${base}/evidence` })).statusCode).toBe(403);
  });

  it('is removed by its uploader or finance only, audited', async () => {
    const [aid, law] = await list(finance, base);
    const refused = await t.as(section, { method: 'DELETE', url: `${base}/evidence/${law!.id}` });
    expect(refused.statusCode).toBe(403);
    expect((await t.as(section, { method: 'DELETE', url: `${base}/evidence/${aid!.id}` })).statusCode).toBe(200);
    expect((await t.as(finance, { method: 'DELETE', url: `${base}/evidence/${law!.id}` })).statusCode).toBe(200);
    expect((await t.as(finance, { method: 'DELETE', url: `${base}/evidence/${law!.id}` })).statusCode).toBe(404);
    expect(await list(reviewer, base)).toEqual([]);
    const audit = await rows(
      sql`select before->>'fileName' as name, before->'owner'->>'kind' as kind from audit_log where action = 'evidence.delete' and before->'owner'->>'kind' = ${`${kind}_line`} order by id`,
    );
    expect(audit.map((a) => a.name)).toEqual(['案件受理台账.pdf', '印刷验收单.png']);
  });
});
