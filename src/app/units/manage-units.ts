import { DomainError } from '../../core/errors.js';
import type { TUnitScope } from '../../core/access/scope.js';
import type { Db, Executor } from '../../db/client.js';
import { findUnitByCode } from '../../repositories/goal-book.repository.js';
import { deleteUnitOffice, insertUnit, insertUnitOffice, listUnitOffices, loadUnitTree, type UnitTreeRow } from '../../repositories/unit.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

const CODE = /^[0-9A-Za-z_-]{1,40}$/;

/** Adds a unit to the tree, under `parentCode` when given (a county's departments, a department's 下属单位). */
export async function addUnit(o: { db: Db; actor: Actor; code: string; name: string; parentCode?: string | null | undefined }): Promise<UnitTreeRow> {
  const code = o.code.trim();
  const name = o.name.trim();
  if (!CODE.test(code)) throw new DomainError('VALIDATION_FAILED', { zh: `单位编码“${o.code}”无效：只能包含字母、数字、下划线和减号，长度 1–40`, en: `Unit code “${o.code}” is not valid: use 1–40 letters, digits, underscores or hyphens` });
  if (name === '') throw new DomainError('VALIDATION_FAILED', { zh: '单位名称不能为空', en: 'The unit name must not be empty' });
  const id = await o.db.transaction(async (tx) => {
    if (await findUnitByCode(tx, code)) throw new DomainError('CONFLICT', { zh: `单位编码 ${code} 已存在`, en: `Unit code ${code} already exists` });
    let parentId: number | null = null;
    if (o.parentCode) {
      const parent = await findUnitByCode(tx, o.parentCode);
      if (!parent) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${o.parentCode} 的上级单位`, en: `There is no parent unit with code ${o.parentCode}` });
      parentId = parent.id;
    }
    const row = await insertUnit(tx, { code, name, parentId });
    await recordAudit(tx, { actor: o.actor, unitId: row.id, action: 'unit.create', entity: 'unit', entityId: code, after: { code, name, parentCode: o.parentCode ?? null } });
    return row.id;
  });
  return (await loadUnitTree(o.db)).find((u) => u.id === id)!;
}

/** Adds a 司法所 (`office`) or 人民调解委员会 (`committee`) to a unit's master data; the same name twice is refused. */
export async function addUnitOffice(o: { db: Db; actor: Actor; scope: TUnitScope; name: string; kind?: 'office' | 'committee' }): Promise<void> {
  const kind = o.kind ?? 'office';
  const name = o.name.trim();
  const what = kind === 'office' ? '司法所' : '人民调解委员会';
  const whatEn = kind === 'office' ? 'justice office' : 'mediation committee';
  if (name === '') throw new DomainError('VALIDATION_FAILED', { zh: `${what}名称不能为空`, en: `The ${whatEn} name must not be empty` });
  await o.db.transaction(async (tx) => {
    const unit = o.scope.rootUnit;
    if (!(await insertUnitOffice(tx, { unitId: unit.id, kind, name }))) throw new DomainError('CONFLICT', { zh: `${unit.name}已有${what}“${name}”`, en: `${unit.name} already has the ${whatEn} “${name}”` });
    await recordAudit(tx, { actor: o.actor, unitId: unit.id, action: `unit.${kind}.add`, entity: 'unit_office', entityId: `${unit.code}/${name}`, after: { kind, name } });
  });
}

/** Removes an office or committee from a unit's list (records that name it keep their value). */
export async function removeUnitOffice(o: { db: Db; actor: Actor; scope: TUnitScope; name: string; kind?: 'office' | 'committee' }): Promise<void> {
  const kind = o.kind ?? 'office';
  await o.db.transaction(async (tx) => {
    const unit = o.scope.rootUnit;
    if (!(await deleteUnitOffice(tx, { unitId: unit.id, kind, name: o.name }))) throw new DomainError('NOT_FOUND', { zh: `${unit.name}没有“${o.name}”`, en: `${unit.name} has no “${o.name}”` });
    await recordAudit(tx, { actor: o.actor, unitId: unit.id, action: `unit.${kind}.remove`, entity: 'unit_office', entityId: `${unit.code}/${o.name}`, before: { kind, name: o.name }, after: null });
  });
}

/** A unit's master-data lists, for forms. */
export async function getUnitMasterData(o: { db: Executor; scope: TUnitScope }): Promise<{ offices: string[]; committees: string[] }> {
  const [offices, committees] = await Promise.all([listUnitOffices(o.db, o.scope.rootUnit.id, 'office'), listUnitOffices(o.db, o.scope.rootUnit.id, 'committee')]);
  return { offices, committees };
}
