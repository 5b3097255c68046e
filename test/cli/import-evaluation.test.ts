import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao import` on a 自评表: --dry-run --json prints the evaluation; without it, the history is kept. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/jixiao.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/foreign/evaluation-province.txt');
const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-evaluation-')), 'data');
const jx = (args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao import of a self-evaluation table', { timeout: 300_000 }, () => {
  it('prints { kind: "evaluation", unit, year, projects, warnings } with --dry-run --json', () => {
    const r = jx(['import', FIXTURE, '--dry-run', '--json']);
    expect(r.err).toBe('');
    const printed = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['kind', 'unit', 'year', 'projects', 'warnings']);
    expect(printed).toMatchObject({ kind: 'evaluation', unit: { code: '315002', name: '某县司法局' }, year: 2022 });
    const [first] = printed.projects as Record<string, unknown>[];
    expect(Object.keys(first!)).toEqual(['code', 'name', 'budget', 'executionRate', 'executionWeight', 'executionScore', 'indicators', 'total']);
    expect(Object.keys((first!.indicators as object[])[0]!)).toEqual(['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation']);
  });

  it('stores it for the unit and year, and says so; the goal document still imports as before', () => {
    expect(jx(['import', SAMPLE_PATH]).code).toBe(0);
    const stored = jx(['import', FIXTURE]);
    expect(stored.code).toBe(0);
    expect(stored.out).toMatch(/已保存为历史自评：乐亭县司法局（315002）2022年度绩效自评表：2 个项目，9 个指标/);
    expect(jx(['import', FIXTURE]).out).toMatch(/^无变化/);
  });
});
