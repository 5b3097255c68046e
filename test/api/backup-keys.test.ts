import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { backupDatabase } from '../../src/app/backup/backup-database.js';
import { restoreDatabase } from '../../src/app/backup/restore-database.js';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { loadAuditKey, useAuditKey } from '../../src/app/audit/audit-key.js';
import { keyFingerprint } from '../../src/app/crypto/key-file.js';
import { loadPersonalDataKey, PersonalDataCipher } from '../../src/app/crypto/personal-data-cipher.js';
import { loadConfig } from '../../src/config.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { TEST_AUDIT_KEY } from '../helpers/keys.js';

/**
 * A backup restored on another machine: the personal data and the audit chain need the keys kept
 * outside the database. With the operator's passphrase the backup carries them; without, the keys
 * present must be the backup's — otherwise restore refuses before writing anything, naming the
 * fingerprint needed. And a server whose key cannot open its data says so in Chinese, never a 500.
 */

const PASSPHRASE = '县司法局-备份口令-2022';
const KEYS = { personalData: Buffer.alloc(32, 42), audit: TEST_AUDIT_KEY };
const DATA_FP = keyFingerprint(KEYS.personalData);
const AUDIT_FP = keyFingerprint(KEYS.audit);
const CASES = '/api/units/315002/registers/legal-aid/cases';
const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `jixiao-${name}-`));

let source: TestApp;
let target: TestDatabase;
const files = tmp('backup-keys');
const withKeys = path.join(files, 'with-keys.jsonl.gz');
const withoutKeys = path.join(files, 'without-keys.jsonl.gz');

const count = async (db: TestDatabase, table: string) => ((await db.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: Error & { code?: string }) => ({ code: e.code, message: e.message }));

