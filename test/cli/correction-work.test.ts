import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao correction sanctions | joint | aftercare` on a folder with the demo year. */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-correction-'));
const jx = (args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao correction', { timeout: 300_000 }, () => {
  it('lists the demo year’s sanctions, joint work and aftercare, in text and JSON; a bad state is a usage error', () => {
    expect(jx(['import', SAMPLE_PATH]).code).toBe(0);
    expect(jx(['demo', '--year', '2022']).code).toBe(0);

    const waiting = jx(['correction', 'sanctions', '--unit', '315002', '--state', 'submitted', '--json']);
    expect(waiting.code, waiting.err).toBe(0);
    const sanctions = (JSON.parse(waiting.out) as { sanctions: Array<{ kind: string; basisIds: number[]; personName: string }> }).sanctions;
    expect(sanctions.map((s) => s.kind)).toEqual(['警告']);
    expect(sanctions[0]!.basisIds).toHaveLength(2);
    expect(sanctions[0]!.personName).toMatch(/^.\*+$/);
    expect(waiting.out).not.toContain('grounds');

    const joint = jx(['correction', 'joint', '--unit', '315002', '--year', '2022', '--as-of', '2022-12-31']);
    expect(joint.out).toContain('整改事项未完成 1 项（超期 1）');
    expect(joint.out).toContain('补齐矫正小组走访记录，汤家河司法所 孙某，时限 2022-11-30，已超期');

    const aftercare = jx(['correction', 'aftercare', '--unit', '315002', '--year', '2022', '--as-of', '2022-12-31']);
    expect(aftercare.code, aftercare.err).toBe(0);
    expect(aftercare.out).toMatch(/安置率 \d+\.\d+% = \d+ ÷ 64（分子：/);
    expect(aftercare.out).toContain('待释放 3 人');

    const bad = jx(['correction', 'sanctions', '--unit', '315002', '--state', 'bogus']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('状态“bogus”无效');
  });
});
