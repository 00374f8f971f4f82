import type { User } from '@asskomm/contracts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api-client.ts';
import { queryClient } from './query.ts';

export type AuthStatus = 'checking' | 'anonymous' | 'authenticated' | 'unavailable';

/** Why the user is anonymous now; the login page explains it. */
export type SignOutReason = 'logout' | 'expired' | null;

interface AuthContextValue {
  status: AuthStatus;
  user: User | null;
  signOutReason: SignOutReason;
  login: (email: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('checking');
  const [user, setUser] = useState<User | null>(null);
  const [signOutReason, setSignOutReason] = useState<SignOutReason>(null);

  const becomeAnonymous = useCallback((reason: SignOutReason) => {
    setCsrfToken(null);
    queryClient.clear();
    setUser(null);
    setSignOutReason(reason);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const session = await api.me();
      setCsrfToken(session.csrfToken);
      setUser(session.user);
      setStatus('authenticated');
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        becomeAnonymous(null);
      } else {
        setStatus('unavailable');
      }
    }
  }, [becomeAnonymous]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setUnauthorizedHandler(() => becomeAnonymous('expired'));
    return () => setUnauthorizedHandler(null);
  }, [becomeAnonymous]);

  const login = useCallback(async (email: string, password: string) => {
    const session = await api.login(email, password);
    setCsrfToken(session.csrfToken);
    queryClient.clear();
    setUser(session.user);
    setSignOutReason(null);
    setStatus('authenticated');
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // The session is dropped on this side in any case.
    }
    becomeAnonymous('logout');
  }, [becomeAnonymous]);

  const value = useMemo(
    () => ({ status, user, signOutReason, login, logout, refresh }),
    [status, user, signOutReason, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs an <AuthProvider>.');
  return value;
}
