// Settings read from Vite's environment (VITE_*), with defaults for local development.
export const env = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/zelfhulpwijzer',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID || 'zelfhulpwijzer-web',
  /**
   * The API lives on the web client's own origin under /api/v1; the dev server and nginx pass it
   * on to the backend. The paths in the generated `types/api.ts` already start with /api/v1, so the
   * client adds no prefix of its own.
   */
  apiPrefix: '',
} as const;
