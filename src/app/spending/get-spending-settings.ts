import type { TSpendingSettings } from '../../contract/api/spending-api.js';
import type { Db } from '../../db/client.js';
import { requireUnit } from '../goal-book/get-goal-book.js';
import { readSpendingSettings } from './spending-settings.js';

/** The unit's overspend mode and light thresholds (they hold for all its years). */
export async function getSpendingSettings(options: { db: Db; unitCode: string }): Promise<TSpendingSettings> {
  const unit = await requireUnit(options.db, options.unitCode);
  return readSpendingSettings(options.db, unit.id);
}
