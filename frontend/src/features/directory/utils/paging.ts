/** The 1-based page number of a list screen's `page` query parameter (1 when absent or invalid). */
export function pageParam(params: URLSearchParams): number {
  return Math.max(1, Number(params.get('page')) || 1);
}

/** The link to page `page` of the list at `path`, keeping the other query parameters; page 1 leaves `page` out. */
export function pageHref(path: string, params: URLSearchParams, page: number): string {
  const next = pageQuery(params, page);
  return next ? `${path}?${next}` : path;
}

/** The query string for page `page`, keeping the other query parameters; page 1 leaves `page` out. */
export function pageQuery(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return next.toString();
}
