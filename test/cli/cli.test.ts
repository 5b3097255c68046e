import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, sampleGoalBook, withoutWarnings } from '../helpers/fixtures.js';

/** The `jixiao` command as a user runs it: a real process, its own data folder, exit codes. */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
const jx = (...args: string[]) => {
  // the CLI's PGlite path; PostgreSQL is covered by the API tests
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao CLI', { timeout: 180_000 }, () => {
  it('prints the goal book with --dry-run --json and stores nothing', () => {
    const r = jx('import', SAMPLE_PATH, '--dry-run', '--json');
    expect(r.code).toBe(0);
    expect(withoutWarnings(JSON.parse(r.out))).toEqual(withoutWarnings(sampleGoalBook()));
    expect(jx('export', '--unit', '315002', '--year', '2022', '--format', 'json', '--out', path.join(dataDir, 'x.json')).code).toBe(1);
  });

  it('imports, says nothing changed the second time, and exports what imports back', () => {
    expect(jx('import', SAMPLE_PATH).out).toContain('已导入：乐亭县司法局（315002）2022年度：12 个项目，84 个指标，预算合计 122.06万元');
    expect(jx('import', SAMPLE_PATH).out).toContain('无变化');
    const out = path.join(dataDir, 'book.docx');
    expect(jx('export', '--unit', '315002', '--year', '2022', '--format', 'docx', '--out', out).code).toBe(0);
    const back = jx('import', out, '--dry-run', '--json');
    expect(withoutWarnings(JSON.parse(back.out))).toEqual(withoutWarnings(sampleGoalBook()));
  });

  it('exports a register sheet as .xlsx with the template’s headers, masked', async () => {
    const csv = path.join(dataDir, 'cases.csv');
    writeFileSync(csv, '案件来源,申请人姓名,申请人身份证号,申请人类别,案件类型,受理日期,司法所\n依申请,张三丰,11010519491231002X,农民工,民事,2022-03-01,胡家坨司法所\n依申请,李四,,老年人,刑事,2021-12-30,\n');
    expect(jx('register', 'import', 'legal-aid', csv, '--unit', '315002').out).toContain('已导入法律援助案件 2 条记录');
    const out = path.join(dataDir, 'cases.xlsx');
    const r = jx('register', 'export', 'legal-aid/cases', '--unit', '315002', '--year', '2022', '--out', out);
    expect(r.err).toBe('');
    expect(r.out).toContain('已导出法律援助案件 1 条记录');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('法律援助案件')!;
    expect(ws.getRow(1).getCell(1).value).toBe('司法所');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).values).toContain('张**');
    expect(ws.getRow(2).values).toContain('110105********002X');
    expect(jx('register', 'export', 'legal-aid', '--unit', '315002', '--filter', 'nope', '--out', out).code).toBe(2);
  });

  it('prints the monitoring report and exports it', async () => {
    const r = jx('monitor', '--unit', '315002', '--year', '2022', '--month', '6', '--json');
    expect(r.err).toBe('');
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ unit: { code: '315002' }, year: 2022, month: 6, asOf: '2022-06-30', report: { state: 'draft' } });
    expect(report.projects).toHaveLength(12);
    expect(report.department.projects).toHaveLength(12);
    // without --month: the unit's setting, 7 by default
    expect(jx('monitor', '--unit', '315002', '--year', '2022').out).toContain('2022年1–7月 绩效运行监控（截至 2022-07-31');
    expect(jx('monitor', '--unit', '315002', '--year', '2022', '--month', '13').code).toBe(2);
    const out = path.join(dataDir, 'monitoring.xlsx');
    expect(jx('report', 'export', '--kind', 'monitoring', '--unit', '315002', '--year', '2022', '--month', '6', '--format', 'xlsx', '--out', out).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    // 12 projects, the department summary and the 佐证材料清单
    expect(workbook.worksheets).toHaveLength(14);
    expect(workbook.getWorksheet('部门汇总')).toBeTruthy();
    expect(workbook.getWorksheet('佐证材料')).toBeTruthy();
  });

  it('fails with a located Chinese message and exit code 1 on a broken document', () => {
    const broken = path.join(dataDir, 'broken.txt');
    writeFileSync(broken, readFileSync(SAMPLE_PATH, 'utf8').replace('\t3.50\n\t其中', '\t3.5.0\n\t其中'));
    const r = jx('import', broken);
    expect(r.code).toBe(1);
    expect(r.err).toContain('表6《社区矫正 绩效目标表》第3行第3列（预算数）');
    expect(jx('import', path.join(dataDir, 'missing.txt')).err).toContain('找不到文件');
  });

  it('answers usage mistakes with exit code 2', () => {
    expect(jx('export', '--unit', '315002', '--year', '22', '--format', 'xlsx', '--out', 'x').code).toBe(2);
    expect(jx('export', '--unit', '315002', '--year', '2022', '--format', 'pdf', '--out', 'x').code).toBe(2);
  });

  it('reviews a document and verifies the audit chain', () => {
    const review = jx('review', SAMPLE_PATH, '--json');
    expect(JSON.parse(review.out)).toHaveLength(71);
    expect(jx('review', '--unit', '315002', '--year', '2022').out).toContain('共发现问题71条');
    const verify = jx('audit', 'verify').out;
    expect(verify).toContain('哈希链校验通过');
    // the count and the last entry's time, so a cut-off tail is visible to whoever compares
    expect(verify).toMatch(/共 \d+ 条记录，最后一条为第 \d+ 号，写于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）/);
    const json = JSON.parse(jx('audit', 'verify', '--json').out);
    expect(json).toMatchObject({ ok: true, entries: expect.any(Number), lastEntry: { id: expect.any(Number), at: expect.any(String) }, keyFingerprint: expect.stringMatching(/^sha256:/) });
    // the chain's key lives outside the database, in the data folder, readable by its owner only
    expect(statSync(path.join(dataDir, 'audit.key')).mode & 0o777).toBe(0o600);
  });
});
