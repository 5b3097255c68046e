import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../helpers/fixtures.js';

/** `jixiao value set|approve`: the value workflow from the command line, as named accounts. */
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jixiao.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-value-'));
const jx = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const UNIT = ['--unit', '315002', '--year', '2022'];
const P1 = '13022522P000R24100085'; // 法律援助
const P2 = '13022522P000R24100104'; // 法制建设
const P4 = '13022522P000R2410006X'; // 普法宣传
const set = (...args: string[]) => jx('value', 'set', ...UNIT, '--as-of', '2022-12-31', '--json', ...args);
const board = () => JSON.parse(jx('indicators', ...UNIT, '--as-of', '2022-12-31', '--json').out) as { indicators: Array<{ projectCode: string; name: string; source: string; actual: number | null; assessment: string | null }> };
const find = (project: string, name: string) => board().indicators.find((i) => i.projectCode === project && i.name === name)!;

beforeAll(() => {
  expect(jx('import', SAMPLE_PATH).code).toBe(0);
  for (const [role, username, extra] of [
    ['finance', 'caiwu', []],
    ['leader', 'lingdao', []],
    ['section', 'fayuan', ['--sections', 'legal-aid,survey']],
  ] as const) {
    const r = jx('user', 'add', '--role', role, '--username', username, '--name', username, '--unit', '315002', '--password', 'Demo-Pass-2022!', ...extra);
    expect(r.code, r.err).toBe(0);
  }
}, 120_000);

describe('jixiao value', { timeout: 180_000 }, () => {
  it('enters and submits a value as one account; only another account with the right approves it', () => {
    const entered = set('--project', P4, '--indicator', '普法覆盖率', '--value', '96%', '--by', 'caiwu');
    expect(entered.code, entered.err).toBe(0);
    const value = JSON.parse(entered.out) as { id: number; status: string; value: number; enteredByName: string };
    expect(value).toMatchObject({ status: 'submitted', value: 96, enteredByName: 'caiwu' });
    expect(find(P4, '普法覆盖率').source).toBe('missing');

    const own = jx('value', 'approve', String(value.id), '--by', 'caiwu');
    expect(own.code).toBe(1);
    expect(own.err).toContain('不能审批通过自己填报的内容');
    const noRight = jx('value', 'approve', String(value.id), '--by', 'fayuan');
    expect(noRight.code).toBe(1);
    expect(noRight.err).toContain('您无权审批通过');

    const approved = jx('value', 'approve', String(value.id), '--by', 'lingdao');
    expect(approved.code, approved.err).toBe(0);
    expect(approved.out).toContain('已由 lingdao 审批通过');
    expect(find(P4, '普法覆盖率')).toMatchObject({ source: 'manual', actual: 96 });
    expect(jx('value', 'approve', String(value.id), '--by', 'lingdao').err).toContain('已审批');
  });

  it('enters an assessment with its reason, within the account’s own business lines', () => {
    const entered = set('--project', P1, '--indicator', '维护社会稳定', '--band', 'partial', '--reason', '矛盾纠纷化解率提高，但信访量未降', '--by', 'fayuan');
    expect(entered.code, entered.err).toBe(0);
    const value = JSON.parse(entered.out) as { id: number; assessment: string; reason: string };
    expect(value).toMatchObject({ assessment: '部分达成', reason: '矛盾纠纷化解率提高，但信访量未降' });
    expect(jx('value', 'approve', String(value.id), '--by', 'caiwu').code).toBe(0);
    expect(find(P1, '维护社会稳定')).toMatchObject({ source: 'assessment', assessment: '部分达成' });

    const otherLine = set('--project', P2, '--indicator', '项目持续发挥作用期限', '--value', '1', '--by', 'fayuan');
    expect(otherLine.code).toBe(1);
    expect(otherLine.err).toContain('不在您负责的业务范围');
  });

  it('refuses a value that does not fit its indicator, and usage mistakes', () => {
    const tooHigh = set('--project', P4, '--indicator', '普法覆盖率', '--value', '960', '--by', 'caiwu');
    expect(tooHigh.code).toBe(1);
    expect(tooHigh.err).toContain('超过了 100%');
    expect(set('--project', P2, '--indicator', '文件印刷数量', '--value', '372份', '--by', 'caiwu').code).toBe(0);
    expect(set('--project', P2, '--indicator', '文件印刷数量', '--value', '372件', '--by', 'caiwu').err).toContain('计量单位是“份”');
    expect(set('--project', P1, '--indicator', '维护社会稳定', '--band', 'achieved', '--value', '1', '--by', 'caiwu').code).toBe(2);
    expect(set('--project', P1, '--indicator', '维护社会稳定', '--band', 'great', '--reason', 'x', '--by', 'caiwu').code).toBe(2);
    expect(set('--project', P1, '--indicator', '维护社会稳定', '--band', 'achieved', '--by', 'caiwu').code).toBe(2);
    expect(set('--project', P1, '--indicator', '维护社会稳定', '--band', 'achieved', '--reason', '成效明显', '--by', 'nobody').err).toContain('没有名为 nobody 的可用账号');
    expect(set('--project', P1, '--indicator', '不存在的指标', '--band', 'achieved', '--reason', '成效明显', '--by', 'caiwu').err).toContain('没有名为“不存在的指标”的指标');
  });
});
