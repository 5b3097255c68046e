import { useEndpoint } from '../../api/use-endpoint';
import type { TUnitMasterData } from '../../../../src/contract/api/units-api';

/** The unit's 司法所 and mediation committees (per-unit master data): forms and filters pick from them. */
export function useMasterData(unitCode: string): TUnitMasterData {
  const state = useEndpoint('GET /api/units/:unitCode/offices', { unitCode });
  return state.data ?? { offices: [], committees: [] };
}

/** The list a field picks from (office, committee), or null for a field without one or a unit that keeps none. */
export function listFor(key: string, data: TUnitMasterData): string[] | null {
  const list = key === 'office' ? data.offices : key === 'committee' ? data.committees : null;
  return list && list.length > 0 ? list : null;
}
