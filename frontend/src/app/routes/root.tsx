import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';

import { MainLayout } from '@/components/layouts/main-layout';
import { AppNavListLink } from '@/components/ui/router-link';
import { AuditNavLink } from '@/features/audit/components/audit-nav';
import { UserMenu } from '@/features/auth/components/user-menu';
import { DirectoryAdminNavLink } from '@/features/directory/components/admin-nav';
import { ReferralsNavLinks } from '@/features/referrals/components/nav';
import { ReportsNavLink } from '@/features/reports/components/reports-nav';
import { PosterNavLink } from '@/features/sheets/components/sheets-nav';

/** The frame around every page; the only place where auth, directory, referrals, audit, reports and sheets meet. */
export function RootRoute() {
  useFocusOnNavigation();
  return (
    <MainLayout
      headerActions={<UserMenu />}
      navItems={
        <>
          <InstitutionNavLink />
          <ReferralsNavLinks />
          <DirectoryAdminNavLink />
          <AuditNavLink />
          <ReportsNavLink />
          <PosterNavLink />
        </>
      }
    >
      <Outlet />
      <ScrollRestoration />
    </MainLayout>
  );
}

/** "Mijn instelling" is for staff only: the public never sees it. */
function InstitutionNavLink() {
  const auth = useAuth();
  const { pathname } = useLocation();
  if (!auth.isAuthenticated) return null;
  return (
    <AppNavListLink to="/instelling" current={pathname === '/instelling'}>
      Mijn instelling
    </AppNavListLink>
  );
}

/**
 * After moving to another page (not on first load, not when only filters change), put keyboard and
 * screen-reader focus on the new page's heading, as a full page load would start at the top.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The heading may only appear once the page's data have loaded: look for it for up to 2 s,
    // unless the user has meanwhile put focus somewhere themselves.
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      const active = document.activeElement;
      const userMovedOn = active && active !== document.body && !active.matches('main, main h1');
      const heading = document.querySelector<HTMLElement>('main h1');
      if (userMovedOn || heading || tries >= 40) {
        window.clearInterval(timer);
        if (!userMovedOn) (heading ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [pathname]);
}
