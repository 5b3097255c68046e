import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao correction daily / alarms / flag-missing / vendor` on a data folder of its own. */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-correction-'));
const jx = (args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('jixiao correction', { timeout: 300_000 }, () => {
  it('reports each office’s daily report filed or missing, flags the missing, and lists alarms', () => {
    expect(jx(['import', SAMPLE_PATH]).code).toBe(0);
    // no office list kept: the offices the correction records name are the ones that report
    const csv = path.join(dataDir, 'people.csv');
    writeFileSync(csv, '司法所,姓名,矫正类别,矫正开始日期,矫正期满日期\n胡家坨司法所,王五,缓刑,2022-01-10,2023-01-09\n');
    expect(jx(['register', 'import', 'correction/people', csv, '--unit', '315002']).code).toBe(0);

    expect(jx(['correction', 'sensitive', '--unit', '315002', '--name', '端午', '--from', '2022-06-01', '--to', '2022-06-05']).code).toBe(0);
    expect(jx(['correction', 'sensitive', '--unit', '315002', '--name', '倒置', '--from', '2022-06-05', '--to', '2022-06-01']).code).toBe(1);
    const daily = jx(['correction', 'daily', '--unit', '315002', '--date', '2022-06-01', '--json']);
    expect(daily.code, daily.err).toBe(0);
    const status = JSON.parse(daily.out);
    expect(status.offices).toMatchObject([{ office: '胡家坨司法所', status: '缺报', flagged: false, prefill: { roster: 1 } }]);
    expect(status.totals.missing).toBe(1);
    expect(status.sensitivePeriods.map((p: { name: string }) => p.name)).toEqual(['端午']);
    expect(jx(['correction', 'flag-missing', '--unit', '315002', '--date', '2022-06-01']).out).toContain('2022-06-01 缺报：胡家坨司法所');
    const text = jx(['correction', 'daily', '--unit', '315002', '--date', '2022-06-01']).out;
    expect(text).toContain('胡家坨司法所：缺报（已标记）');

    const vendor = jx(['correction', 'vendor', '--unit', '315002', '--name', '定位平台']);
    expect(vendor.out).toMatch(/jxv_[\w-]+/);
    const alarms = jx(['correction', 'alarms', '--unit', '315002', '--open', '--json']);
    expect(alarms.code, alarms.err).toBe(0);
    expect(JSON.parse(alarms.out)).toMatchObject({ open: 0, escalated: 0, items: [] });
    expect(jx(['correction', 'daily', '--unit', '315002', '--date', '2022-02-30']).code).toBe(2);

    // the month's duties as of a day: 王五 is in his sixth month (普管), nothing recorded yet, the month still running
    const duties = jx(['correction', 'duties', '--unit', '315002', '--date', '2022-06-15', '--json']);
    expect(duties.code, duties.err).toBe(0);
    const d = JSON.parse(duties.out);
    expect(d.duties).toMatchObject({ month: '2022-06', open: 1, people: [{ personName: '王*', duties: { dutyClass: '普管', met: null } }] });
    expect(d.clocks).toEqual([]);
    expect(jx(['correction', 'duties', '--unit', '315002', '--date', '2022-06-15']).out).toContain('王*（普管）：当面报告 0/2 进行中');
  });
});
