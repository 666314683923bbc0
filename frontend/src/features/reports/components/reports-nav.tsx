import { useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';
import { useHasRole } from '@/hooks/use-has-role';

/** The main-menu item "Rapportages", for coordinators and beheerders. */
export function ReportsNavLink() {
  const { pathname } = useLocation();
  if (!useHasRole('coordinator', 'beheerder')) return null;
  return <AppNavListLink to="/rapportages" current={pathname === '/rapportages'}>Rapportages</AppNavListLink>;
}
