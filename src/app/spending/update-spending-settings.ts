import type { TUnitScope } from '../../core/access/scope.js';
import type { TSpendingSettings } from '../../contract/api/spending-api.js';
import type { Db } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { putUnitSetting } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { readSpendingSettings, SPENDING_SETTINGS_KEY } from './spending-settings.js';

/** Change the unit's overspend mode and light thresholds; the old and new values go to the audit log. */
export async function updateSpendingSettings(options: { db: Db; scope: TUnitScope; actor: Actor; settings: TSpendingSettings }): Promise<TSpendingSettings> {
  return options.db.transaction(async (tx) => {
    const unit = options.scope.rootUnit;
    await lockUnit(tx, unit.id);
    const before = await readSpendingSettings(tx, unit.id);
    await putUnitSetting(tx, unit.id, SPENDING_SETTINGS_KEY, options.settings, options.actor.name);
    await recordAudit(tx, { actor: options.actor, unitId: unit.id, action: 'settings.update', entity: 'unit_setting', entityId: `${unit.code}/${SPENDING_SETTINGS_KEY}`, before, after: options.settings });
    return options.settings;
  });
}
