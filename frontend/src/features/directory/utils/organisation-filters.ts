// The search filters of the directory and how they map to the URL query string (shareable links,
// back button) and to the API query.
import type {
  Approach,
  Audience,
  Behaviour,
  Country,
  OrganisationKind,
  OrganisationQuery,
} from '@/types/api-models';

import {
  APPROACH_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  COUNTRY_LABELS,
  ORGANISATION_KIND_LABELS,
} from '../labels';

export const PAGE_SIZE = 20;

export type OrganisationFilters = {
  q: string;
  audience?: Audience;
  behaviour?: Behaviour;
  approach?: Approach;
  kind?: OrganisationKind;
  country?: Country;
  /** 1-based */
  page: number;
};

export const EMPTY_FILTERS: OrganisationFilters = { q: '', page: 1 };

/** The select filters, in form order, each with the labels that list its allowed codes. */
export const CODE_FILTERS = {
  audience: AUDIENCE_LABELS,
  behaviour: BEHAVIOUR_LABELS,
  approach: APPROACH_LABELS,
  kind: ORGANISATION_KIND_LABELS,
  country: COUNTRY_LABELS,
} as const;

export type CodeFilterName = keyof typeof CODE_FILTERS;
export const CODE_FILTER_NAMES = Object.keys(CODE_FILTERS) as CodeFilterName[];

function codeOrUndefined<K extends string>(labels: Record<K, string>, value: string | null): K | undefined {
  return value !== null && Object.prototype.hasOwnProperty.call(labels, value) ? (value as K) : undefined;
}

/** Reads filters from a query string. Unknown codes and bad page numbers are ignored. */
export function filtersFromSearchParams(params: URLSearchParams): OrganisationFilters {
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    audience: codeOrUndefined(AUDIENCE_LABELS, params.get('audience')),
    behaviour: codeOrUndefined(BEHAVIOUR_LABELS, params.get('behaviour')),
    approach: codeOrUndefined(APPROACH_LABELS, params.get('approach')),
    kind: codeOrUndefined(ORGANISATION_KIND_LABELS, params.get('kind')),
    country: codeOrUndefined(COUNTRY_LABELS, params.get('country')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes filters to a query string: empty filters and page 1 are left out, so links stay short. */
export function filtersToSearchParams(filters: OrganisationFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  for (const name of CODE_FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query for GET /api/v1/organisations. */
export function filtersToApiQuery(filters: OrganisationFilters, size = PAGE_SIZE): OrganisationQuery {
  const query: OrganisationQuery = { page: filters.page, size };
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.audience) query.audience = filters.audience;
  if (filters.behaviour) query.behaviour = filters.behaviour;
  if (filters.approach) query.approach = filters.approach;
  if (filters.kind) query.kind = filters.kind;
  if (filters.country) query.country = filters.country;
  return query;
}
