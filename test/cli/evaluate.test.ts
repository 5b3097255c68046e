import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEvaluationTables } from '../../src/documents/evaluation/read-evaluation-tables.js';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao evaluate` and `jixiao report export --kind evaluation` as a user runs them (PGlite, own data folder). */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-eval-'));
const jx = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao evaluate and report export', { timeout: 180_000 }, () => {
  it('prints the issue’s JSON shape; indicators without an actual are missing, never 0, and leave the total empty', () => {
    expect(jx('import', SAMPLE_PATH).code).toBe(0);
    const r = jx('evaluate', '--unit', '315002', '--year', '2022', '--json');
    expect(r.err).toBe('');
    const e = JSON.parse(r.out) as { projects: Record<string, unknown>[]; department: { projects: number; ranking: unknown[] } };
    expect(Object.keys(e)).toEqual(['projects', 'department']);
    expect(e.projects).toHaveLength(12);
    const p = e.projects[0]!;
    expect(Object.keys(p)).toEqual(['code', 'name', 'budget', 'spent', 'executionRate', 'executionScore', 'indicators', 'total', 'grade']);
    expect(p).toMatchObject({ code: '13022522P000R24100085', name: '法律援助', budget: 50000, spent: 0, executionRate: 0, executionScore: 0, total: null, grade: null });
    const first = (p.indicators as Record<string, unknown>[])[0]!;
    expect(first).toEqual({ name: '法律援助案件受理数（件)', target: { raw: '≥396件', kind: 'quantitative', comparator: '>=', value: 396, unit: '件' }, actual: null, source: 'missing', weight: 12.5, score: null, computedScore: null });
    expect(e.department.projects).toBe(12);
    expect(e.department.ranking).toHaveLength(12);
    const text = jx('evaluate', '--unit', '315002', '--year', '2022');
    expect(text.out).toContain('法律援助案件受理数（件)  目标 ≥396件  实际 — [missing]  分值 12.5  得分 缺失');
    expect(text.out).toContain('尚不能提交');
  });

  it('exports the 自评表 as .xlsx and .docx; an unknown kind is a usage error', async () => {
    for (const format of ['xlsx', 'docx'] as const) {
      const out = path.join(dataDir, `evaluation.${format}`);
      const r = jx('report', 'export', '--kind', 'evaluation', '--unit', '315002', '--year', '2022', '--format', format, '--out', out);
      expect(r.err).toBe('');
      const tables = await readEvaluationTables(readFileSync(out), format);
      expect(tables).toHaveLength(12);
      expect(tables[0]).toMatchObject({ projectName: '法律援助', executionScore: 0, total: null });
      expect(tables[0]!.indicators.map((i) => i.weight)).toEqual([12.5, 12.5, 12.5, 12.5, 15, 15, 10]);
    }
    expect(jx('report', 'export', '--kind', 'nope', '--unit', '315002', '--year', '2022', '--format', 'xlsx', '--out', path.join(dataDir, 'x')).code).toBe(2);
    expect(jx('evaluate', '--unit', '999999', '--year', '2022').err).toContain('没有编码为 999999 的单位');
  });
});
