import { TEST_CIPHER } from '../../../test/helpers/app.js';
import { cliScope } from '../units/resolve-scope.js';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../core/dates.js';
import { plannedPercentAt } from '../../core/spending/plan.js';
import { sampleGoalBook } from '../../../test/helpers/fixtures.js';
import { createTestDatabase } from '../../../test/helpers/db.js';
import { getSpending } from '../spending/get-spending.js';
import { generateDemoPayments, type DemoProject } from './demo-payments.js';
import { demoSteps } from './demo-steps.js';
import { loadDemo } from './load-demo.js';

const PROJECTS: DemoProject[] = sampleGoalBook().projects.map((p) => ({
  code: p.code,
  name: p.name,
  purpose: p.purpose,
  budgetFen: Math.round(p.budget.total * 100),
  budgetOtherFen: Math.round(p.budget.other * 100),
  spendingPlan: p.spendingPlan,
}));
const generate = (seed = 20220101, projects = PROJECTS) => generateDemoPayments({ projects, year: 2022, seed });
const shareBy = (payments: ReturnType<typeof generate>, project: DemoProject, date: string) =>
  payments.filter((p) => p.projectCode === project.code && p.paidOn <= date).reduce((s, p) => s + p.amountFen, 0) / project.budgetFen;

describe('generateDemoPayments', () => {
  it('is deterministic: the same seed gives the same year, another seed another', () => {
    expect(generate()).toEqual(generate());
    expect(generate(7)).not.toEqual(generate());
  });

  it.each([1, 2, 3, 20220101, 99999])('never takes a project over its budget (seed %i), even a tiny one', (seed) => {
    const tiny = { ...PROJECTS[0]!, code: 'TINY', budgetFen: 1_234 };
    const payments = generate(seed, [...PROJECTS, tiny]);
    for (const project of [...PROJECTS, tiny]) {
      const spent = payments.filter((p) => p.projectCode === project.code).reduce((s, p) => s + p.amountFen, 0);
      expect(spent, project.name).toBeLessThanOrEqual(project.budgetFen);
    }
  });

  it('writes payments a ledger would accept: in the year, on working days, positive fen, unique vouchers', () => {
    const payments = generate();
    expect(payments.length).toBeGreaterThan(150);
    for (const p of payments) {
      expect(isIsoDate(p.paidOn) && p.paidOn.startsWith('2022-')).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${p.paidOn}T00:00:00Z`).getUTCDay());
      expect(Number.isInteger(p.amountFen) && p.amountFen > 0).toBe(true);
      expect(p.payee.length * p.summary.length).toBeGreaterThan(0);
    }
    expect(new Set(payments.map((p) => p.voucherNo)).size).toBe(payments.length);
    expect(payments.map((p) => p.paidOn)).toEqual(payments.map((p) => p.paidOn).sort());
  });

  it('roughly follows each plan, with the equipment projects late and 法制建设 behind', () => {
    const payments = generate();
    for (const project of PROJECTS) {
      const june = shareBy(payments, project, '2022-06-30') * 100;
      const year = shareBy(payments, project, '2022-12-31') * 100;
      const planned = plannedPercentAt(project.spendingPlan, '2022-06-30', 2022);
      if (/装备/.test(project.name)) expect(june, project.name).toBeLessThan(planned * 0.3);
      else if (project.name === '法制建设') expect(june / planned, project.name).toBeGreaterThanOrEqual(0.6);
      else expect(june / planned, project.name).toBeGreaterThanOrEqual(0.8);
      if (project.name === '法制建设') expect(june / planned).toBeLessThan(0.8);
      expect(year, project.name).toBeGreaterThan(85);
    }
  });

  it('pays for what the project is for, in season', () => {
    const payments = generate();
    const summaries = (code: string) => new Set(payments.filter((p) => p.projectCode === code).map((p) => p.summary));
    expect(summaries('13022522P000R24100085')).toContain('公共法律服务中心房租（季度）');
    expect([...summaries('13022522P008MD910015P')].every((s) => /购置/.test(s))).toBe(true);
    for (const p of payments.filter((x) => x.summary === '民法典宣传月活动')) expect(p.paidOn.slice(5, 7)).toBe('05');
  });
});

describe('the demo payments step', () => {
  it('loads a year of payments through the import checks, behind plan where it should be', async () => {
    const database = await createTestDatabase();
    try {
      const actor = { userId: null, name: 'demo' };
      const lines: string[] = [];
      expect(await loadDemo({ db: database.db, actor, steps: demoSteps(database.db, { cipher: TEST_CIPHER, actor }), log: (l) => lines.push(l) })).toBe(true);
      expect(lines.find((l) => l.startsWith('已载入示例支付'))).toMatch(/^已载入示例支付：乐亭县司法局（315002）2022年度 \d+ 笔，合计 \d+\.\d\d万元$/);
      const june = await getSpending({ db: database.db, scope: await cliScope(database.db, '315002'), year: 2022, asOf: '2022-06-30' });
      expect(june.projects.filter((p) => p.light === 'red').map((p) => p.name)).toEqual(['业务装备费基层公检法司转移支付省级配套资金[2021]63号', '业务装备费中央政法纪检监察转移支付资金[2021]62号']);
      expect(june.projects.find((p) => p.name === '法制建设')!.light).toBe('yellow');
      const december = await getSpending({ db: database.db, scope: await cliScope(database.db, '315002'), year: 2022, asOf: '2022-12-31' });
      expect(december.total.spent).toBeLessThanOrEqual(december.total.budget);
      expect(december.total.executionRate).toBeGreaterThan(0.9);
    } finally {
      await database.close();
    }
  });

  it('is skipped when asked', async () => {
    const database = await createTestDatabase();
    try {
      const lines: string[] = [];
      await loadDemo({ db: database.db, actor: { userId: null, name: 'demo' }, steps: demoSteps(database.db, { cipher: TEST_CIPHER, actor: { userId: null, name: 'demo' } }, { payments: false }), log: (l) => lines.push(l) });
      expect(lines.some((l) => l.startsWith('已载入示例支付'))).toBe(false);
      expect((await getSpending({ db: database.db, scope: await cliScope(database.db, '315002'), year: 2022, asOf: '2022-12-31' })).total.spent).toBe(0);
    } finally {
      await database.close();
    }
  });
});
