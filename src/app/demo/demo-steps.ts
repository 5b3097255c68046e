import type { Db } from '../../db/client.js';
import { singleUnitScope } from '../../core/access/scope.js';
import type { RawPaymentRow } from '../../core/spending/payment-rows.js';
import { formatFen, formatWanYuan, yuanToFen } from '../../core/money.js';
import type { Actor } from '../actor.js';
import { importPayments } from '../spending/import-payments.js';
import { loadSpendingYear } from '../spending/spending-year.js';
import { generateDemoPayments } from './demo-payments.js';
import { findUnitByCode, findUnitById, listGoalBookYears } from '../../repositories/goal-book.repository.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';
import type { DemoStep } from './load-demo.js';
import { loadDemoValues } from './load-demo-values.js';
import { DEMO_UNIT_CODE, loadRegisterDemo } from './load-register-demo.js';
import { loadSupervisionDemo } from '../../registers/correction/supervision/load-supervision-demo.js';

export interface DemoOptions {
  /** a year of payments for each goal book (default true; `serve --demo --no-demo-payments` skips it) */
  payments?: boolean;
}

/** Fixed, so every demo installation shows the same year of payments. */
export const DEMO_PAYMENT_SEED = 20220101;

/** The demo payments, imported through the same checks (and budget control) as a user's file. */
function demoPaymentsStep(db: Db, actor: Actor): DemoStep {
  return {
    name: 'payments',
    run: async () => {
      const lines: string[] = [];
      for (const { unitId, year } of await listGoalBookYears(db)) {
        const unit = (await findUnitById(db, unitId))!;
        const spendingYear = await loadSpendingYear(db, unit, year);
        const generated = generateDemoPayments({
          year,
          seed: DEMO_PAYMENT_SEED,
          projects: spendingYear.projects.map((p) => ({
            code: p.code,
            name: p.name,
            purpose: p.purpose,
            budgetFen: p.budgetTotalFen,
            budgetOtherFen: p.budgetOtherFen,
            spendingPlan: p.spendingPlan,
          })),
        });
        const rows: RawPaymentRow[] = generated.map((p, i) => ({
          row: i + 2,
          cells: {
            projectCode: { text: p.projectCode, column: 1 },
            paidOn: { text: p.paidOn, column: 2 },
            amount: { text: formatFen(p.amountFen, '元'), column: 3 },
            voucherNo: { text: p.voucherNo, column: 4 },
            payee: { text: p.payee, column: 5 },
            summary: { text: p.summary, column: 6 },
            fundSource: { text: p.fundSource, column: 7 },
          },
        }));
        const result = await importPayments({ db, scope: singleUnitScope(unit), year, actor, source: { fileName: '示例支付数据', parsed: { format: 'csv', rows } } });
        lines.push(`已载入示例支付：${unit.name}（${unit.code}）${year}年度 ${result.imported} 笔，合计 ${formatWanYuan(yuanToFen(result.total))}`);
      }
      return lines.join('\n') || '没有绩效目标，未载入示例支付';
    },
  };
}

/** The register records of a demo year for the sample unit, with the proposed bindings confirmed, then the year-end judgements. */
function demoRegistersStep(db: Db, context: { cipher: PersonalDataCipher; actor: Actor }): DemoStep {
  return {
    name: 'registers',
    run: async () => {
      const unit = await findUnitByCode(db, DEMO_UNIT_CODE);
      const year = unit ? (await listGoalBookYears(db)).find((y) => y.unitId === unit.id)?.year : undefined;
      if (year === undefined) return '未找到示例单位的绩效目标，跳过演示台账';
      const result = await loadRegisterDemo({ db, cipher: context.cipher, year, actor: context.actor });
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      const values = await loadDemoValues({ db, year });
      const supervision = await loadSupervisionDemo({ db, unitId: unit!.id, year, actor: context.actor });
      return `已载入 ${year} 年度演示台账 ${total} 条记录，确认 ${result.bindings} 个指标的取数口径，录入并审批 ${values.entered} 个年末评价和填报值${supervision ? `；社区矫正监管报警 ${supervision.alarms} 条、零报告 ${supervision.reports} 份、审批事项 ${supervision.approvals} 件、矫正环节 ${supervision.steps} 个、日常监管活动 ${supervision.activities} 条` : ''}`;
    },
  };
}

/** Demo data beyond the goal book, in order: a year of payments, then a year of register records. */
export function demoSteps(db: Db, context: { cipher: PersonalDataCipher; actor: Actor }, options: DemoOptions = {}): DemoStep[] {
  return [...((options.payments ?? true) ? [demoPaymentsStep(db, context.actor)] : []), demoRegistersStep(db, context)];
}
