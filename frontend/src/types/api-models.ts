// Friendly names for the shapes in the generated `api.ts`. They are taken from the paths (fixed by
// the API contract), not from schema names, so regenerating `api.ts` does not break them.
import type { paths } from './api';

/** The JSON body of a response or request in `paths`. */
export type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type OrganisationPage = JsonOf<paths['/api/v1/organisations']['get']['responses'][200]>;
export type OrganisationSummary = OrganisationPage['items'][number];
export type OrganisationDetail = JsonOf<paths['/api/v1/organisations/{id}']['get']['responses'][200]>;
export type ContactPoint = OrganisationDetail['contactPoints'][number];
export type Me = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;
export type OrganisationQuery = NonNullable<paths['/api/v1/organisations']['get']['parameters']['query']>;

export type OrganisationKind = OrganisationSummary['kind'];
export type Approach = OrganisationSummary['approach'];
export type Country = OrganisationSummary['country'];
export type OrganisationStatus = OrganisationSummary['status'];
export type Audience = OrganisationSummary['audiences'][number];
export type Behaviour = OrganisationSummary['behaviours'][number];
export type ContactKind = ContactPoint['kind'];

/** RFC 9457 problem details, as the backend sends them (`application/problem+json`). */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

/** Where a fact comes from: a seed document, its section and the verbatim passage. */
export type Citation = JsonOf<paths['/api/v1/pathways']['get']['responses'][200]>['items'][number]['steps'][number]['source'];
