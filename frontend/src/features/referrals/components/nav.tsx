import { useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';
import { useHasRole } from '@/hooks/use-has-role';

/** Main-menu items of referrals: the worklist for staff, the EPD links for the beheerder. */
export function ReferralsNavLinks() {
  const { pathname } = useLocation();
  const staff = useHasRole('medewerker', 'coordinator', 'beheerder');
  const beheerder = useHasRole('beheerder');
  return (
    <>
      {staff && (
        <AppNavListLink to="/verwijzingen" current={pathname.startsWith('/verwijzingen')}>
          Verwijzingen
        </AppNavListLink>
      )}
      {beheerder && (
        <AppNavListLink to="/beheer/koppelingen" current={pathname === '/beheer/koppelingen'}>
          Koppeling EPD
        </AppNavListLink>
      )}
    </>
  );
}
