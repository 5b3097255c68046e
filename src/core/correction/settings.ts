import { DEFAULT_CALENDAR, type TWorkCalendar } from './calendar.js';

/**
 * The numbers of community correction that differ by province or city (../shared/docs/correction.md:
 * every number marked local), with their usual defaults. Stored per unit (`unit_setting` key
 * `correction`); a missing key takes its default.
 */

export const SUPERVISION_CLASSES = ['严管', '普管', '宽管'] as const;
export type TSupervisionClass = (typeof SUPERVISION_CLASSES)[number];

/** What a class requires each month. */
export interface TClassDuties {
  /** reports in person (with a written report) */
  reports: number;
  /** individual education talks / home visits by staff */
  visits: number;
  /** study hours (学习教育) */
  studyHours: number;
  /** public-service hours (公益活动), for those able to work */
  serviceHours: number;
}

export interface TCorrectionSettings {
  calendar: TWorkCalendar;
  /** 调查评估: working days from the entrustment letter (速裁: fastTrack) */
  assessmentWorkingDays: number;
  assessmentFastTrackWorkingDays: number;
  /** 报到: days after the judgment takes effect */
  reportInDays: number;
  /** a clock is "due soon" this many days before its date */
  dueSoonDays: number;
  leave: {
    /** up to this many days the 司法所 approves (filed with the county); more: the county */
    officeMaxDays: number;
    /** at most this many days each time */
    maxDaysEach: number;
    /** within any window of `windowMonths` months, more than `windowMaxDays` in total goes higher */
    windowMonths: number;
    windowMaxDays: number;
    /** apply about this many days ahead */
    applyDaysAhead: number;
  };
  relocation: { stepDays: number; reportDays: number; applyMonthsAhead: number };
  location: { maxMonths: number; renewalReminderDays: number };
  /** an alarm must be handled within this many minutes */
  alarmResponseMinutes: number;
  /** the first months after entry are 严管 by default */
  strictFirstMonths: number;
  /** each class's monthly duties; 初期 (the term's first month) has its own */
  duties: Record<TSupervisionClass | '初期', TClassDuties>;
}

export const DEFAULT_CORRECTION_SETTINGS: TCorrectionSettings = {
  calendar: DEFAULT_CALENDAR,
  assessmentWorkingDays: 10,
  assessmentFastTrackWorkingDays: 5,
  reportInDays: 10,
  dueSoonDays: 2,
  leave: { officeMaxDays: 7, maxDaysEach: 30, windowMonths: 2, windowMaxDays: 30, applyDaysAhead: 3 },
  relocation: { stepDays: 5, reportDays: 7, applyMonthsAhead: 1 },
  location: { maxMonths: 3, renewalReminderDays: 10 },
  alarmResponseMinutes: 60,
  strictFirstMonths: 2,
  duties: {
    初期: { reports: 4, visits: 4, studyHours: 12, serviceHours: 12 },
    严管: { reports: 4, visits: 4, studyHours: 12, serviceHours: 12 },
    普管: { reports: 2, visits: 1, studyHours: 8, serviceHours: 8 },
    宽管: { reports: 1, visits: 1, studyHours: 4, serviceHours: 4 },
  },
};

/** Stored settings over the defaults, key by key (a partial or older stored value still reads whole). */
export function mergeCorrectionSettings(stored: unknown): TCorrectionSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<TCorrectionSettings>;
  const d = DEFAULT_CORRECTION_SETTINGS;
  return {
    ...d,
    ...s,
    leave: { ...d.leave, ...(s.leave ?? {}) },
    relocation: { ...d.relocation, ...(s.relocation ?? {}) },
    location: { ...d.location, ...(s.location ?? {}) },
    duties: { ...d.duties, ...(s.duties ?? {}) },
    calendar: s.calendar ?? d.calendar,
  };
}