/** an API over a restored database, keyed as a server started on that data folder would be */
async function serverOn(db: TestDatabase, dataDir: string): Promise<FastifyInstance> {
  const config = loadConfig({ JIXIAO_DATA_DIR: dataDir, JIXIAO_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  return buildApp({ database: db, config, webRoot: null });
}
async function signIn(app: FastifyInstance, username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}

beforeAll(async () => {
  source = await createTestApp();
  const section = await source.login('section');
  const res = await source.as(section, { method: 'POST', url: `${CASES}/records`, payload: { source: '依申请', applicantName: '张三丰', applicantIdNumber: '11010519491231002X', applicantCategory: '农民工', caseType: '民事', appliedOn: '2022-03-01' } });
  expect(res.statusCode, res.body).toBe(200);
  expect((await backupDatabase({ db: source.database.db, out: withKeys, engine: source.database.engine, keys: KEYS, passphrase: PASSPHRASE })).keys).toEqual({ personalData: DATA_FP, audit: AUDIT_FP, included: true });
  expect((await backupDatabase({ db: source.database.db, out: withoutKeys, engine: source.database.engine, keys: KEYS })).keys.included).toBe(false);
  target = await createTestDatabase();
});
afterAll(async () => {
  useAuditKey(TEST_AUDIT_KEY);
  await source.close();
  await target.close();
});

describe('restoring on a fresh data folder', () => {
  it('refuses a backup without keys when there is no key, naming the fingerprints needed, and writes nothing', async () => {
    const dataDir = tmp('restore-nokey');
    const users = await count(target, 'app_user');
    const refused = await refusal(restoreDatabase({ db: target.db, file: withoutKeys, keys: { dataDir, env: {} } }));
    expect(refused).toMatchObject({ code: 'KEY_MISMATCH' });
    expect(refused!.message).toContain(`指纹为 ${DATA_FP} 的个人信息密钥`);
    expect(refused!.message).toContain(`指纹为 ${AUDIT_FP} 的审计链密钥`);
    expect(refused!.message).toContain('未做任何改动');
    expect(await count(target, 'app_user')).toBe(users);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses it when another key is present (file or environment), saying which', async () => {
    const dataDir = tmp('restore-otherkey');
    const other = randomBytes(32);
    writeFileSync(path.join(dataDir, 'personal-data.key'), other.toString('base64'));
    const refused = await refusal(restoreDatabase({ db: target.db, file: withoutKeys, keys: { dataDir, env: { audit: TEST_AUDIT_KEY.toString('base64') } } }));
    expect(refused!.message).toContain(`数据目录中的 personal-data.key是另一把密钥（指纹 ${keyFingerprint(other)}）`);
    expect(refused!.message).not.toContain('审计链密钥'); // the audit key present is the right one
    // with the passphrase, a key in the environment is not overwritten: refused, naming the variable
    const env = await refusal(restoreDatabase({ db: target.db, file: withKeys, passphrase: PASSPHRASE, keys: { dataDir, env: { personalData: other.toString('base64') } } }));
    expect(env!.message).toContain(`环境变量 JIXIAO_DATA_KEY 设定的个人信息密钥（指纹 ${keyFingerprint(other)}）不是备份所用的密钥（指纹 ${DATA_FP}）`);
    // a backup carrying its keys asks for its passphrase
    expect((await refusal(restoreDatabase({ db: target.db, file: withKeys, keys: { dataDir, env: {} } })))!.message).toContain('请用 --passphrase-file 或环境变量 JIXIAO_BACKUP_PASSPHRASE 给出做备份时的口令');
    expect(await count(target, 'reg_legal_aid_case')).toBe(0);
  });

  it('refuses a wrong passphrase, writing nothing', async () => {
    const dataDir = tmp('restore-wrong');
    const refused = await refusal(restoreDatabase({ db: target.db, file: withKeys, passphrase: 'not-the-passphrase', keys: { dataDir, env: {} } }));
    expect(refused).toMatchObject({ code: 'KEY_MISMATCH' });
    expect(refused!.message).toContain('备份口令不正确');
    expect(await count(target, 'reg_legal_aid_case')).toBe(0);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('with the passphrase installs the keys (0600, a different key file kept aside): registers readable, audit chain intact', async () => {
    const dataDir = tmp('restore-ok');
    const stale = randomBytes(32);
    writeFileSync(path.join(dataDir, 'personal-data.key'), stale.toString('base64'), { mode: 0o600 });
    const summary = await restoreDatabase({ db: target.db, file: withKeys, passphrase: PASSPHRASE, keys: { dataDir, env: {} } });
    expect(summary.keys).toEqual({ personalData: DATA_FP, audit: AUDIT_FP });
    expect(summary.installedKeyFiles.map((f) => path.basename(f)).sort()).toEqual(['audit.key', 'personal-data.key']);
    for (const file of ['personal-data.key', 'audit.key']) expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    expect(loadPersonalDataKey({ dataDir }).equals(KEYS.personalData)).toBe(true);
    expect(loadAuditKey({ dataDir }).equals(KEYS.audit)).toBe(true);
    const aside = readdirSync(dataDir).find((f) => f.startsWith('personal-data.key.before-restore-'));
    expect(Buffer.from(readFileSync(path.join(dataDir, aside!), 'utf8'), 'base64').equals(stale)).toBe(true);

    const app = await serverOn(target, dataDir);
    try {
      const section = await signIn(app, 'section');
      const list = await app.inject({ method: 'GET', url: `${CASES}/records?unmasked=true`, headers: section });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().records[0].values).toMatchObject({ applicantName: '张三丰', applicantIdNumber: '11010519491231002X' });
      expect(await verifyAuditChain({ db: target.db })).toMatchObject({ ok: true });
    } finally {
      await app.close();
    }
    // the same backup again, keys now present: no passphrase needed, nothing to install
    expect((await restoreDatabase({ db: target.db, file: withoutKeys, keys: { dataDir, env: {} } })).installedKeyFiles).toEqual([]);
  });

  it('answers KEY_MISMATCH in Chinese (not a 500) when the server’s key cannot open the stored data', async () => {
    const dataDir = tmp('wrong-key-server');
    writeFileSync(path.join(dataDir, 'personal-data.key'), randomBytes(32).toString('base64'), { mode: 0o600 });
    writeFileSync(path.join(dataDir, 'audit.key'), TEST_AUDIT_KEY.toString('base64'), { mode: 0o600 });
    const app = await serverOn(target, dataDir);
    try {
      const section = await signIn(app, 'section');
      for (const url of [`${CASES}/records`, `${CASES}/records?unmasked=true`]) {
        const res = await app.inject({ method: 'GET', url, headers: section });
        expect(res.statusCode, res.body).toBe(503);
        expect(res.json()).toMatchObject({ code: 'KEY_MISMATCH' });
        expect(res.json().message).toContain('个人信息无法解密');
        expect(res.body).not.toContain('Unsupported state');
      }
    } finally {
      await app.close();
    }
    expect(existsSync(path.join(dataDir, 'personal-data.key'))).toBe(true);
    expect(() => new PersonalDataCipher(randomBytes(32)).decrypt(new PersonalDataCipher(KEYS.personalData).encrypt('张三丰'))).toThrow(/个人信息无法解密/);
  });
});
