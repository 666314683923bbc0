import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

import { env } from '@/config/env';

/** Where the user wants to be after logging in; carried through Keycloak in the OIDC `state`. */
export type SigninState = { returnTo?: string };

export const oidcSettings: UserManagerSettings = {
  authority: env.oidcAuthority,
  client_id: env.oidcClientId,
  // Authorization code flow with PKCE is oidc-client-ts' default for a public client.
  redirect_uri: `${window.location.origin}/`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  response_type: 'code',
  scope: 'openid profile',
  // Renew the access token before it expires; with a refresh token this needs no iframe.
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
};

/** One UserManager for the whole app: the AuthProvider uses it, and so does the API client. */
export const userManager = new UserManager(oidcSettings);

/** The current access token, or undefined when nobody is logged in (or the token has expired). */
export async function getAccessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  if (!user || user.expired) return undefined;
  return user.access_token;
}

/**
 * Whether a logged-in user is about to be known: this tab holds a stored login, or the page is Keycloak's redirect
 * back with a code. Either way the UserManager answers only after the first paint.
 */
export function expectsSignedInUser(): boolean {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) return true;
  // oidc-client-ts' own key for this authority and client.
  return window.sessionStorage.getItem(`oidc.user:${oidcSettings.authority}:${oidcSettings.client_id}`) !== null;
}
