import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** `jixiao demo county`, `jixiao county` and `jixiao aggregates` as a user runs them (PGlite, a data folder of its own). */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-county-'));
const jx = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao county', { timeout: 300_000 }, () => {
  it('generates a county, prints its rollup as JSON and as a table, and checks the aggregates', () => {
    const made = jx('demo', 'county', '--units', '3', '--year', '2022');
    expect(made.code).toBe(0);
    expect(made.out).toContain('已生成 示例县财政局（390000）下 3 个单位');
    const json = jx('county', '--year', '2022', '--as-of', '2022-06-30', '--unit', '390000', '--json');
    expect(json.code).toBe(0);
    const view = JSON.parse(json.out) as { units: Array<{ code: string; budget: number; spent: number; lights: Record<string, number>; reports: { monitoring: string; evaluation: string }; review: { findings: number; errors: number } | null }>; totals: { units: number; budget: number; review: { findings: number } } };
    expect(view.units.map((u) => u.code)).toEqual(['390001', '390002', '390003']);
    expect(view.units[0]).toMatchObject({ reports: { monitoring: 'not-started', evaluation: 'not-started' } });
    expect(Object.keys(view.units[0]!.lights).sort()).toEqual(['blue', 'green', 'none', 'red', 'yellow']);
    expect(view.totals.units).toBe(3);
    // each unit's review findings (kept when its goal book was written), added up in the totals
    expect(view.units.every((u) => u.review !== null && u.review.findings >= u.review.errors)).toBe(true);
    expect(view.totals.review.findings).toBe(view.units.reduce((a, u) => a + u.review!.findings, 0));
    expect(view.totals.budget).toBeCloseTo(view.units.reduce((a, u) => a + u.budget, 0), 2);
    const table = jx('county', '--year', '2022', '--as-of', '2022-06-30');
    expect(table.out).toContain('城关司法局');
    expect(table.out).toContain('合计');
    expect(table.out).toContain('审核问题');
    const check = jx('aggregates', 'check');
    expect(check.code).toBe(0);
    expect(check.out).toContain('按日汇总与记录一致');
    expect(jx('county', '--year', '2022', '--as-of', '2022-13-01').code).toBe(2);
  });
});
