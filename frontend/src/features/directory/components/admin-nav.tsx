import { useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';

import { useIsBeheerder, useIsCoordinator } from './require-coordinator';

/** The main-menu item "Beheer groepen", only for coordinators and beheerders. */
export function DirectoryAdminNavLink() {
  const { pathname } = useLocation();
  if (!useIsCoordinator()) return null;
  return (
    <AppNavListLink to="/beheer/groepen" current={pathname.startsWith('/beheer/')}>
      Beheer groepen
    </AppNavListLink>
  );
}

const ITEMS = [
  { to: '/beheer/groepen', text: 'Alle groepen' },
  { to: '/beheer/controleren', text: 'Te controleren' },
  { to: '/beheer/meldingen', text: 'Meldingen' },
  { to: '/beheer/groepen/nieuw', text: 'Nieuwe groep' },
  { to: '/beheer/organisaties', text: 'Organisaties' },
  { to: '/beheer/import', text: 'Feed importeren' },
];

/** Links between the coordinator screens. */
export function AdminSubNav() {
  const { pathname } = useLocation();
  const beheerder = useIsBeheerder();
  const items = beheerder ? [...ITEMS, { to: '/beheer/voorbeeldgegevens', text: 'Voorbeeldgegevens' }] : ITEMS;
  return (
    <nav aria-label="Beheer sociale kaart" className="zhw-admin-nav">
      <ul className="utrecht-nav-list zhw-admin-nav__list">
        {items.map((item) => (
          <AppNavListLink key={item.to} to={item.to} current={pathname === item.to}>
            {item.text}
          </AppNavListLink>
        ))}
      </ul>
    </nav>
  );
}
