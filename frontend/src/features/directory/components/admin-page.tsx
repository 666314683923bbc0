import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { useDocumentTitle } from '@/hooks/use-document-title';

import { AdminSubNav } from './admin-nav';
import { RequireCoordinator } from './require-coordinator';

type Props = { title: string; children: ReactNode; beheerderOnly?: boolean };

/** A coordinator screen: the document title, and its content only for coordinators (or only beheerders). */
export function AdminPage({ title, children, beheerderOnly = false }: Props) {
  useDocumentTitle(title);
  return (
    <RequireCoordinator title={title} beheerderOnly={beheerderOnly}>
      {children}
    </RequireCoordinator>
  );
}

/** The page's h1 (focus target after navigation) and the links between the coordinator screens. */
export function AdminPageHeading({ children }: { children: ReactNode }) {
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {children}
      </Heading>
      <AdminSubNav />
    </>
  );
}
