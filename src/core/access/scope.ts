import type { TRole } from './permissions.js';

/**
 * Data scopes on top of role permissions: units are isolated (a user reads their own unit, the units
 * below it and units granted to them); a 业务科室 writes only its registers; a 司法所 sees only its own
 * office's records. Pure functions of the subject and the data's keys.
 */

export interface TAccessSubject {
  userId: number;
  role: TRole;
  /** the user's own unit; null only for the installation's administrator */
  unitId: number | null;
  /** units granted in addition (财政审核 reviewers are granted the units they review) */
  grantedUnitIds: number[];
  /** register kinds a 业务科室 user keeps, e.g. ['legal-aid'] */
  sections: string[];
  /** the 司法所 a township user belongs to */
  office: string | null;
}

/**
 * `unitPath` is the unit and its ancestors (主管部门 first or last, order does not matter): a user of a
 * parent unit may read its subordinate units.
 */
export function canAccessUnit(subject: TAccessSubject, unitPath: number[]): boolean {
  if (subject.role === 'admin' && subject.unitId === null) return true;
  return unitPath.some((id) => id === subject.unitId || subject.grantedUnitIds.includes(id));
}

/** Whether the subject may create or change records of a register kind. */
export function canWriteRegisterKind(subject: TAccessSubject, kind: string): boolean {
  if (subject.role === 'section') return subject.sections.includes(kind);
  return subject.role === 'office';
}

/** A 司法所 user sees only records of their own office; everyone else sees the unit's records. */
export function officeFilter(subject: TAccessSubject): string | null {
  return subject.role === 'office' ? (subject.office ?? '\u0000none') : null;
}
