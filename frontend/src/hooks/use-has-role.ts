import { useAuth } from 'react-oidc-context';

import { rolesFromAccessToken, type Role } from '@/lib/roles';

/** True when someone is logged in with at least one of `roles`. */
export function useHasRole(...roles: Role[]): boolean {
  const auth = useAuth();
  const mine = rolesFromAccessToken(auth.user?.access_token);
  return auth.isAuthenticated && roles.some((role) => mine.includes(role));
}
