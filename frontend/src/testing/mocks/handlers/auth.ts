import { http, HttpResponse } from 'msw';

import { decodeJwtPayload } from '@/lib/roles';

// The names the backend keeps for the institution codes of the demo realm.
const INSTITUTION_NAMES: Record<string, string> = { 'demo-instelling': 'Voorbeeldinstelling Verslavingszorg' };

/** GET /api/v1/me: answers from the bearer token's claims (and the institution's name), 401 without a token. */
export const authHandlers = [
  http.get('*/api/v1/me', ({ request }) => {
    const header = request.headers.get('Authorization');
    const claims = header?.startsWith('Bearer ') ? decodeJwtPayload(header.slice(7)) : undefined;
    if (!claims) {
      return HttpResponse.json(
        { type: 'https://zelfhulpwijzer.nl/problems/unauthorized', title: 'Niet ingelogd', status: 401 },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    const realmAccess = claims.realm_access as { roles?: string[] } | undefined;
    return HttpResponse.json({
      username: String(claims.preferred_username),
      name: String(claims.name),
      roles: realmAccess?.roles ?? [],
      instelling: claims.instelling as string | undefined,
      institutionName: INSTITUTION_NAMES[String(claims.instelling)],
    });
  }),
];
