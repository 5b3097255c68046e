import { useParams } from 'react-router';

/** The unit and year every data page is about, taken from the URL (/u/:unitCode/:year/…). */
export function useUnitYear(): { unitCode: string; year: number; base: string; apiBase: string; params: { unitCode: string; year: number } } {
  const params = useParams();
  const unitCode = params.unitCode ?? '';
  const year = Number(params.year);
  // `params` fills the contract's endpoints (`useEndpoint('GET /api/units/:unitCode/years/:year/…', params)`)
  return { unitCode, year, base: `/u/${unitCode}/${year}`, apiBase: `/api/units/${encodeURIComponent(unitCode)}/years/${year}`, params: { unitCode, year } };
}
