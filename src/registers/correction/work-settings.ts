import { z } from 'zod';
import { DEFAULT_AFTERCARE_SETTINGS, type TAftercareSettings } from '../../core/correction/aftercare.js';
import { DEFAULT_JOINT_WORK_SETTINGS, type TJointWorkSettings } from '../../core/correction/joint-work.js';
import { DEFAULT_SANCTION_LADDER, type TSanctionLadder } from '../../core/correction/sanctions.js';
import type { TUnitScope } from '../../core/access/scope.js';
import { ZAftercareSettings, ZSanctionLadder, type TSupervisionSettings, type TWorkSettings, type TWorkSettingsInput } from '../../contract/api/correction-work-api.js';
import type { TCorrectionSettings } from '../../core/correction/settings.js';
import { CORRECTION_SETTINGS_KEY, readCorrectionSettings } from './supervision/correction-settings.js';
import type { Db, Executor } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { getUnitSetting, putUnitSetting } from '../../repositories/spending.repository.js';
import type { Actor } from '../../app/actor.js';
import { recordAudit } from '../../app/audit/record-audit.js';
import { AFTERCARE_SETTINGS_KEY } from '../resettlement/aftercare/settings-key.js';

/**
 * The local numbers of correction supervision (correction.md: every number marked *local*), kept per unit
 * in `unit_setting`: the sanction ladder (`sanctionLadder`), the days to answer a 纠正意见 (`jointWork`)
 * and the aftercare clocks and 帮教期 (`aftercare`). Unset or unreadable → the defaults.
 */
export const LADDER_KEY = 'sanctionLadder';
export const JOINT_WORK_KEY = 'jointWork';
const ZJoint = z.object({ opinionAnswerDays: z.number().int().min(1).max(90) });

async function read<T>(exec: Executor, unitId: number, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const parsed = schema.safeParse(await getUnitSetting(exec, unitId, key));
  return parsed.success ? parsed.data : { ...fallback };
}

export const readSanctionLadder = (exec: Executor, unitId: number): Promise<TSanctionLadder> => read(exec, unitId, LADDER_KEY, ZSanctionLadder, DEFAULT_SANCTION_LADDER);
export const readJointWorkSettings = (exec: Executor, unitId: number): Promise<TJointWorkSettings> => read(exec, unitId, JOINT_WORK_KEY, ZJoint, DEFAULT_JOINT_WORK_SETTINGS);
export const readAftercareSettings = (exec: Executor, unitId: number): Promise<TAftercareSettings> => read(exec, unitId, AFTERCARE_SETTINGS_KEY, ZAftercareSettings, DEFAULT_AFTERCARE_SETTINGS);

/** The numbers a unit may change (everything but the working-day calendar). */
function supervisionOf(s: TCorrectionSettings): TSupervisionSettings {
  const { calendar: _calendar, ...numbers } = s;
  return numbers;
}

export async function getWorkSettings(o: { db: Db; scope: TUnitScope }): Promise<TWorkSettings> {
  const id = o.scope.rootUnit.id;
  const [ladder, joint, aftercare, correction] = await Promise.all([readSanctionLadder(o.db, id), readJointWorkSettings(o.db, id), readAftercareSettings(o.db, id), readCorrectionSettings(o.db, id)]);
  return { ladder, opinionAnswerDays: joint.opinionAnswerDays, aftercare, supervision: supervisionOf(correction) };
}

/** Change the local numbers (one audit entry per key changed), in one transaction. */
export async function updateWorkSettings(o: { db: Db; scope: TUnitScope; actor: Actor; settings: TWorkSettingsInput }): Promise<TWorkSettings> {
  return o.db.transaction(async (tx) => {
    await lockUnit(tx, o.scope.rootUnit.id);
    const correction = await readCorrectionSettings(tx, o.scope.rootUnit.id);
    const supervision = o.settings.supervision ?? supervisionOf(correction);
    const entries: Array<[string, unknown, unknown]> = [
      [LADDER_KEY, await readSanctionLadder(tx, o.scope.rootUnit.id), o.settings.ladder],
      [JOINT_WORK_KEY, await readJointWorkSettings(tx, o.scope.rootUnit.id), { opinionAnswerDays: o.settings.opinionAnswerDays }],
      [AFTERCARE_SETTINGS_KEY, await readAftercareSettings(tx, o.scope.rootUnit.id), o.settings.aftercare],
      // the whole supervision setting is stored (the calendar kept), so a later default change does not move a unit's numbers
      [CORRECTION_SETTINGS_KEY, correction, { ...correction, ...supervision }],
    ];
    for (const [key, before, after] of entries) {
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      await putUnitSetting(tx, o.scope.rootUnit.id, key, after, o.actor.name);
      await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'settings.update', entity: 'unit_setting', entityId: `${o.scope.rootUnit.code}/${key}`, before, after });
    }
    return { ladder: o.settings.ladder, opinionAnswerDays: o.settings.opinionAnswerDays, aftercare: o.settings.aftercare, supervision };
  });
}
