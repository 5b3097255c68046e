import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode } from '../../repositories/goal-book.repository.js';
import { deleteSessionsOfUser, findUserById, grantedUnitIds, replaceGrants, updateUser } from '../../repositories/user.repository.js';
import type { TRole } from '../../core/access/permissions.js';
import { DATA_SCOPES, defaultDataScope, type TDataScope } from '../../core/access/scope.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

export interface UserPatch {
  displayName?: string | undefined;
  role?: TRole | undefined;
  disabled?: boolean | undefined;
  grantedUnitCodes?: string[] | undefined;
  sections?: string[] | undefined;
  office?: string | null | undefined;
  /** data-scope rule; when the role changes without one, the new role's default */
  dataScope?: TDataScope | undefined;
}

/** An administrator changes an account: role, grants, scope, or disables it (its sessions end). */
export async function updateUserAccount(options: { db: Db; actor: Actor; userId: number; patch: UserPatch }): Promise<void> {
  await options.db.transaction(async (tx) => {
    const before = await findUserById(tx, options.userId);
    if (!before) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'No such user' });
    if (options.actor.userId === before.id && (options.patch.disabled || (options.patch.role && options.patch.role !== before.role))) {
      throw new DomainError('VALIDATION_FAILED', { zh: '不能停用自己的账号或修改自己的角色', en: 'You cannot disable your own account or change your own role' });
    }
    const { grantedUnitCodes, ...fields } = options.patch;
    if (fields.dataScope !== undefined && !DATA_SCOPES.includes(fields.dataScope)) throw new DomainError('VALIDATION_FAILED', { zh: `未知数据权限“${fields.dataScope}”，应为 ${DATA_SCOPES.join(' / ')}`, en: `Unknown data scope “${fields.dataScope}”: expected ${DATA_SCOPES.join(' / ')}` });
    if (fields.dataScope === undefined && fields.role !== undefined && fields.role !== before.role) fields.dataScope = defaultDataScope(fields.role, before.unitId);
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const after = Object.keys(set).length > 0 ? await updateUser(tx, before.id, set) : before;
    const grantsBefore = await grantedUnitIds(tx, before.id);
    let grantsAfter = grantsBefore;
    if (grantedUnitCodes) {
      grantsAfter = [];
      for (const code of grantedUnitCodes) {
        const unit = await findUnitByCode(tx, code);
        if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${code} 的单位`, en: `There is no unit with code ${code}` });
        grantsAfter.push(unit.id);
      }
      await replaceGrants(tx, before.id, grantsAfter);
    }
    if (options.patch.disabled) await deleteSessionsOfUser(tx, before.id);
    const view = (u: typeof before, grants: number[]) => ({ displayName: u.displayName, role: u.role, disabled: u.disabled, sections: u.sections, office: u.office, dataScope: u.dataScope, grants });
    await recordAudit(tx, { actor: options.actor, unitId: before.unitId, action: 'user.update', entity: 'user', entityId: String(before.id), before: view(before, grantsBefore), after: view(after!, grantsAfter) });
  });
}
