import { singleUnitScope } from '../../core/access/scope.js';
import type { TIndicatorProgress } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import type { TAssessment } from '../../core/indicator-progress.js';
import { COUNT_UNITS } from '../../core/manual-value.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode } from '../../repositories/goal-book.repository.js';
import { findUserByUsername } from '../../repositories/user.repository.js';
import type { Actor } from '../actor.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { decideIndicatorValue, enterIndicatorValue } from '../indicators/indicator-values.js';
import { DEMO_UNIT_CODE } from './load-register-demo.js';

/**
 * The demo's year-end judgements: every indicator no register or ledger answers gets, as of 12-31, an
 * assessment (qualitative targets, with a written reason) or a value (quantitative ones), entered and
 * submitted by the finance officer (caiwu) and approved by the bureau chief (lingdao) — through the
 * same use-cases and workflow as a person would use. Deterministic: the same band, reason and value
 * for the same indicator every time. Indicators that already have an actual are left alone, so a
 * second run enters nothing. Without the demo accounts (the CLI's `demo` on a database without
 * users) the two are named actors without an account.
 */

interface Judgement {
  pattern: RegExp;
  band: TAssessment;
  reason: string;
  evidence: string;
}

const JUDGEMENTS: Judgement[] = [
  { pattern: /社会稳定水平/, band: '部分达成', reason: '全年社区矫正对象无脱管漏管，但有 2 起违反监管规定被警告，稳定水平提升不如预期', evidence: '2022年社区矫正工作总结；警告决定书' },
  { pattern: /维护社会稳定/, band: '达成', reason: '全年未发生因矛盾纠纷激化引发的群体性事件和民转刑案件，重点人员全部在控', evidence: '2022年度平安建设考核通报' },
  { pattern: /和谐稳定/, band: '达成', reason: '矛盾纠纷排查调处及时，调解成功率保持在 95% 以上，群众安全感调查位列全市前列', evidence: '2022年度矛盾纠纷排查调处台账汇总表' },
  { pattern: /保障能力/, band: '部分达成', reason: '办公设备更新后基层所业务用机全部到位，但 3 个司法所网络仍未接入政务外网', evidence: '设备验收单；信息化建设情况说明' },
  { pattern: /项目完成时间/, band: '达成', reason: '项目于 2022 年 12 月 20 日前完成全部支出和验收', evidence: '项目验收报告（2022年12月）' },
  { pattern: /购置数量|满足/, band: '达成', reason: '购置的办公家具和设备已全部配发各司法所，满足基层日常办公和调解室使用需要', evidence: '资产配发登记表' },
  { pattern: /及时|按时|时效/, band: '达成', reason: '各项工作按年初计划时间节点完成，无逾期办理事项', evidence: '年度重点工作台账（完成时间栏）' },
];
const FALLBACK: Judgement = { pattern: /.*/, band: '达成', reason: '按年初工作安排完成，效果达到预期', evidence: '2022年度工作总结' };

export const DEMO_ENTERER = 'caiwu';
export const DEMO_APPROVER = 'lingdao';

async function actorFor(db: Db, username: string): Promise<Actor> {
  const user = await findUserByUsername(db, username);
  return { userId: user?.id ?? null, name: username, ip: 'local' };
}

/** A quantitative value that meets the target (a rate just above it, a count or duration at it). */
function demoValue(i: TIndicatorProgress): number {
  const target = i.targetValue ?? 0;
  if (i.targetUnit === '%') return Math.min(100, Math.round((target + 1.3) * 100) / 100);
  return i.targetUnit !== null && COUNT_UNITS.has(i.targetUnit) ? Math.ceil(target) : target;
}

/** Whether an indicator still needs a person's judgement at the year end. */
const needsJudgement = (i: TIndicatorProgress) => i.source === 'missing' || (i.direction === 'qualitative' && i.source !== 'assessment' && i.readAs === null);

export async function loadDemoValues(o: { db: Db; year: number; unitCode?: string }): Promise<{ entered: number }> {
  const unit = await findUnitByCode(o.db, o.unitCode ?? DEMO_UNIT_CODE);
  if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${o.unitCode ?? DEMO_UNIT_CODE} 的单位`, en: `No unit ${o.unitCode ?? DEMO_UNIT_CODE}` });
  const asOf = `${o.year}-12-31`;
  const scope = singleUnitScope(unit);
  const board = await getIndicatorProgress({ db: o.db, scope, year: o.year, asOf });
  const [enterer, approver] = await Promise.all([actorFor(o.db, DEMO_ENTERER), actorFor(o.db, DEMO_APPROVER)]);
  let entered = 0;
  for (const i of board.indicators.filter(needsJudgement)) {
    const qualitative = i.direction === 'qualitative';
    const j = JUDGEMENTS.find((x) => x.pattern.test(i.name)) ?? FALLBACK;
    const input = qualitative
      ? { asOf, assessment: j.band, reason: j.reason, evidence: j.evidence }
      : { asOf, value: demoValue(i), reason: '年度统计', evidence: `${o.year}年度${i.name}统计表` };
    const value = await enterIndicatorValue({ db: o.db, scope, year: o.year, actor: enterer, indicatorId: i.indicatorId, input, submit: true });
    await decideIndicatorValue({ db: o.db, scope, actor: approver, valueId: value.id, decision: 'approve' });
    entered++;
  }
  return { entered };
}
