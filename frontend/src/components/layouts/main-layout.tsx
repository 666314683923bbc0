import { NavBar, NavList, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';

type MainLayoutProps = {
  /** Shown at the right of the header, e.g. the login button or the logged-in user. */
  headerActions?: ReactNode;
  /** Extra main-menu items (AppNavListLink) that depend on the user, e.g. "Mijn instelling" or for coordinators. */
  navItems?: ReactNode;
  children: ReactNode;
};

/** The frame of every page: skip link, header with site name, navigation, main content, footer. */
export function MainLayout({ headerActions, navItems, children }: MainLayoutProps) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the menu is folded behind a button, so the page itself starts on the first screen.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="zhw-page">
      <SkipLink
        href="#main"
        onClick={(event) => {
          // Move focus ourselves: the router must not see the hash, and focus must really move.
          event.preventDefault();
          mainRef.current?.focus();
          mainRef.current?.scrollIntoView();
        }}
      >
        Naar de inhoud
      </SkipLink>

      <PageHeader className="zhw-header">
        <div className="zhw-container zhw-header__content">
          <RouterLink to="/" className="zhw-logo">
            <span className="zhw-logo__mark" aria-hidden="true" />
            <span className="zhw-logo__text">
              <span className="zhw-logo__name">Zelfhulpwijzer</span>
              <span className="zhw-logo__tagline">Zelfhulp bij verslaving, voor cliënten en naasten</span>
            </span>
          </RouterLink>
          {headerActions && <div className="zhw-header__actions">{headerActions}</div>}
        </div>
      </PageHeader>

      <NavBar className="zhw-nav" aria-label="Hoofdmenu">
        <div className="zhw-container">
          <button
            type="button"
            className="zhw-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls="zhw-nav-list"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </button>
          <NavList id="zhw-nav-list" className={menuOpen ? 'zhw-nav__list--open' : undefined}>
            <AppNavListLink to="/bijeenkomsten" current={pathname.startsWith('/bijeenkomsten')}>
              Groep vinden
            </AppNavListLink>
            <AppNavListLink to="/" current={pathname === '/' || pathname === '/organisaties'}>
              Organisaties zoeken
            </AppNavListLink>
            <AppNavListLink to="/wat-kan-ik-doen" current={pathname === '/wat-kan-ik-doen'}>
              Wat kan ik nu doen?
            </AppNavListLink>
            <AppNavListLink to="/advies" current={pathname === '/advies'}>
              Welke groep past?
            </AppNavListLink>
            {navItems}
          </NavList>
        </div>
      </NavBar>

      <main id="main" ref={mainRef} tabIndex={-1} className="zhw-main">
        <div className="zhw-container">{children}</div>
      </main>

      <PageFooter className="zhw-footer">
        <div className="zhw-container">
          <Paragraph>
            De Zelfhulpwijzer helpt medewerkers in de verslavingszorg om cliënten en hun naasten te wijzen op
            zelfhulpgroepen.
          </Paragraph>
          <Paragraph appearance="small">
            De gegevens komen uit het handboek ‘Onbenutte mogelijkheden’ (Resultaten Scoren, 2002–2004). Controleer
            contactgegevens altijd voordat u ze doorgeeft.
          </Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
