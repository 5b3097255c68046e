import { auditActionLabel, auditChanges, AUDIT_ENTITIES } from '../../core/audit-labels.js';
import type { TAccessSubject } from '../../core/access/scope.js';
import type { LocalizedText } from '../../core/errors.js';
import type { TAuditEntry } from '../../contract/api/auth-api.js';
import type { Executor } from '../../db/client.js';
import { listUnits } from '../../repositories/goal-book.repository.js';
import { searchAudit, type AuditRow } from '../../repositories/audit.repository.js';
import { budgetRevisionSubjects, indicatorSubjects, indicatorValueSubjects, paymentSubjects, userSubjects } from '../../repositories/audit-subject.repository.js';
import { REGISTERS } from '../../registers/registry.js';
import { listReadableUnits } from '../units/resolve-scope.js';

export interface AuditQuery {
  action?: string | undefined;
  actor?: string | undefined;
  entity?: string | undefined;
  /** calendar dates in China */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The audit trail as a person reads it, newest first, limited to the units the subject's data scope
 * reaches (all: every entry): each entry with its action's name, the kind and the name
 * of the object it touched (resolved here, a page at a time) and its before/after as labelled fields
 * with what changed marked. The raw before/after stay in the answer for tools.
 */
export async function searchAuditLog(options: { db: Executor; subject: TAccessSubject; query: AuditQuery }): Promise<{ total: number; entries: TAuditEntry[] }> {
  const { db, subject, query: search } = options;
  const units = await listUnits(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const unitIds = subject.dataScope === 'all' ? undefined : (await listReadableUnits({ db, subject })).map((u) => u.id);
  const { total, rows } = await searchAudit(db, {
    unitIds,
    action: search.action,
    actorName: search.actor,
    entity: search.entity,
    from: search.from ? `${search.from}T00:00:00+08:00` : undefined,
    to: search.to ? `${search.to}T23:59:59.999+08:00` : undefined,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });

  const numericIds = (entity: string) => rows.filter((r) => r.entity === entity && r.entityId !== null && /^\d+$/.test(r.entityId)).map((r) => Number(r.entityId));
  const [paymentsById, revisionsById, valuesById, indicatorsById, usersById] = await Promise.all([
    paymentSubjects(db, numericIds('payment')),
    budgetRevisionSubjects(db, numericIds('budget_revision')),
    indicatorValueSubjects(db, numericIds('indicator_value')),
    indicatorSubjects(db, numericIds('indicator_binding')),
    userSubjects(db, numericIds('user')),
  ]);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const sheets = new Map<string, (typeof REGISTERS)[number]['sheets'][number]>(REGISTERS.flatMap((r) => r.sheets.map((s) => [`register:${r.kind}/${s.id}`, s] as const)));

  /** "乐亭县司法局 2022 年" for the `code/year` ids of whole-unit entries */
  const unitYear = (id: string | null): string | null => {
    const m = /^([^/]+)\/(\d{4})$/.exec(id ?? '');
    if (!m) return null;
    return `${unitByCode.get(m[1]!)?.name ?? m[1]} ${m[2]}`;
  };

  const subjectOf = (row: AuditRow): { kind: LocalizedText; name: string | null } => {
    const id = row.entityId;
    const n = id !== null && /^\d+$/.test(id) ? Number(id) : null;
    const after = (row.after ?? {}) as Record<string, unknown>;
    const sheet = sheets.get(row.entity);
    if (sheet) return { kind: { zh: sheet.name, en: sheet.nameEn }, name: id ? (/^\d+$/.test(id) ? `#${id}` : id) : null };
    const kind = AUDIT_ENTITIES[row.entity] ?? { zh: row.entity, en: row.entity };
    switch (row.entity) {
      case 'user': {
        const user = n !== null ? usersById.get(n) : undefined;
        return { kind, name: user ? `${user.displayName}（${user.username}）` : row.actorName };
      }
      case 'payment': {
        const payment = n !== null ? paymentsById.get(n) : undefined;
        return { kind, name: payment ? `${payment.projectName} · ${payment.voucherNo}` : unitYear(id) };
      }
      case 'budget_revision':
        return { kind, name: (n !== null ? revisionsById.get(n) : undefined) ?? null };
      case 'indicator_value':
        return { kind, name: (n !== null ? valuesById.get(n) : undefined) ?? null };
      case 'indicator_binding':
        return { kind, name: (n !== null ? indicatorsById.get(n) : undefined) ?? unitYear(id) };
      case 'review_comment':
        return { kind, name: typeof after.indicator === 'string' && after.indicator ? after.indicator : typeof after.projectCode === 'string' ? after.projectCode : null };
      case 'unit_setting':
        return { kind, name: id ? (unitByCode.get(id.split('/')[0]!)?.name ?? id) : null };
      default:
        return { kind, name: unitYear(id) ?? id };
    }
  };

  const entries = rows.map((row) => {
    const sheet = sheets.get(row.entity);
    const labelOf = (key: string) => {
      const field = sheet?.fields.find((f) => f.key === key);
      return field ? { zh: field.label, en: field.labelEn } : undefined;
    };
    return {
      id: row.id,
      at: new Date(row.at).toISOString(),
      actorName: row.actorName,
      ip: row.ip,
      unitId: row.unitId,
      unitName: row.unitId !== null ? (byId.get(row.unitId)?.name ?? null) : null,
      action: row.action,
      actionLabel: auditActionLabel(row.action),
      entity: row.entity,
      entityId: row.entityId,
      subject: subjectOf(row),
      changes: auditChanges(row.before, row.after, labelOf),
      before: row.before,
      after: row.after,
      hash: row.hash,
    };
  });
  return { total, entries };
}
