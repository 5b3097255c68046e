import type { Executor } from '../../db/client.js';
import { listUnitOffices } from '../../repositories/unit.repository.js';
import type { FieldProblem, RecordValues, SheetDef } from './define.js';

/**
 * Per-unit master data a record's fields must come from: `office` (司法所) from the unit's offices, a
 * mediation `committee` from its committees. A unit that keeps no list for a kind (none entered yet)
 * accepts any name, so existing installations keep working until an administrator fills the list.
 */
export interface MasterLists {
  office: readonly string[];
  committee: readonly string[];
}

const FIELD_LIST: Record<string, { list: keyof MasterLists; what: string; whatEn: string }> = {
  office: { list: 'office', what: '司法所', whatEn: 'justice offices' },
  committee: { list: 'committee', what: '人民调解委员会', whatEn: 'mediation committees' },
};

export async function loadMasterLists(exec: Executor, unitId: number): Promise<MasterLists> {
  const [office, committee] = await Promise.all([listUnitOffices(exec, unitId, 'office'), listUnitOffices(exec, unitId, 'committee')]);
  return { office, committee };
}

/** Problems for fields whose value is not in the unit's list (only the keys in `keys`, by default every field). */
export function masterDataProblems(sheet: SheetDef, values: RecordValues, lists: MasterLists, keys?: readonly string[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const f of sheet.fields) {
    const rule = FIELD_LIST[f.key];
    if (!rule || (keys && !keys.includes(f.key))) continue;
    const value = values[f.key];
    const list = lists[rule.list];
    if (typeof value !== 'string' || value === '' || list.length === 0 || list.includes(value)) continue;
    out.push({
      key: f.key,
      message: {
        zh: `${f.label}“${value}”不在本单位的${rule.what}名单中（${list.slice(0, 5).join('、')}${list.length > 5 ? '等' : ''}）：请从名单中选择，或请管理员先添加`,
        en: `${f.labelEn} “${value}” is not on the unit's list of ${rule.whatEn} (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}): pick one from the list, or ask an administrator to add it`,
      },
    });
  }
  return out;
}
