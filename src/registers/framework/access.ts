import { can } from '../../core/access/permissions.js';
import { canReadRegisterKind, canSeeSealedRecords, canUnmaskRegisterKind, canWriteRegisterKind, officeFilter, type TAccessSubject } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import { REGISTER_KIND_LABEL, REGISTER_KIND_LABEL_EN } from '../../core/register-kinds.js';
import type { FieldProblem, RecordValues, SheetDef } from './define.js';

/**
 * Who is reading or writing a register: a signed-in user (their role, sections and office), or the
 * CLI on the server itself (subject null: it reads and writes any register, masked, and sealed
 * records do not exist for it).
 */
export interface RegisterViewer {
  subject: TAccessSubject | null;
}

export const CLI_VIEWER: RegisterViewer = { subject: null };

/** Whether the viewer may read records of a register kind (core/access/scope.ts decides). */
export const mayRead = (viewer: RegisterViewer, kind: string): boolean => viewer.subject === null || canReadRegisterKind(viewer.subject, kind);

export const mayUnmask = (viewer: RegisterViewer, kind: string): boolean => viewer.subject !== null && canUnmaskRegisterKind(viewer.subject, kind);

/** Whether sealed records (社区矫正法 Art.54) of the kind exist for the viewer. */
export const maySeeSealed = (viewer: RegisterViewer, kind: string): boolean => viewer.subject !== null && canSeeSealedRecords(viewer.subject, kind);

/** The office a viewer is limited to (司法所 users), or null. */
export const officeOf = (viewer: RegisterViewer): string | null => (viewer.subject ? officeFilter(viewer.subject) : null);

export function assertMayRead(viewer: RegisterViewer, sheet: SheetDef): void {
  const s = viewer.subject;
  if (s === null || canReadRegisterKind(s, sheet.kind)) return;
  if (!can(s.role, 'register.read')) throw new DomainError('FORBIDDEN', { zh: '您的角色无权查看业务台账记录', en: 'Your role may not read register records' });
  throw new DomainError('FORBIDDEN', { zh: `您负责的台账不包括“${REGISTER_KIND_LABEL[sheet.kind]}”，不能查看${sheet.name}`, en: `The registers you keep do not include “${REGISTER_KIND_LABEL_EN[sheet.kind]}”: you cannot read ${sheet.nameEn}` });
}

export function assertMayUnmask(viewer: RegisterViewer, sheet: SheetDef): void {
  assertMayRead(viewer, sheet);
  if (!mayUnmask(viewer, sheet.kind)) throw new DomainError('FORBIDDEN', { zh: '您的角色无权查看完整个人信息（需要“查看完整个人信息”权限）', en: 'Your role may not see full personal data (needs the “see full personal data” permission)' });
}

export function assertMayWrite(viewer: RegisterViewer, sheet: SheetDef): void {
  const s = viewer.subject;
  if (s === null) return;
  if (!can(s.role, 'register.write')) throw new DomainError('FORBIDDEN', { zh: '您的角色无权录入业务台账', en: 'Your role may not enter register records' });
  if (!canWriteRegisterKind(s, sheet.kind)) {
    throw new DomainError('FORBIDDEN', { zh: `您负责的台账不包括“${REGISTER_KIND_LABEL[sheet.kind]}”，不能录入或修改${sheet.name}`, en: `The registers you keep do not include “${REGISTER_KIND_LABEL_EN[sheet.kind]}”: you cannot enter or change ${sheet.nameEn}` });
  }
}

/** Importing reads the register's template and rows back as a preview: it needs reading and writing the kind. */
export function assertMayImport(viewer: RegisterViewer, sheet: SheetDef): void {
  assertMayRead(viewer, sheet);
  assertMayWrite(viewer, sheet);
}

/** A 司法所 user's input with an empty office filled in with theirs (before validation: some sheets require it). */
export function withOwnOffice(viewer: RegisterViewer, input: unknown): unknown {
  const office = officeOf(viewer);
  if (office === null || typeof input !== 'object' || input === null) return input;
  const given = (input as Record<string, unknown>).office;
  return given === undefined || given === null || given === '' ? { ...input, office } : input;
}

/** A 司法所 user writes only their own office's records: another office is refused. */
export function officeProblem(viewer: RegisterViewer, values: RecordValues): FieldProblem | null {
  const office = officeOf(viewer);
  if (office === null || values.office === office) return null;
  const given = String(values.office ?? '');
  return { key: 'office', message: { zh: `司法所用户只能录入本所（${office}）的记录，这里填的是“${given}”`, en: `A justice office user enters records of their own office “${office}” only; this one names “${given}”` } };
}
