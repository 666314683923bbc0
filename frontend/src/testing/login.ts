import { User } from 'oidc-client-ts';

import { userManager } from '@/lib/auth';

import { fakeJwt } from './fake-jwt';

/** Puts a logged-in user in the UserManager's store, as after a real Keycloak login. */
export async function logInAs(claims: { name: string; roles: string[]; instelling?: string; username?: string }) {
  const now = Math.floor(Date.now() / 1000);
  const accessToken = fakeJwt({
    sub: 'user-1',
    preferred_username: claims.username ?? 'medewerker',
    name: claims.name,
    instelling: claims.instelling,
    realm_access: { roles: ['default-roles-zelfhulpwijzer', 'offline_access', ...claims.roles] },
    exp: now + 300,
  });
  const user = new User({
    access_token: accessToken,
    token_type: 'Bearer',
    scope: 'openid profile',
    expires_at: now + 300,
    profile: { sub: 'user-1', iss: 'http://keycloak.test/realms/zelfhulpwijzer', aud: 'zelfhulpwijzer-web', exp: now + 300, iat: now, name: claims.name, preferred_username: claims.username ?? 'medewerker' },
  });
  await userManager.storeUser(user);
  return { user, accessToken };
}
