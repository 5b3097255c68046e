import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setPasswordChangeRequiredHandler, setUnauthenticatedHandler } from '../api/client';
import type { TAuthUserView } from '../../../src/contract/api/auth-api';
import type { TPermission } from '../../../src/core/access/permissions';

interface Session {
  user: TAuthUserView | null;
  /** true until the first /api/auth/me answer */
  checking: boolean;
  refresh: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<TAuthUserView>;
  signOut: () => Promise<void>;
  /** what the API allows the user; the web only hides what the API would refuse anyway */
  can: (permission: TPermission) => boolean;
}

const Context = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<TAuthUserView | null>(null);
  const [checking, setChecking] = useState(true);

  const refresh = useCallback(async () => {
    try {
      setUser(await api<TAuthUserView>('GET', '/api/auth/me'));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 401) setUser(null);
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    // the server refuses everything until an administrator-set password is changed: show the change form
    setPasswordChangeRequiredHandler(() => setUser((u) => (u && !u.mustChangePassword ? { ...u, mustChangePassword: true } : u)));
    void refresh();
  }, [refresh]);

  const signIn = useCallback(async (username: string, password: string) => {
    const result = await api<{ user: TAuthUserView }>('POST', '/api/auth/login', { username, password });
    setUser(result.user);
    return result.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api('POST', '/api/auth/logout');
    } finally {
      setUser(null);
    }
  }, []);

  const can = useCallback((permission: TPermission) => user?.permissions.includes(permission) ?? false, [user]);
  const value = useMemo(() => ({ user, checking, refresh, signIn, signOut, can }), [user, checking, refresh, signIn, signOut, can]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
