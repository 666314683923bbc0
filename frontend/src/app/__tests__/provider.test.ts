import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';

import { fakeJwt } from '@/testing/fake-jwt';

import { pageAfterLogin, safeReturnTo } from '../provider';

const userWithState = (state: unknown) =>
  new User({ access_token: 'a', token_type: 'Bearer', profile: { sub: 's', iss: 'i', aud: 'a', exp: 0, iat: 0 }, userState: state });

describe('return after login', () => {
  it('returns to the page the user came from', () => {
    expect(safeReturnTo(userWithState({ returnTo: '/organisaties?audience=PARTNER' }))).toBe('/organisaties?audience=PARTNER');
  });

  it('only allows paths inside the app', () => {
    expect(safeReturnTo(userWithState({ returnTo: 'https://evil.example' }))).toBe('/');
    expect(safeReturnTo(userWithState({ returnTo: '//evil.example' }))).toBe('/');
    expect(safeReturnTo(userWithState(undefined))).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});

describe('start page after login', () => {
  const withRoles = (roles: string[], returnTo: string) =>
    new User({
      access_token: fakeJwt({ realm_access: { roles } }),
      token_type: 'Bearer',
      profile: { sub: 's', iss: 'i', aud: 'a', exp: 0, iat: 0 },
      userState: { returnTo },
    });

  it('sends a care worker who logged in on the public start page to the worklist', () => {
    expect(pageAfterLogin(withRoles(['medewerker'], '/'))).toBe('/verwijzingen');
  });

  it('keeps any other page, and the public start page for other roles', () => {
    expect(pageAfterLogin(withRoles(['medewerker'], '/bijeenkomsten'))).toBe('/bijeenkomsten');
    expect(pageAfterLogin(withRoles(['coordinator'], '/'))).toBe('/');
    expect(pageAfterLogin(undefined)).toBe('/');
  });
});
