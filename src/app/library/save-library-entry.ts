import type { TLibraryEntry, TLibraryInput } from '../../contract/api/library-api.js';
import { DomainError } from '../../core/errors.js';
import { nameKey } from '../../core/library/name-similarity.js';
import type { Db } from '../../db/client.js';
import { findLibraryEntry, findLibraryEntryByKey, insertLibraryEntry, updateLibraryEntry } from '../../repositories/indicator-library.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findCatalogMetric } from '../indicators/metric-catalog.js';
import { libraryEntryView } from './list-library.js';

function checked(input: TLibraryInput) {
  const name = input.name.trim();
  const key = nameKey(name);
  if (key === '') throw new DomainError('VALIDATION_FAILED', { zh: '指标库：三级指标名称不能为空', en: 'Indicator library: the name must not be empty' });
  if (input.metric && !findCatalogMetric(input.metric))
    throw new DomainError('VALIDATION_FAILED', { zh: `指标库“${name}”：取数口径“${input.metric}”不存在`, en: `Indicator library “${name}”: there is no metric “${input.metric}”` });
  return { ...input, name, nameKey: key, metric: input.metric || null };
}

/** Add an entry to the library (指标库); a name the library already has (units and spacing aside) is refused. Audited. */
export async function createLibraryEntry(o: { db: Db; actor: Actor; input: TLibraryInput }): Promise<TLibraryEntry> {
  const values = checked(o.input);
  return o.db.transaction(async (tx) => {
    const existing = await findLibraryEntryByKey(tx, values.nameKey);
    if (existing) throw new DomainError('CONFLICT', { zh: `指标库中已有“${existing.name}”（编号 ${existing.id}）`, en: `The library already has “${existing.name}” (entry ${existing.id})` });
    const row = await insertLibraryEntry(tx, { ...values, updatedBy: o.actor.userId, updatedByName: o.actor.name });
    await recordAudit(tx, { actor: o.actor, unitId: null, action: 'library.create', entity: 'indicator_library', entityId: String(row.id), after: values });
    return libraryEntryView(row, 0);
  });
}

/** Change an entry's definition, counting rule, unit, direction or metric (or its name, if no other entry has it). Audited. */
export async function updateLibraryEntryById(o: { db: Db; actor: Actor; id: number; input: TLibraryInput }): Promise<TLibraryEntry> {
  const values = checked(o.input);
  return o.db.transaction(async (tx) => {
    const before = await findLibraryEntry(tx, o.id, { forUpdate: true });
    if (!before) throw new DomainError('NOT_FOUND', { zh: `指标库中没有编号为 ${o.id} 的指标`, en: `The indicator library has no entry ${o.id}` });
    const other = await findLibraryEntryByKey(tx, values.nameKey);
    if (other && other.id !== o.id)
      throw new DomainError('CONFLICT', { zh: `指标库中已有“${other.name}”（编号 ${other.id}），不能把编号 ${o.id} 改成同名`, en: `The library already has “${other.name}” (entry ${other.id})` });
    const row = await updateLibraryEntry(tx, o.id, { ...values, updatedBy: o.actor.userId, updatedByName: o.actor.name });
    const { id: _id, updatedAt: _at, updatedBy: _by, updatedByName: _name, ...old } = before;
    await recordAudit(tx, { actor: o.actor, unitId: null, action: 'library.update', entity: 'indicator_library', entityId: String(o.id), before: old, after: values });
    return libraryEntryView(row, 0);
  });
}
