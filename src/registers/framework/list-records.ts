import type { Actor } from '../../app/actor.js';
import { recordAudit } from '../../app/audit/record-audit.js';
import { DEADLINE_FILTER_LABEL, type TDeadlineFilter } from '../../core/deadlines.js';
import { DomainError } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import type { TUnitScope } from '../../core/access/scope.js';
import { assertMayRead, assertMayUnmask, maySeeSealed, officeOf, type RegisterViewer } from './access.js';
import type { SheetDef } from './define.js';
import { coerceField } from './fields.js';
import { userNames } from '../../repositories/user.repository.js';
import { countDeadlineStates, listRecords, type RecordQuery, type VoidedFilter } from './record.repository.js';
import { viewOf, type RecordView } from './records.js';
import type { RecordContext } from './context.js';

export interface ListQuery {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** free text over the sheet's searchable fields */
  q?: string | undefined;
  /** field key → value, for filterable fields */
  filters: Record<string, string>;
  page: number;
  pageSize: number;
  unmasked: boolean;
  /** voided records (作废) are left out unless asked for: `include` shows them too, `only` only them */
  voided: VoidedFilter;
  /** the date deadlines are judged on (the routes default it with core's `deadlineAsOf`: the end of the period shown, or today if earlier) */
  asOf: string;
  /** only records standing so on the sheet's legal deadlines as of `asOf` (sheets that declare deadlines) */
  deadline?: TDeadlineFilter | undefined;
}

export interface ListRecordsOptions extends RecordContext {
  query: ListQuery;
}

export interface RecordPage {
  total: number;
  page: number;
  pageSize: number;
  records: RecordView[];
  /** the date the deadlines were judged on */
  asOf: string;
  /** on sheets with legal deadlines: how many of the listed records (before the deadline filter) are due soon and overdue */
  deadlines: { dueSoon: number; overdue: number } | null;
}

/** The list's filters that every reader's query shares: the list and the export read the same records. */
export type RecordFilters = Pick<ListQuery, 'year' | 'from' | 'to' | 'q' | 'filters' | 'voided' | 'asOf' | 'deadline'>;

/**
 * The repository query of a list or export: the reader's scope (a 司法所's office; sealed records left
 * out for readers who may not see them), voided records (left out unless asked for), the date range,
 * field filters (checked and coerced like a form) and the free-text search.
 */
export function recordQueryOf(sheet: SheetDef, scope: TUnitScope, viewer: RegisterViewer, query: RecordFilters): Omit<RecordQuery, 'limit' | 'offset'> {
  const equals: Array<{ column: string; value: unknown }> = [];
  for (const [key, raw] of Object.entries(query.filters)) {
    const f = sheet.fields.find((x) => x.key === key);
    if (!f || !f.filter) {
      const allowed = sheet.fields.filter((x) => x.filter).map((x) => `${x.key}（${x.label}）`);
      throw new DomainError('VALIDATION_FAILED', { zh: `${sheet.name}不能按“${key}”筛选；可筛选的字段：${allowed.join('、')}`, en: `${sheet.nameEn} cannot be filtered by “${key}”; filterable fields: ${sheet.fields.filter((x) => x.filter).map((x) => `${x.key} (${x.labelEn})`).join(', ')}` });
    }
    const coerced = coerceField(f, raw);
    if ('error' in coerced) throw new DomainError('VALIDATION_FAILED', { zh: `筛选条件“${f.label}”${coerced.error.zh}`, en: `Filter “${f.labelEn}”: ${coerced.error.en}` });
    equals.push({ column: f.column, value: coerced.value });
  }
  const from = query.year !== undefined ? `${query.year}-01-01` : query.from;
  const to = query.year !== undefined ? `${query.year}-12-31` : query.to;
  const searchColumns = sheet.fields.filter((f) => f.search).map((f) => f.column);
  if (query.deadline !== undefined && !sheet.deadlines) {
    throw new DomainError('VALIDATION_FAILED', { zh: `${sheet.name}没有法定期限，不能按期限（${DEADLINE_FILTER_LABEL[query.deadline]}）筛选`, en: `${sheet.nameEn} has no legal deadlines to filter by` });
  }
  return {
    unitIds: scope.unitIds,
    office: officeOf(viewer),
    excludeSealed: !maySeeSealed(viewer, sheet.kind),
    voided: query.voided,
    from,
    to,
    equals,
    search: query.q ? { columns: searchColumns, text: query.q } : undefined,
    deadline: query.deadline !== undefined ? { asOf: query.asOf, filter: query.deadline } : undefined,
  };
}

interface PersonalDataRead {
  actor: Actor;
  scope: TUnitScope;
  sheet: SheetDef;
  /** where it was read: list, detail, drill, export */
  view: string;
  /** the records read (ids, or id ranges for large exports) */
  entityId: string;
  count: number;
  extra?: Record<string, unknown>;
}

/**
 * A read of personal data worth an audit entry — personal fields in full (`unmasked`), or sealed
 * records (社区矫正法 Art.54) even masked: one `personalData.read` entry naming the fields and the
 * records, never the values.
 */
async function auditPersonalDataRead(exec: Executor, o: PersonalDataRead, what: Record<string, unknown>): Promise<void> {
  await recordAudit(exec, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'personalData.read', entity: `register:${o.sheet.kind}/${o.sheet.id}`, entityId: o.entityId, after: { view: o.view, ...what, count: o.count, ...o.extra } });
}

export const auditUnmaskedRead = (exec: Executor, o: PersonalDataRead) => auditPersonalDataRead(exec, o, { fields: o.sheet.fields.filter((f) => f.personal).map((f) => f.key) });

export const auditSealedRead = (exec: Executor, o: PersonalDataRead) => auditPersonalDataRead(exec, o, { sealed: true, unmasked: false });

/**
 * A 司法所 user reads only their office's records; sealed records are left out for readers who may not
 * see them; voided records are left out unless the query asks for them.
 */
export async function listRegisterRecords(o: ListRecordsOptions): Promise<RecordPage> {
  const { sheet, query } = o;
  if (query.unmasked) assertMayUnmask(o.viewer, sheet);
  else assertMayRead(o.viewer, sheet);
  const recordQuery = recordQueryOf(sheet, o.scope, o.viewer, query);
  const { total, rows } = await listRecords(o.db, sheet, { ...recordQuery, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  const deadlines = sheet.deadlines ? await countDeadlineStates(o.db, sheet, recordQuery, query.asOf) : null;
  const names = await userNames(o.db, rows.flatMap((r) => (r.voidedBy === null ? [] : [r.voidedBy])));
  const records = rows.map((row) => viewOf(sheet, row, o.cipher, { unmask: query.unmasked, asOf: query.asOf, userNames: names }));
  if (query.unmasked && records.length > 0) {
    await o.db.transaction((tx) => auditUnmaskedRead(tx, { actor: o.actor, scope: o.scope, sheet, view: 'list', entityId: records.map((r) => r.id).join(','), count: records.length }));
  }
  return { total, page: query.page, pageSize: query.pageSize, records, asOf: query.asOf, deadlines };
}
