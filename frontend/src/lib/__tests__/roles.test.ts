import { describe, expect, it } from 'vitest';

import { fakeJwt } from '@/testing/fake-jwt';

import { decodeJwtPayload, roleLabels, rolesFromAccessToken } from '@/lib/roles';

describe('roles from the access token', () => {
  it('reads realm_access.roles and keeps only application roles, in a fixed order', () => {
    const token = fakeJwt({
      realm_access: { roles: ['offline_access', 'beheerder', 'default-roles-zelfhulpwijzer', 'medewerker'] },
    });
    expect(rolesFromAccessToken(token)).toEqual(['medewerker', 'beheerder']);
  });

  it('gives Dutch labels', () => {
    expect(roleLabels(['medewerker', 'coordinator', 'beheerder'])).toEqual(['Medewerker', 'Coördinator', 'Beheerder']);
  });

  it('decodes UTF-8 in the payload', () => {
    expect(decodeJwtPayload(fakeJwt({ name: 'Cor Coördinator' }))?.name).toBe('Cor Coördinator');
  });

  it('copes with missing or broken tokens', () => {
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken('a.###.c')).toEqual([]);
    expect(rolesFromAccessToken(fakeJwt({ realm_access: 'x' }))).toEqual([]);
  });
});
