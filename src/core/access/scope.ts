import { can, type TRole } from './permissions.js';

/**
 * Data scopes on top of role permissions: units are isolated (a user reads their own unit, the units
 * below it and units granted to them); a 业务科室 reads and writes only its registers; a 司法所 sees only
 * its own office's records; sealed records are seen only by those whose duty they are. Pure functions
 * of the subject and the data's keys (个人信息保护法 Art.51: least privilege).
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

/**
 * Whether the subject may read records of a register kind: a 业务科室 only the kinds in its sections, a
 * 司法所 any kind (its own office's records, see officeFilter), leader, finance and admin every kind;
 * a role without register.read (the outside 财政审核 reviewer) none — it sees figures, not records.
 */
export function canReadRegisterKind(subject: TAccessSubject, kind: string): boolean {
  if (!can(subject.role, 'register.read')) return false;
  if (subject.role === 'section') return subject.sections.includes(kind);
  return true;
}

/** Whether the subject may see personal data of a register kind in full (it must read the kind, and its role unmask). */
export function canUnmaskRegisterKind(subject: TAccessSubject, kind: string): boolean {
  return can(subject.role, 'personalData.unmask') && canReadRegisterKind(subject, kind);
}

/**
 * Whether sealed records of a kind (社区矫正法 Art.54: minors under correction) exist for the subject:
 * only for the section keeping that register and the 司法所 (its own office's records). To everyone
 * else — leaders included — they are absent from lists and refused on detail.
 */
export function canSeeSealedRecords(subject: TAccessSubject, kind: string): boolean {
  if (!canReadRegisterKind(subject, kind)) return false;
  return subject.role === 'office' || (subject.role === 'section' && subject.sections.includes(kind));
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

/**
 * Whether the subject may enter (and change) values of an indicator whose work belongs to `kinds`
 * (`indicatorRegisterKinds`): a 业务科室 only for indicators of its own business lines; the other
 * roles that enter values (finance, 司法所) for any.
 */
export function canEnterIndicatorValue(subject: TAccessSubject, kinds: readonly string[]): boolean {
  if (!can(subject.role, 'indicatorValue.enter')) return false;
  if (subject.role === 'section') return kinds.some((k) => subject.sections.includes(k));
  return true;
}
