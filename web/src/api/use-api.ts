import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/** GET a URL and keep the answer; a null URL waits. Reloads when the URL changes. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(url !== null);
  const current = useRef(url);
  current.current = url;

  const load = useCallback(async () => {
    if (url === null) return;
    setLoading(true);
    try {
      const result = await api<T>('GET', url);
      if (current.current === url) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (current.current === url) setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      if (current.current === url) setLoading(false);
    }
  }, [url]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, loading, reload: load };
}
