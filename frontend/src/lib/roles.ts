// Roles of the logged-in user, read from the access token (Keycloak: realm_access.roles).

export const ROLE_LABELS = {
  medewerker: 'Medewerker',
  coordinator: 'Coördinator',
  beheerder: 'Beheerder',
} as const;

export type Role = keyof typeof ROLE_LABELS;

/** The payload of a JWT, without checking the signature (the backend does that). */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The application roles in the access token, in a fixed order; Keycloak's own roles are left out. */
export function rolesFromAccessToken(accessToken: string | undefined): Role[] {
  if (!accessToken) return [];
  const realmAccess = decodeJwtPayload(accessToken)?.realm_access;
  const roles =
    typeof realmAccess === 'object' && realmAccess !== null && Array.isArray((realmAccess as { roles?: unknown }).roles)
      ? ((realmAccess as { roles: unknown[] }).roles.filter((r) => typeof r === 'string') as string[])
      : [];
  return (Object.keys(ROLE_LABELS) as Role[]).filter((role) => roles.includes(role));
}

export function roleLabels(roles: readonly Role[]): string[] {
  return roles.map((role) => ROLE_LABELS[role]);
}
