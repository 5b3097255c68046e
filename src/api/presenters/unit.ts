import type { TUnitTreeItem } from '../../contract/api/units-api.js';

/** A unit just added, as the unit tree lists it: it keeps no office or committee lists yet. */
export function presentNewUnit(row: { code: string; name: string; depth: number }, parentCode: string | null): TUnitTreeItem {
  return { code: row.code, name: row.name, parentCode, depth: row.depth, offices: [], committees: [] };
}
