import { ApiError } from '@/lib/api-client';

/** The API's field errors by field path ("location.city", "contactPoints[1].value"). */
export type FieldErrors = Record<string, string>;

/** The field errors of a refused save (400 with `errors`), or null for any other failure. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
    return Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message]));
  }
  return null;
}
