import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { getLocalGroupFacts } from '@/features/advice/api/get-contacts';
import { utrechtGroup } from '@/features/directory/testing/meetings-data';
import { server } from '@/testing/mocks/server';

describe("The print sheet's local groups", () => {
  it('are fetched in one request for all slugs, with the street address only when it is exact', async () => {
    const asked: string[][] = [];
    const onlyPlace = { ...utrechtGroup, slug: 'na-zeist', contactPhone: undefined, contactEmail: undefined, location: { ...utrechtGroup.location!, approximate: true } };
    server.use(
      http.get('*/api/v1/groups', ({ request }) => {
        asked.push(new URL(request.url).searchParams.getAll('slug'));
        return HttpResponse.json([utrechtGroup, onlyPlace]);
      }),
    );

    const facts = await getLocalGroupFacts(['aa-utrecht-centrum', 'na-zeist']);

    expect(asked).toEqual([['aa-utrecht-centrum', 'na-zeist']]);
    expect(facts).toEqual([
      { slug: 'aa-utrecht-centrum', address: 'Lindelaan 12, 3511 AB Utrecht', phone: '030 123 45 67', email: 'utrecht@voorbeeld.example' },
      { slug: 'na-zeist', address: undefined, phone: undefined, email: undefined },
    ]);
  });
});
