import { addDays } from '../deadlines.js';

/**
 * Joint work with police, court and procuratorate (correction.md §3): rectification items of a joint
 * inspection, each with an owner and a due date, and the procuratorate's 纠正意见, answered in writing
 * within a number of days (a unit setting; Law Art.8 and 62 give no figure). Pure clocks as of a date.
 */

export const JOINT_KINDS = ['联合检查', '联席会议', '联合评查'] as const;
export const JOINT_PARTNERS = ['公安', '法院', '检察院', '监狱', '其他'] as const;

/** open items are 即将到期 this many days before their due date (inclusive) */
export const JOINT_DUE_SOON_DAYS = 3;

export type TItemClock = 'open' | 'dueSoon' | 'overdue' | 'doneOnTime' | 'doneLate';

export const ITEM_CLOCK_LABEL: Record<TItemClock, { zh: string; en: string }> = {
  open: { zh: '未到期', en: 'open' },
  dueSoon: { zh: '即将到期', en: 'due soon' },
  overdue: { zh: '已超期', en: 'overdue' },
  doneOnTime: { zh: '按期完成', en: 'done on time' },
  doneLate: { zh: '超期完成', en: 'done late' },
};

/** Where an item with a due date stands on `asOf`: done (by then) on time or late, or open, due soon, overdue. */
export function itemClock(dueOn: string, doneOn: string | null, asOf: string): TItemClock {
  if (doneOn !== null && doneOn <= asOf) return doneOn <= dueOn ? 'doneOnTime' : 'doneLate';
  if (asOf > dueOn) return 'overdue';
  return asOf >= addDays(dueOn, -JOINT_DUE_SOON_DAYS) ? 'dueSoon' : 'open';
}

export interface TJointWorkSettings {
  /** days to answer a 纠正意见 in writing, counted from the day after it was received */
  opinionAnswerDays: number;
}

export const DEFAULT_JOINT_WORK_SETTINGS: TJointWorkSettings = { opinionAnswerDays: 15 };

/** The written answer to a 纠正意见 is due `opinionAnswerDays` after its receipt (the day of receipt not counted). */
export function opinionAnswerDue(receivedOn: string, settings: TJointWorkSettings): string {
  return addDays(receivedOn, settings.opinionAnswerDays);
}
