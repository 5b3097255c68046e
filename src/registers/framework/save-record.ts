import { recordAudit } from '../../app/audit/record-audit.js';
import { DomainError, type LocalizedText } from '../../core/errors.js';
import { assertMayWrite, officeProblem, withOwnOffice } from './access.js';
import { loadMasterLists, masterDataProblems } from './master-data.js';
import type { RecordValues, SheetDef } from './define.js';
import { assertVisible } from './get-record.js';
import { findRecord, insertRecords, updateRecord, type StoredRow } from './record.repository.js';
import { maskedValues, plainValues, toColumns } from './records.js';
import { problemOf, problemsOfIssues, recordSchema, rulesOf, throwProblems, validateRecord } from './validate.js';
import type { Executor } from '../../db/client.js';
import type { RecordContext } from './context.js';

export type SaveRecordOptions = RecordContext;

export const entity = (sheet: SheetDef) => `register:${sheet.kind}/${sheet.id}`;

export const isSealed = (sheet: SheetDef, values: RecordValues) => sheet.sealedKey !== undefined && values[sheet.sealedKey] === true;

/**
 * What the audit entry of a change holds. A sealed record (社区矫正法 Art.54) is read only by the
 * correction section and its own 司法所, but the audit log is read by admins and leaders: its entry
 * names the changed fields, never their values — not even masked ones (a crime or a date identifies).
 */
function auditValues(sheet: SheetDef, changed: string[], before: RecordValues | null, after: RecordValues): { before: RecordValues | null; after: Record<string, unknown> } {
  if (isSealed(sheet, after) || (before !== null && isSealed(sheet, before))) return { before: null, after: { sealed: true, changed } };
  const pick = (v: RecordValues) => maskedValues(sheet, Object.fromEntries(changed.map((k) => [k, v[k] ?? null])));
  return { before: before === null ? null : pick(before), after: before === null ? maskedValues(sheet, after) : pick(after) };
}

/** Validate and store one new record, audited with personal fields masked (a sealed one: field names only). */
export async function createRegisterRecord(o: SaveRecordOptions & { input: unknown }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, o.sheet);
  const { values, problems } = validateRecord(o.sheet, withOwnOffice(o.viewer, o.input));
  const office = problems.length === 0 ? officeProblem(o.viewer, values) : null;
  if (office) problems.push(problemOf(office));
  if (problems.length > 0) throwProblems(o.sheet, problems);
  return o.db.transaction(async (tx) => {
    const unknown = masterDataProblems(o.sheet, values, await loadMasterLists(tx, o.scope.rootUnit.id));
    if (unknown.length > 0) throwProblems(o.sheet, unknown.map(problemOf));
    const [id] = await insertRecords(tx, o.sheet, [{ ...toColumns(o.sheet, values, o.cipher), unitId: o.scope.rootUnit.id, createdBy: o.actor.userId }]);
    const given = Object.keys(values).filter((k) => values[k] !== null);
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'register.create', entity: entity(o.sheet), entityId: String(id), ...auditValues(o.sheet, given, null, values) });
    return { id: id! };
  });
}

/** A voided record (作废) is final: it is neither changed nor voided again. */
export function assertNotVoided(sheet: SheetDef, row: StoredRow, verb: LocalizedText): void {
  if (row.voidedAt === null) return;
  throw new DomainError('INVALID_STATE', { zh: `${sheet.name}记录 ${row.id} 已作废（原因：${row.voidReason ?? ''}），不能${verb.zh}；如需重新登记，请新增一条记录`, en: `${sheet.nameEn} record ${row.id} is void (reason: ${row.voidReason ?? ''}) and cannot be ${verb.en}; to record it again, add a new record` });
}

/** A patch checked field by field (the whole record is checked once merged): the fields given, nothing else. */
function parsePatch(sheet: SheetDef, patch: unknown): RecordValues {
  const parsed = recordSchema(sheet, true).safeParse(patch);
  if (!parsed.success) throwProblems(sheet, problemsOfIssues(sheet, parsed.error.issues));
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as RecordValues;
}

/**
 * Apply a parsed patch to a record the caller has read for update in its transaction — the one path
 * every change of a stored record takes (the update use-case and writes other use-cases make to a
 * register, like an end step's 解除 date), so the merged record is validated whole, the metric
 * aggregates follow, personal fields stay encrypted and the audit entry is masked alike.
 */
export async function applyRecordPatch(tx: Executor, o: Omit<SaveRecordOptions, 'db'>, row: StoredRow, patch: RecordValues): Promise<void> {
  assertNotVoided(o.sheet, row, { zh: '修改', en: 'changed' });
  const before = plainValues(o.sheet, row, o.cipher);
  const values = { ...before, ...patch };
  const problems = rulesOf(o.sheet, values);
  const office = problems.length === 0 ? officeProblem(o.viewer, values) : null;
  if (office) problems.push(problemOf(office));
  if (problems.length > 0) throwProblems(o.sheet, problems);
  const changed = Object.keys(values).filter((k) => values[k] !== before[k]);
  if (changed.length === 0) return;
  const unknown = masterDataProblems(o.sheet, values, await loadMasterLists(tx, row.unitId), changed);
  if (unknown.length > 0) throwProblems(o.sheet, unknown.map(problemOf));
  await updateRecord(tx, o.sheet, o.scope.unitIds, row.id, toColumns(o.sheet, Object.fromEntries(changed.map((k) => [k, values[k]!])), o.cipher));
  await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'register.update', entity: entity(o.sheet), entityId: String(row.id), ...auditValues(o.sheet, changed, before, values) });
}

/** Change some fields of a record: the merged record is validated whole, so cross-field rules still hold. */
export async function updateRegisterRecord(o: SaveRecordOptions & { id: number; patch: unknown }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, o.sheet);
  const patch = parsePatch(o.sheet, o.patch);
  return o.db.transaction(async (tx) => {
    const row = assertVisible(o.sheet, await findRecord(tx, o.sheet, o.scope.unitIds, o.id, { forUpdate: true }), o.viewer, o.id);
    await applyRecordPatch(tx, o, row, patch);
    return { id: o.id };
  });
}
