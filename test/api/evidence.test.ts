import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../src/core/evidence.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { multipart } from '../helpers/multipart.js';

/** 佐证材料: files attached to a value, stored in the database with their SHA-256, listed and downloaded by those who read the indicator. */

let t: TestApp;
let finance: Session;
let section: Session;
let leader: Session;
let reviewer: Session;
let outsider: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
let valueId: number;

const upload = (session: Session, id: number, name: string, bytes: Buffer) => t.as(session, { method: 'POST', url: `${BASE}/indicator-values/${id}/evidence`, ...multipart(name, bytes) });

beforeAll(async () => {
  t = await createTestApp();
  [finance, section, leader, reviewer, outsider] = await Promise.all([t.login('finance'), t.login('section'), t.login('leader'), t.login('reviewer'), t.login('outsider')]);
  const board = (await t.as(finance, { method: 'GET', url: `${BASE}/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Array<{ indicatorId: number; projectCode: string; name: string }> };
  const indicator = board.indicators.find((i) => i.projectCode === P1 && i.name === '维护社会稳定')!;
  const res = await t.as(finance, { method: 'POST', url: `${BASE}/indicators/${indicator.indicatorId}/values`, payload: { asOf: '2022-12-31', assessment: '达成', reason: '全年无群体性事件' } });
  valueId = res.json().id;
});
afterAll(() => t.close());

describe('evidence files', () => {
  it('stores an upload in the database with its SHA-256, type told by its bytes, and audits it', async () => {
    const res = await upload(finance, valueId, '2022年工作总结.pdf', PDF);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ownerKind: 'indicator_value', ownerId: String(valueId), fileName: '2022年工作总结.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex'), uploadedByName: 'finance' });
    // a PNG however it is named
    expect((await upload(finance, valueId, '照片.pdf', PNG)).json().mediaType).toBe('image/png');
    const audit = await t.database.db.execute(sql`select action, after from audit_log where action = 'evidence.upload' order by id`);
    const rows = (audit as unknown as { rows: Array<{ after: { sha256: string; fileName: string } }> }).rows;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.after).toMatchObject({ fileName: '2022年工作总结.pdf', sha256: createHash('sha256').update(PDF).digest('hex') });
  });

  it('lists the files and serves their exact bytes to whoever may read the indicator', async () => {
    for (const session of [finance, leader, reviewer, section]) {
      const list = (await t.as(session, { method: 'GET', url: `${BASE}/indicator-values/${valueId}/evidence` })).json() as Array<{ id: number; fileName: string; sha256: string }>;
      expect(list.map((f) => f.fileName)).toEqual(['2022年工作总结.pdf', '照片.pdf']);
      const file = await t.as(session, { method: 'GET', url: `${BASE}/evidence/${list[0]!.id}` });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain(encodeURIComponent('2022年工作总结.pdf'));
      expect(file.rawPayload.equals(PDF)).toBe(true);
      expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(list[0]!.sha256);
    }
    // another unit's user: refused at the unit
    const list = (await t.as(finance, { method: 'GET', url: `${BASE}/indicator-values/${valueId}/evidence` })).json() as Array<{ id: number }>;
    expect((await t.as(outsider, { method: 'GET', url: `${BASE}/evidence/${list[0]!.id}` })).statusCode).toBe(403);
    expect((await t.as(outsider, { method: 'GET', url: `/api/units/301001/years/2022/evidence/${list[0]!.id}` })).statusCode).toBe(404);
  });

  it.each([
    ['a text file named .pdf', 'x.pdf', Buffer.from('just text'), 415, '只接受 PDF'],
    ['an empty file', 'x.pdf', Buffer.alloc(0), 422, '是空的'],
  ] as const)('refuses %s', async (_, name, bytes, status, message) => {
    const res = await upload(finance, valueId, name, bytes);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toContain(message);
  });

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 10);
    PDF.copy(big);
    const res = await upload(finance, valueId, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
  });

  it('lets only the value’s author attach, and only while it may be changed', async () => {
    const other = await upload(section, valueId, 'x.pdf', PDF);
    expect(other.statusCode).toBe(403);
    await t.as(finance, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/submit` });
    const submitted = await upload(finance, valueId, 'late.pdf', PDF);
    expect(submitted.statusCode).toBe(409);
    const list = (await t.as(finance, { method: 'GET', url: `${BASE}/indicator-values/${valueId}/evidence` })).json() as unknown[];
    expect(list).toHaveLength(2);
  });
});
