import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { TSpendingView } from '../../../../src/contract/api/spending-api';
import { monthEnd } from '../../../../src/core/dates';
import { MONTHS } from './execution-series';

/**
 * The spending view at each of the year's twelve month-ends, for the cumulative charts. They do not
 * depend on the as-of date, so changing it refetches only the one view for that date.
 */
export function useMonthEndViews(apiBase: string, year: number): { views: TSpendingView[] | undefined; error: ApiError | undefined; reload: () => Promise<void> } {
  const [views, setViews] = useState<TSpendingView[]>();
  const [error, setError] = useState<ApiError>();
  const current = useRef(apiBase);
  current.current = apiBase;

  const load = useCallback(async () => {
    try {
      const result = await Promise.all(MONTHS.map((m) => api<TSpendingView>('GET', `${apiBase}/spending?asOf=${monthEnd(year, m)}`)));
      if (current.current !== apiBase) return;
      setViews(result);
      setError(undefined);
    } catch (e) {
      if (current.current === apiBase) setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    }
  }, [apiBase, year]);

  useEffect(() => {
    setViews(undefined);
    void load();
  }, [load]);

  return { views, error, reload: load };
}
