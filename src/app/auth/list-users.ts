import type { Db } from '../../db/client.js';
import { listUnits } from '../../repositories/goal-book.repository.js';
import { listGrants, listUsersWithUnits, lockedUsernames } from '../../repositories/user.repository.js';
import type { TUserView } from '../../contract/api/auth-api.js';

/** Every account for the administrator; `locked` when its name is locked out from at least one address. */
export async function listUsers(options: { db: Db; now?: Date }): Promise<TUserView[]> {
  const now = options.now ?? new Date();
  const [rows, grants, units, locked] = await Promise.all([listUsersWithUnits(options.db), listGrants(options.db), listUnits(options.db), lockedUsernames(options.db, now)]);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  return rows.map(({ user, unitCode, unitName }) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode,
    unitName,
    grantedUnitCodes: grants.filter((g) => g.userId === user.id).map((g) => codeOf.get(g.unitId) ?? String(g.unitId)),
    sections: user.sections,
    office: user.office,
    disabled: user.disabled,
    locked: locked.has(user.username),
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  }));
}
