import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';

export type OrganisationContacts = { id: string; name: string; verifiedAt: string; contacts: { kind: string; value: string; label?: string }[] };

/** Phone, help line and website of the organisations on the print sheet (GET /api/v1/organisations/{id}, public). */
export async function getContacts(ids: string[], signal?: AbortSignal): Promise<OrganisationContacts[]> {
  const details = await Promise.all(
    ids.map((id) => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal })).catch(() => undefined)),
  );
  return details
    .filter((d) => d !== undefined)
    .map((d) => ({
      id: d.id,
      name: d.name,
      verifiedAt: d.verifiedAt,
      contacts: d.contactPoints
        .filter((c) => c.kind === 'PHONE' || c.kind === 'HELPLINE' || c.kind === 'WEBSITE')
        .slice(0, 3)
        .map((c) => ({ kind: c.kind, value: c.value, label: c.label ?? undefined })),
    }));
}

export function useContacts(ids: string[]) {
  const key = ids.length ? `contacts/${ids.join(',')}` : null;
  return useAsync(key, (signal) => getContacts(ids, signal));
}

/** Where a local group meets and how to reach it, for the print sheet. */
export type LocalGroupFacts = { slug: string; address?: string; phone?: string; email?: string };

/**
 * The street address (not when only the place is known) and the group's own phone and e-mail of every local group,
 * in one request (GET /api/v1/groups?slug=…, public; an unknown slug is left out).
 */
export async function getLocalGroupFacts(slugs: string[], signal?: AbortSignal): Promise<LocalGroupFacts[]> {
  const groups = await unwrap(api.GET('/api/v1/groups', { params: { query: { slug: slugs } }, signal }));
  return groups.map((d) => {
    const l = d.location;
    const street = l && !l.approximate && l.address ? [l.address, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined;
    return { slug: d.slug, address: street, phone: d.contactPhone ?? undefined, email: d.contactEmail ?? undefined };
  });
}

export function useLocalGroupFacts(slugs: string[]) {
  const key = slugs.length ? `local-groups/${slugs.join(',')}` : null;
  return useAsync(key, (signal) => getLocalGroupFacts(slugs, signal));
}
