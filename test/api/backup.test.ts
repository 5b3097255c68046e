import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { backupDatabase } from '../../src/app/backup/backup-database.js';
import { restoreDatabase } from '../../src/app/backup/restore-database.js';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { TEST_AUDIT_KEY } from '../helpers/keys.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-backup-'));
const TEST_KEYS = { personalData: Buffer.alloc(32, 42), audit: TEST_AUDIT_KEY };
/** the restoring installation has the same keys, in its environment */
const present = { dataDir: dir, env: { personalData: TEST_KEYS.personalData.toString('base64'), audit: TEST_AUDIT_KEY.toString('base64') } };
let source: TestApp;
let target: TestDatabase;

beforeAll(async () => {
  source = await createTestApp();
  // some history: an edit, a comment, a sign-in — so every kind of table has rows
  const finance = await source.login('finance');
  await source.as(finance, { method: 'PATCH', url: '/api/units/315002/years/2022/projects/13022522P000R24100085', payload: { purpose: '法律援助办案补贴' } });
  await source.as(await source.login('reviewer'), { method: 'POST', url: '/api/units/315002/years/2022/review/comments', payload: { text: '请补充单位成本指标' } });
  target = await createTestDatabase();
});
afterAll(async () => {
  await source.close();
  await target.close();
});

const rows = async <T = unknown>(query: SQL): Promise<T[]> => ((await target.db.execute(query)) as unknown as { rows: T[] }).rows;
const contents = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1).filter(Boolean);

describe('backup and restore', () => {
  it('restores an identical database (same rows in every table), audit chain intact', async () => {
    const first = path.join(dir, 'first.jsonl.gz');
    const summary = await backupDatabase({ db: source.database.db, out: first, engine: source.database.engine, keys: TEST_KEYS });
    expect(summary.rows).toBeGreaterThan(100);
    await restoreDatabase({ db: target.db, file: first, keys: present });
    const second = path.join(dir, 'second.jsonl.gz');
    await backupDatabase({ db: target.db, out: second, engine: target.engine, keys: TEST_KEYS });
    expect(contents(second)).toEqual(contents(first));
    expect(await verifyAuditChain({ db: target.db })).toMatchObject({ ok: true });
  });

  it('keeps sequences past the restored ids, so new rows do not collide', async () => {
    const [max] = await rows<{ m: number }>(sql`select max(id)::int as m from indicator`);
    const [next] = await rows<{ n: number }>(sql`select nextval(pg_get_serial_sequence('indicator', 'id'))::int as n`);
    expect(next!.n).toBeGreaterThan(max!.m);
  });

  it('refuses a damaged file and changes nothing', async () => {
    const good = contents(path.join(dir, 'first.jsonl.gz'));
    const header = gunzipSync(readFileSync(path.join(dir, 'first.jsonl.gz'))).toString('utf8').split('\n')[0];
    const broken = path.join(dir, 'broken.jsonl.gz');
    writeFileSync(broken, gzipSync([header, ...good.slice(0, 50), '{"t":"unit","r":{"id":', ''].join('\n')));
    const before = await rows(sql`select count(*)::int as n from indicator`);
    await expect(restoreDatabase({ db: target.db, file: broken, keys: present })).rejects.toThrow();
    expect(await rows(sql`select count(*)::int as n from indicator`)).toEqual(before);
    const notBackup = path.join(dir, 'plain.txt');
    writeFileSync(notBackup, 'hello');
    await expect(restoreDatabase({ db: target.db, file: notBackup, keys: present })).rejects.toThrow(/不是 jixiao 备份/);
  });
});
