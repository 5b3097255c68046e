import { and, eq, isNull, sql } from 'drizzle-orm';
import { opinionAnswerDue, DEFAULT_JOINT_WORK_SETTINGS } from '../../core/correction/joint-work.js';
import type { PersonalDataCipher } from '../../app/crypto/personal-data-cipher.js';
import type { Executor } from '../../db/client.js';
import { columnsOf } from '../framework/define.js';
import { selectRecords } from '../framework/record.repository.js';
import { peopleSheet } from './index.js';
import { insertInspection, insertOpinion } from './joint/joint.repository.js';
import { insertSanction } from './sanctions/sanction.repository.js';

/** The demo 司法所 whose account (hujiatuo) shows the ladder on its own people. */
const DEMO_OFFICE = '胡家坨司法所';

/**
 * A year of supervision work for the demo unit, at fixed dates (deterministic): a sanction ladder —
 * two 训诫 escalated to a decided 警告, another person with two 训诫 and the 警告 proposal waiting for the
 * section's decision, a corrected 训诫 and a 表扬 — two joint inspections with rectification items (done
 * on time, done late, still open past its date) and two 纠正意见 (answered on time, answered late).
 * Written by the demo loader inside its transaction; returns what it wrote.
 */
export async function insertCorrectionWorkDemo(
  tx: Executor,
  o: { cipher: PersonalDataCipher; unitId: number; year: number; actorName: string },
): Promise<{ sanctions: number; inspections: number; opinions: number }> {
  const y = o.year;
  const c = columnsOf(peopleSheet);
  // people of the office under correction all year (adults: minors' records are sealed)
  const people = await selectRecords(
    tx,
    peopleSheet,
    and(
      eq(c.unitId!, o.unitId),
      eq(c.office!, DEMO_OFFICE),
      isNull(c.voidedAt!),
      isNull(c.terminatedOn!),
      sql`${c.minor!} is not true`,
      sql`${c.startOn!} < ${`${y}-03-01`}`,
      sql`${c.endOn!} > ${`${y}-12-31`}`,
    )!,
    { limit: 4 },
  );
  const [a, b, d, e] = people.map((p) => p.id);
  let sanctions = 0;
  const add = async (
    personId: number,
    s: {
      kind: string;
      cause: string;
      causeDays?: number;
      occurredOn: string;
      grounds: string;
      documentNo?: string;
      decidedOn?: string;
      state?: string;
      basisIds?: number[];
      proposed?: string;
      correctedOn?: string;
    },
  ) => {
    sanctions++;
    const row = await insertSanction(tx, {
      unitId: o.unitId,
      personId,
      office: DEMO_OFFICE,
      kind: s.kind,
      cause: s.cause,
      causeDays: s.causeDays ?? null,
      occurredOn: s.occurredOn,
      grounds: o.cipher.encrypt(s.grounds),
      documentNo: s.documentNo ?? null,
      decidedOn: s.decidedOn ?? null,
      basisIds: s.basisIds ?? [],
      proposed: s.proposed ?? null,
      state: s.state ?? 'approved',
      correctedOn: s.correctedOn ?? null,
      createdBy: null,
      createdByName: o.actorName,
      decidedByName: s.state === 'submitted' ? null : o.actorName,
    });
    return row.id;
  };
  const ladder = '受到训诫 2 次仍未改正（满 2 次应给予警告）';
  if (a !== undefined && b !== undefined && d !== undefined && e !== undefined) {
    // person A: 脱管 3 days, then a missed report, then the 警告 the ladder proposed, decided by the section
    const a1 = await add(a, {
      kind: '训诫',
      cause: '脱管',
      causeDays: 3,
      occurredOn: `${y}-03-07`,
      grounds: '3月4日至6日手机关机、未按规定报告去向，经查在外地务工',
      documentNo: `乐司矫训〔${y}〕3号`,
      decidedOn: `${y}-03-10`,
    });
    const a2 = await add(a, { kind: '训诫', cause: '一般违规', occurredOn: `${y}-05-16`, grounds: '未按规定时间到司法所报告，事后补报', documentNo: `乐司矫训〔${y}〕9号`, decidedOn: `${y}-05-18` });
    await add(a, {
      kind: '警告',
      cause: '一般违规',
      occurredOn: `${y}-05-20`,
      grounds: '两次训诫后仍未改正，依本地奖惩阶梯提请警告',
      documentNo: `乐司矫警〔${y}〕2号`,
      decidedOn: `${y}-05-27`,
      basisIds: [a1, a2],
      proposed: ladder,
    });
    // person B: two 训诫; the 警告 is proposed and waits for the section's decision
    const b1 = await add(b, {
      kind: '训诫',
      cause: '报到迟延',
      causeDays: 4,
      occurredOn: `${y}-08-02`,
      grounds: '请假外出返回后迟延 4 日销假报到',
      documentNo: `乐司矫训〔${y}〕15号`,
      decidedOn: `${y}-08-05`,
    });
    const b2 = await add(b, {
      kind: '训诫',
      cause: '一般违规',
      occurredOn: `${y}-11-08`,
      grounds: '未经批准进入禁止令限定区域（娱乐场所）',
      documentNo: `乐司矫训〔${y}〕21号`,
      decidedOn: `${y}-11-10`,
    });
    await add(b, { kind: '警告', cause: '一般违规', occurredOn: `${y}-11-12`, grounds: '两次训诫后仍未改正，提请警告', state: 'submitted', basisIds: [b1, b2], proposed: ladder });
    // person C: a 训诫 corrected; person D: a 表扬
    await add(d, {
      kind: '训诫',
      cause: '一般违规',
      occurredOn: `${y}-04-11`,
      grounds: '未按时参加集中教育学习',
      documentNo: `乐司矫训〔${y}〕6号`,
      decidedOn: `${y}-04-13`,
      correctedOn: `${y}-05-15`,
    });
    await add(e, { kind: '表扬', cause: '表现良好', occurredOn: `${y}-09-30`, grounds: '积极参加公益活动，主动协助村委会防汛', documentNo: `乐司矫表〔${y}〕2号`, decidedOn: `${y}-10-08` });
  }

  await insertInspection(
    tx,
    {
      unitId: o.unitId,
      office: null,
      heldOn: `${y}-03-18`,
      kind: '联合检查',
      partners: ['公安', '法院', '检察院'],
      findings: '个别司法所矫正档案材料不全；请假审批登记不规范；电子定位设备关机未及时核查',
      createdByName: o.actorName,
    },
    [
      { item: '补齐矫正档案材料', owner: '胡家坨司法所 赵所长', dueOn: `${y}-04-18`, doneOn: `${y}-04-12`, doneNote: '已补齐 6 份', doneByName: o.actorName },
      { item: '统一请假审批登记表', owner: '社区矫正科 李科长', dueOn: `${y}-04-30`, doneOn: `${y}-05-09`, doneNote: '已印发新表', doneByName: o.actorName },
      { item: '建立关机核查台账', owner: '社区矫正科 王某', dueOn: `${y}-05-31`, doneOn: `${y}-05-28`, doneNote: null, doneByName: o.actorName },
    ],
  );
  await insertInspection(
    tx,
    {
      unitId: o.unitId,
      office: null,
      heldOn: `${y}-09-22`,
      kind: '联合检查',
      partners: ['公安', '检察院'],
      findings: '节假日期间外出审批把关不严；个别矫正小组走访记录缺失',
      createdByName: o.actorName,
    },
    [
      { item: '节假日外出一律报科室备案', owner: '社区矫正科 李科长', dueOn: `${y}-10-15`, doneOn: `${y}-10-10`, doneNote: null, doneByName: o.actorName },
      { item: '补齐矫正小组走访记录', owner: '汤家河司法所 孙某', dueOn: `${y}-11-30`, doneOn: null, doneNote: null, doneByName: null },
    ],
  );
  const opinions = [
    { receivedOn: `${y}-04-06`, documentNo: `乐检矫纠〔${y}〕1号`, content: '对 1 名社区矫正对象脱管未及时组织查找', answeredOn: `${y}-04-19`, answer: '已查找到位并给予训诫，完善失联查找流程' },
    { receivedOn: `${y}-10-09`, documentNo: `乐检矫纠〔${y}〕4号`, content: '暂予监外执行对象病情复查材料未按期收集', answeredOn: `${y}-10-28`, answer: '已补齐复查材料，建立到期提醒' },
  ];
  for (const p of opinions) {
    await insertOpinion(tx, {
      unitId: o.unitId,
      office: null,
      ...p,
      answerDueOn: opinionAnswerDue(p.receivedOn, DEFAULT_JOINT_WORK_SETTINGS),
      createdByName: o.actorName,
      answeredByName: o.actorName,
    });
  }
  return { sanctions, inspections: 2, opinions: opinions.length };
}
