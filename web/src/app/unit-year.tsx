import { useParams } from 'react-router';

/** The unit and year every data page is about, taken from the URL (/u/:unitCode/:year/…). */
export function useUnitYear(): { unitCode: string; year: number; base: string; apiBase: string } {
  const params = useParams();
  const unitCode = params.unitCode ?? '';
  const year = Number(params.year);
  return { unitCode, year, base: `/u/${unitCode}/${year}`, apiBase: `/api/units/${encodeURIComponent(unitCode)}/years/${year}` };
}
