import type { TUnitScope } from '../../core/access/scope.js';
import type { TSpendingSettings } from '../../contract/api/spending-api.js';
import type { Db } from '../../db/client.js';
import { readSpendingSettings } from './spending-settings.js';

/** The unit's overspend mode and light thresholds (they hold for all its years). */
export async function getSpendingSettings(options: { db: Db; scope: TUnitScope }): Promise<TSpendingSettings> {
  const unit = options.scope.rootUnit;
  return readSpendingSettings(options.db, unit.id);
}
