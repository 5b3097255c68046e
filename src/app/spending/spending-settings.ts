import { DEFAULT_SPENDING_SETTINGS, ZSpendingSettings, type TSpendingSettings } from '../../contract/api/spending-api.js';
import type { Executor } from '../../db/client.js';
import { getUnitSetting } from '../../repositories/spending.repository.js';

export const SPENDING_SETTINGS_KEY = 'spending';

/** The unit's spending settings; the defaults (stop; 60 / 80) until someone changes them. */
export async function readSpendingSettings(exec: Executor, unitId: number): Promise<TSpendingSettings> {
  return spendingSettingsOf(await getUnitSetting(exec, unitId, SPENDING_SETTINGS_KEY));
}

/** A stored setting value read as spending settings (the defaults when absent or malformed). */
export function spendingSettingsOf(stored: unknown): TSpendingSettings {
  const parsed = ZSpendingSettings.safeParse(stored);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SPENDING_SETTINGS);
}
