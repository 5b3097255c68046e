import { permissionsOf, type TPermission, type TRole } from '../../core/access/permissions.js';
import type { TAccessSubject, TDataScope } from '../../core/access/scope.js';
import type { Executor } from '../../db/client.js';
import { findUnitById } from '../../repositories/goal-book.repository.js';
import { grantedUnitIds, type UserRow } from '../../repositories/user.repository.js';

/** The signed-in user as the API and the web see them. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: TRole;
  unit: { id: number; code: string; name: string } | null;
  grantedUnitIds: number[];
  sections: string[];
  office: string | null;
  dataScope: TDataScope;
  permissions: TPermission[];
  mustChangePassword: boolean;
}

export async function toAuthUser(exec: Executor, user: UserRow): Promise<AuthUser> {
  const unit = user.unitId !== null ? await findUnitById(exec, user.unitId) : undefined;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: unit ? { id: unit.id, code: unit.code, name: unit.name } : null,
    grantedUnitIds: await grantedUnitIds(exec, user.id),
    sections: user.sections,
    office: user.office,
    dataScope: user.dataScope,
    permissions: permissionsOf(user.role),
    mustChangePassword: user.mustChangePassword,
  };
}

export function subjectOf(user: AuthUser): TAccessSubject {
  return {
    userId: user.id,
    role: user.role,
    unitId: user.unit?.id ?? null,
    grantedUnitIds: user.grantedUnitIds,
    sections: user.sections,
    office: user.office,
    dataScope: user.dataScope,
  };
}
