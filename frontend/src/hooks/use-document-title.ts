import { useEffect } from 'react';

export const SITE_NAME = 'Zelfhulpwijzer';

/** Sets `document.title` to "<title> – Zelfhulpwijzer" while the page is shown. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
