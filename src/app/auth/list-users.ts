import type { TUserView } from '../../contract/api/auth-api.js';
import type { Executor } from '../../db/client.js';
import { listUnits } from '../../repositories/goal-book.repository.js';
import { listGrants, listUsersWithUnits, lockedUsernames } from '../../repositories/user.repository.js';

/**
 * Every account as the users page shows it: unit, grants by unit code, data scope, and `locked` when its
 * name is locked out (login_throttle) from at least one address as of `now`.
 */
export async function listUserAccounts(o: { db: Executor; now: Date }): Promise<TUserView[]> {
  const [rows, grants, units, locked] = await Promise.all([listUsersWithUnits(o.db), listGrants(o.db), listUnits(o.db), lockedUsernames(o.db, o.now)]);
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
    dataScope: user.dataScope,
    disabled: user.disabled,
    locked: locked.has(user.username),
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  }));
}
