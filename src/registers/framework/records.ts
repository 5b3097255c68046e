import { maskIdNumber, maskName, maskPhone } from '../../core/masking.js';
import type { PersonalDataCipher } from '../../app/crypto/personal-data-cipher.js';
import type { RecordValues, SheetDef } from './define.js';
import { outputField, type FieldDef, type FieldValue, type PersonalKind } from './fields.js';
import type { StoredRow } from './record.repository.js';

/**
 * Converting between field values (what people type and read) and stored rows (columns, with
 * personal fields encrypted), and the record as a reader sees it: masked unless unmasked.
 */

const MASK: Record<PersonalKind, (value: string) => string> = {
  name: maskName,
  idNumber: maskIdNumber,
  phone: maskPhone,
  text: (v) => (v === '' ? '' : '***'),
};

export const maskValue = (f: FieldDef, plain: string): string => MASK[f.personal!](plain);

/** Field values → column values, personal fields encrypted. */
export function toColumns(sheet: SheetDef, values: RecordValues, cipher: PersonalDataCipher): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of sheet.fields) {
    if (!(f.key in values)) continue;
    const v = values[f.key] ?? null;
    out[f.column] = f.personal && v !== null ? cipher.encrypt(String(v)) : v;
  }
  return out;
}

/** A stored row → field values in stored form (decrypted; money in fen): for checking an update, never for output. */
export function plainValues(sheet: SheetDef, row: StoredRow, cipher: PersonalDataCipher): RecordValues {
  const out: RecordValues = {};
  for (const f of sheet.fields) {
    const stored = row[f.column];
    if (f.personal) out[f.key] = typeof stored === 'string' ? cipher.decrypt(stored) : null;
    else out[f.key] = stored === null || stored === undefined ? null : f.type === 'int' || f.type === 'money' ? Number(stored) : (stored as FieldValue);
  }
  return out;
}

export interface VoidedView {
  at: string;
  /** who voided it (display name; null for the CLI or a deleted account) */
  by: string | null;
  reason: string;
}

export interface RecordView {
  id: number;
  /** a sealed record (社区矫正法 Art.54) */
  sealed: boolean;
  /** 作废: when, by whom and why; null for an active record */
  voided: VoidedView | null;
  values: RecordValues;
  /** computed as of a date: legal deadlines and their status */
  derived: RecordValues;
  createdAt: string;
  updatedAt: string;
}

/** What a reader sees: personal fields masked unless `unmask`; sealed placeholders carry no values at all. */
export function viewOf(sheet: SheetDef, row: StoredRow, cipher: PersonalDataCipher, options: { unmask: boolean; asOf: string; userNames?: Map<number, string> }): RecordView {
  const values: RecordValues = {};
  for (const f of sheet.fields) {
    const stored = row[f.column];
    if (f.personal) values[f.key] = typeof stored === 'string' ? (options.unmask ? cipher.decrypt(stored) : maskValue(f, cipher.decrypt(stored))) : null;
    else values[f.key] = outputField(f, stored);
  }
  const derived = sheet.derive ? sheet.derive(values, options.asOf) : {};
  return {
    id: row.id,
    sealed: sheet.sealedKey ? row[sheet.sealedKey] === true : false,
    voided: row.voidedAt ? { at: new Date(row.voidedAt).toISOString(), by: row.voidedBy === null ? null : (options.userNames?.get(row.voidedBy) ?? null), reason: row.voidReason ?? '' } : null,
    values,
    derived,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Stored-form values as shown, personal ones masked: what audit entries and logs may hold. */
export function maskedValues(sheet: SheetDef, values: RecordValues): RecordValues {
  const out: RecordValues = {};
  for (const f of sheet.fields) {
    const v = values[f.key];
    if (v === undefined) continue;
    out[f.key] = f.personal && typeof v === 'string' ? maskValue(f, v) : outputField(f, v);
  }
  return out;
}
