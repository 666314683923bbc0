import { describe, expect, it } from 'vitest';

import { folderPagePath, isCityName, sheetApiPath, sheetForChoice, sheetFromQuery } from '../utils/sheet-links';

describe('sheet links', () => {
  it('builds the backend path of each kind, encoded, with the format', () => {
    expect(sheetApiPath({ kind: 'groep', slug: 'aa utrecht', easyRead: true }, 'pdf'))
      .toBe('/api/v1/sheets/groups/aa%20utrecht?variant=makkelijk&formaat=pdf');
    expect(sheetApiPath({ kind: 'organisatie', id: 'al-anon' }, 'html')).toBe('/api/v1/sheets/organisations/al-anon');
    expect(sheetApiPath({ kind: 'familie' }, 'html')).toBe('/api/v1/sheets/family');
    expect(sheetApiPath({ kind: 'poster', city: "'s-Hertogenbosch" }, 'html'))
      .toBe('/api/v1/sheets/poster?plaats=%27s-Hertogenbosch');
    expect(sheetApiPath({ kind: 'werkblad', pathway: 'algemeen', step: 'stap/1' }, 'pdf'))
      .toBe('/api/v1/sheets/pathways/algemeen/steps/stap%2F1?formaat=pdf');
  });

  it('reads back from the folder page what it wrote', () => {
    const sheets = [
      { kind: 'groep', slug: 'aa-utrecht', easyRead: true },
      { kind: 'groep', slug: 'aa-utrecht', easyRead: false },
      { kind: 'organisatie', id: 'al-anon' },
      { kind: 'familie', city: 'Amersfoort' },
      { kind: 'poster', city: 'Utrecht' },
      { kind: 'werkblad', pathway: 'algemeen', step: 'wachtruimte-materiaal' },
    ] as const;
    for (const sheet of sheets) {
      const query = new URLSearchParams(folderPagePath(sheet).split('?')[1]);
      expect(sheetFromQuery(query)).toEqual(sheet);
    }
  });

  it('asks again when something needed is missing', () => {
    expect(sheetFromQuery(new URLSearchParams('soort=poster'))).toBeUndefined();
    expect(sheetFromQuery(new URLSearchParams('soort=groep'))).toBeUndefined();
    expect(sheetFromQuery(new URLSearchParams('soort=iets'))).toBeUndefined();
  });

  it('picks the sheet for a folder choice', () => {
    expect(sheetForChoice('makkelijk', { organisationId: 'aa', groupSlug: 'aa-utrecht' }))
      .toEqual({ kind: 'groep', slug: 'aa-utrecht', easyRead: true });
    expect(sheetForChoice('b1', { organisationId: 'aa' })).toEqual({ kind: 'organisatie', id: 'aa' });
    expect(sheetForChoice('familie', { organisationId: 'aa', groupSlug: 'x' })).toEqual({ kind: 'familie' });
  });

  it('accepts town names as the backend does', () => {
    expect(isCityName("'s-Hertogenbosch")).toBe(true);
    expect(isCityName("''")).toBe(false);
    expect(isCityName('Den Haag')).toBe(true);
    expect(isCityName('<script>')).toBe(false);
  });
});
