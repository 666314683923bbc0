import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import { AppNavListLink } from '@/components/ui/router-link';

import { folderPagePath } from '../utils/sheet-links';

/** The main-menu item "Poster wachtkamer" for staff: the groups of a town with a QR code, to print. */
export function PosterNavLink() {
  const auth = useAuth();
  const { pathname, search } = useLocation();
  if (!auth.isAuthenticated) return null;
  const current = pathname === '/folder' && new URLSearchParams(search).get('soort') === 'poster';
  return <AppNavListLink to={folderPagePath({ kind: 'poster', city: '' })} current={current}>Poster wachtkamer</AppNavListLink>;
}
