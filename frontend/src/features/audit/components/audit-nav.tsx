import { useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';
import { useHasRole } from '@/hooks/use-has-role';

/** The main-menu item "Logboek", only for beheerders. */
export function AuditNavLink() {
  const { pathname } = useLocation();
  if (!useHasRole('beheerder')) return null;
  return <AppNavListLink to="/logboek" current={pathname === '/logboek'}>Logboek</AppNavListLink>;
}
