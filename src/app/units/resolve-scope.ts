import { readableUnitIds, resolveUnitScope, type TAccessSubject, type TUnitScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import { loadUnitTree, type UnitTreeRow } from '../../repositories/unit.repository.js';

export type { TUnitScope } from '../../core/access/scope.js';

/**
 * Resolves, once per request or CLI call, the scope a subject works in under the unit a path (or a
 * `--unit` option) names: `{ rootUnit, unitIds, offices }` from the subject's role, unit, grants and
 * data-scope rule (core/access/scope.ts decides). The tree is one recursive query. `subject` null is
 * the CLI on the server: every unit, every office.
 */
export async function resolveScope(o: { db: Executor; subject: TAccessSubject | null; unitCode: string; tree?: UnitTreeRow[] }): Promise<TUnitScope> {
  // a caller that read the tree already (the county rollup) passes it: one recursive query, not two
  const tree = o.tree ?? (await loadUnitTree(o.db));
  const unit = tree.find((u) => u.code === o.unitCode);
  if (!unit) {
    // unknown units look the same as forbidden ones to users who could not see them anyway
    if (o.subject === null || o.subject.dataScope === 'all') throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${o.unitCode} 的单位`, en: `There is no unit with code ${o.unitCode}` });
    throw new DomainError('FORBIDDEN', { zh: `您无权访问单位 ${o.unitCode} 的数据`, en: `You may not access the data of unit ${o.unitCode}` });
  }
  const scope = resolveUnitScope(o.subject, tree, unit.id);
  if (!scope) throw new DomainError('FORBIDDEN', { zh: `您无权访问单位 ${unit.name}（${unit.code}）的数据`, en: `You may not access the data of ${unit.name} (${unit.code})` });
  return { ...scope, rootUnit: { id: unit.id, code: unit.code, name: unit.name, parentId: unit.parentId } };
}

/** The units of the tree the subject reaches (parents before children), for unit pickers and the audit log. */
export async function listReadableUnits(o: { db: Executor; subject: TAccessSubject | null }): Promise<UnitTreeRow[]> {
  const tree = await loadUnitTree(o.db);
  const readable = readableUnitIds(o.subject, tree);
  return tree.filter((u) => readable.has(u.id));
}

/** The CLI on the server reads and writes every unit: its scope under the unit `--unit` names. */
export const cliScope = (db: Executor, unitCode: string): Promise<TUnitScope> => resolveScope({ db, subject: null, unitCode });

/**
 * Goal-book imports name their unit inside the document, so access is checked after reading it: an
 * existing unit needs the usual scope; a new unit may be created only by a subject whose data scope is
 * `all` (the installation's administrator).
 */
export async function assertMayImportUnit(o: { db: Executor; subject: TAccessSubject; unit: { code: string; name: string } }): Promise<void> {
  const tree = await loadUnitTree(o.db);
  const existing = tree.find((u) => u.code === o.unit.code);
  if (existing) {
    if (!resolveUnitScope(o.subject, tree, existing.id)) throw new DomainError('FORBIDDEN', { zh: `您无权访问单位 ${existing.name}（${existing.code}）的数据`, en: `You may not access the data of ${existing.name} (${existing.code})` });
    return;
  }
  if (o.subject.dataScope === 'all') return;
  throw new DomainError('FORBIDDEN', { zh: `单位 ${o.unit.code}${o.unit.name} 尚未建立，只有系统管理员可以导入新单位的绩效目标`, en: `Unit ${o.unit.code} ${o.unit.name} does not exist yet: only a system administrator may import a new unit's goals` });
}
