import { can } from '../../core/access/permissions.js';
import { canWriteRegisterKind, officeFilter, type TAccessSubject } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import { REGISTER_KIND_LABEL } from '../../core/register-kinds.js';
import type { RecordValues, SheetDef } from './define.js';

/**
 * Who is reading or writing a register: a signed-in user (their role, sections and office), or the
 * CLI on the server itself (subject null: it may write any register, and reads masked like everyone
 * without personalData.unmask).
 */
export interface RegisterViewer {
  subject: TAccessSubject | null;
}

export const CLI_VIEWER: RegisterViewer = { subject: null };

export const mayUnmask = (viewer: RegisterViewer): boolean => viewer.subject !== null && can(viewer.subject.role, 'personalData.unmask');

/** The office a viewer is limited to (司法所 users), or null. */
export const officeOf = (viewer: RegisterViewer): string | null => (viewer.subject ? officeFilter(viewer.subject) : null);

export function assertMayUnmask(viewer: RegisterViewer): void {
  if (!mayUnmask(viewer)) throw new DomainError('FORBIDDEN', '您的角色无权查看完整个人信息（需要“查看完整个人信息”权限）');
}

export function assertMayWrite(viewer: RegisterViewer, sheet: SheetDef): void {
  const s = viewer.subject;
  if (s === null) return;
  if (!can(s.role, 'register.write')) throw new DomainError('FORBIDDEN', '您的角色无权录入业务台账');
  if (!canWriteRegisterKind(s, sheet.kind)) {
    throw new DomainError('FORBIDDEN', `您负责的台账不包括“${REGISTER_KIND_LABEL[sheet.kind]}”，不能录入或修改${sheet.name}`);
  }
}

/** A 司法所 user's input with an empty office filled in with theirs (before validation: some sheets require it). */
export function withOwnOffice(viewer: RegisterViewer, input: unknown): unknown {
  const office = officeOf(viewer);
  if (office === null || typeof input !== 'object' || input === null) return input;
  const given = (input as Record<string, unknown>).office;
  return given === undefined || given === null || given === '' ? { ...input, office } : input;
}

/** A 司法所 user writes only their own office's records: another office is refused. */
export function officeProblem(viewer: RegisterViewer, values: RecordValues): string | null {
  const office = officeOf(viewer);
  if (office === null || values.office === office) return null;
  return `司法所用户只能录入本所（${office}）的记录，这里填的是“${String(values.office ?? '')}”`;
}
