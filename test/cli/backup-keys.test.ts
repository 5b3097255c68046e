import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao backup` on one data folder, `jixiao restore` on fresh ones: the keys travel, or restore refuses. */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const root = mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-keys-'));
const jx = (dataDir: string, args: string[]) => {
  const full: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete full.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env: full, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao backup / restore with keys', { timeout: 300_000 }, () => {
  it('restores with the passphrase on a fresh folder, refuses without it (naming the key), and a wrong key is a Chinese message', () => {
    const first = path.join(root, 'first');
    const csv = path.join(root, 'cases.csv');
    writeFileSync(csv, '案件来源,申请人姓名,申请人身份证号,申请人类别,案件类型,受理日期,司法所\n依申请,张三丰,11010519491231002X,农民工,民事,2022-03-01,胡家坨司法所\n');
    expect(jx(first, ['import', SAMPLE_PATH]).code).toBe(0);
    expect(jx(first, ['register', 'import', 'legal-aid', csv, '--unit', '315002']).code).toBe(0);
    const passphraseFile = path.join(root, 'passphrase.txt');
    writeFileSync(passphraseFile, '县司法局-备份口令-2022\n');
    const file = path.join(root, 'backup.jsonl.gz');
    const backup = jx(first, ['backup', '--out', file, '--passphrase-file', passphraseFile]);
    expect(backup.out).toContain('备份中含有用口令加密的密钥');
    const fingerprint = /个人信息密钥指纹 (sha256:[0-9a-f]{16})/.exec(backup.out)![1]!;

    // a fresh folder, no key, no passphrase: refused, naming the key needed
    const second = path.join(root, 'second');
    const refused = jx(second, ['restore', file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`指纹为 ${fingerprint} 的个人信息密钥`);
    expect(refused.err).toContain('口令');

    // (a wrong passphrase, another key present and the database left unchanged: test/api/backup-keys.test.ts)
    const restored = jx(second, ['restore', file, '--passphrase-file', passphraseFile]);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain(`个人信息密钥指纹 ${fingerprint}`);
    expect(restored.out).toContain('已写入备份中的密钥');
    const out = path.join(root, 'cases.xlsx');
    expect(jx(second, ['register', 'export', 'legal-aid/cases', '--unit', '315002', '--year', '2022', '--out', out]).out).toContain('已导出法律援助案件 1 条记录');

    // the key swapped behind the data's back: a Chinese message, not the cipher's stack trace
    writeFileSync(path.join(second, 'personal-data.key'), randomBytes(32).toString('base64'));
    const mismatch = jx(second, ['register', 'export', 'legal-aid/cases', '--unit', '315002', '--year', '2022', '--out', out]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.err).toContain('个人信息无法解密');
    expect(mismatch.err).not.toMatch(/Unsupported state|at .*\.ts:\d+/);
  });
});
