import { useCallback, useState } from 'react';
import { ApiError } from './client';

/**
 * A form's submit: busy while the work runs, the previous error cleared, and any failure kept to be
 * shown — an API refusal with the server's Chinese message, anything else as UNKNOWN rather than
 * silently dropped (a click must never end in nothing happening).
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', `操作没有完成，请刷新页面后重试（${String(e)}）`));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
