import type { TUnitScope } from '../../core/access/scope.js';
import { DEFAULT_MONITORING_SETTINGS, ZMonitoringSettings, type TMonitoringSettings } from '../../contract/api/monitoring-api.js';
import type { Db, Executor } from '../../db/client.js';
import { lockUnit, } from '../../repositories/goal-book.repository.js';
import { getUnitSetting, putUnitSetting } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

export const MONITORING_SETTINGS_KEY = 'monitoring';

/** The unit's monitoring settings (`unit_setting` key `monitoring`): the cut-off month, 7 until someone changes it. */
export async function readMonitoringSettings(exec: Executor, unitId: number): Promise<TMonitoringSettings> {
  const parsed = ZMonitoringSettings.safeParse(await getUnitSetting(exec, unitId, MONITORING_SETTINGS_KEY));
  return parsed.success ? parsed.data : { ...DEFAULT_MONITORING_SETTINGS };
}

export async function updateMonitoringSettings(o: { db: Db; scope: TUnitScope; actor: Actor; settings: TMonitoringSettings }): Promise<TMonitoringSettings> {
  return o.db.transaction(async (tx) => {
    await lockUnit(tx, o.scope.rootUnit.id);
    const before = await readMonitoringSettings(tx, o.scope.rootUnit.id);
    await putUnitSetting(tx, o.scope.rootUnit.id, MONITORING_SETTINGS_KEY, o.settings, o.actor.name);
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'settings.update', entity: 'unit_setting', entityId: `${o.scope.rootUnit.code}/${MONITORING_SETTINGS_KEY}`, before, after: o.settings });
    return o.settings;
  });
}

export async function readMonitoringSettingsOf(o: { db: Db; scope: TUnitScope }): Promise<TMonitoringSettings> {
  return readMonitoringSettings(o.db, o.scope.rootUnit.id);
}
