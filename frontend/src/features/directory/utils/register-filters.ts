import type { RegisterQuery } from '../types';

/** The register's filters as they travel in the page's query string (Dutch-free codes, so links can be shared). */
export type RegisterFilters = {
  q: string;
  place: string;
  organisation: string;
  verification: '' | 'DUE' | 'CURRENT';
  status: '' | 'ACTIVE' | 'INACTIVE';
  demo: boolean;
};

const VERIFICATIONS = ['DUE', 'CURRENT'] as const;
const STATUSES = ['ACTIVE', 'INACTIVE'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

/** Reads the filters from the query string; unknown values are ignored rather than sent to the API. */
export function registerFiltersFrom(params: URLSearchParams): RegisterFilters {
  return {
    q: params.get('q')?.trim() ?? '',
    place: params.get('plaats')?.trim() ?? '',
    organisation: params.get('organisatie')?.trim() ?? '',
    verification: oneOf(VERIFICATIONS, params.get('controle')),
    status: oneOf(STATUSES, params.get('status')),
    demo: params.get('demo') === 'true',
  };
}

/** The query string for these filters (empty ones left out); paging starts again at page 1. */
export function registerParams(filters: RegisterFilters): URLSearchParams {
  const next = new URLSearchParams();
  if (filters.q.trim()) next.set('q', filters.q.trim());
  if (filters.place.trim()) next.set('plaats', filters.place.trim());
  if (filters.organisation.trim()) next.set('organisatie', filters.organisation.trim());
  if (filters.verification) next.set('controle', filters.verification);
  if (filters.status) next.set('status', filters.status);
  if (filters.demo) next.set('demo', 'true');
  return next;
}

/** The API query for these filters and page. */
export function registerQuery(filters: RegisterFilters, page: number, size = 20): RegisterQuery {
  return {
    page,
    size,
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.place ? { place: filters.place } : {}),
    ...(filters.organisation ? { organisation: filters.organisation } : {}),
    ...(filters.verification ? { verification: filters.verification } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.demo ? { demo: 'true' } : {}),
  };
}
