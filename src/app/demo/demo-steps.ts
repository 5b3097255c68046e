import type { Db } from '../../db/client.js';
import { findUnitByCode, listGoalBookYears } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';
import type { DemoStep } from './load-demo.js';
import { DEMO_UNIT_CODE, loadRegisterDemo } from './load-register-demo.js';

/** Demo data beyond the goal book; later areas add their steps here (payments, register records). */
export function demoSteps(db: Db, context: { cipher: PersonalDataCipher; actor: Actor }): DemoStep[] {
  return [
    {
      name: 'registers',
      run: async () => {
        const unit = await findUnitByCode(db, DEMO_UNIT_CODE);
        const year = unit ? (await listGoalBookYears(db)).find((y) => y.unitId === unit.id)?.year : undefined;
        if (year === undefined) return '未找到示例单位的绩效目标，跳过演示台账';
        const result = await loadRegisterDemo({ db, cipher: context.cipher, year, actor: context.actor });
        const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
        return `已载入 ${year} 年度演示台账 ${total} 条记录，确认 ${result.bindings} 个指标的取数口径`;
      },
    },
  ];
}
