import { mergeCorrectionSettings, type TCorrectionSettings } from '../../../core/correction/settings.js';
import type { Executor } from '../../../db/client.js';
import { getUnitSetting } from '../../../repositories/spending.repository.js';

export const CORRECTION_SETTINGS_KEY = 'correction';

/** The unit's correction settings (`unit_setting` key `correction`) over the defaults of core/correction/settings.ts. */
export async function readCorrectionSettings(exec: Executor, unitId: number): Promise<TCorrectionSettings> {
  return mergeCorrectionSettings(await getUnitSetting(exec, unitId, CORRECTION_SETTINGS_KEY));
}
