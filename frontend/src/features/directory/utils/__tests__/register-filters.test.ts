import { describe, expect, it } from 'vitest';

import { registerFiltersFrom, registerParams, registerQuery } from '../register-filters';

describe('register filters', () => {
  it('reads the Dutch query string and ignores unknown codes', () => {
    const filters = registerFiltersFrom(new URLSearchParams('q= AA &plaats=Zeist&controle=DUE&status=WEG&demo=true'));
    expect(filters).toEqual({ q: 'AA', place: 'Zeist', organisation: '', verification: 'DUE', status: '', demo: true });
  });

  it('round-trips through the query string and leaves empty filters out of the API call', () => {
    const filters = registerFiltersFrom(new URLSearchParams('organisatie=aa-nederland&status=INACTIVE'));
    expect(registerParams(filters).toString()).toBe('organisatie=aa-nederland&status=INACTIVE');
    expect(registerQuery(filters, 3)).toEqual({ page: 3, size: 20, organisation: 'aa-nederland', status: 'INACTIVE' });
  });
});
