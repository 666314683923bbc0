import { AppButtonLink } from '@/components/ui/router-link';

type Props = {
  page: number;
  totalPages: number;
  /** The link (path + query) for a page number. */
  hrefFor: (page: number) => string;
};

/** "Vorige", "Pagina 1 van 2", "Volgende". */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav className="zhw-pagination" aria-label="Paginering">
      {page > 1 ? (
        <AppButtonLink to={hrefFor(page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>Vorige<span className="zhw-visually-hidden"> pagina</span>
        </AppButtonLink>
      ) : (
        <span className="zhw-pagination__placeholder" />
      )}
      <p className="zhw-pagination__status">
        Pagina {page} van {totalPages}
      </p>
      {page < totalPages ? (
        <AppButtonLink to={hrefFor(page + 1)} rel="next">
          Volgende<span className="zhw-visually-hidden"> pagina</span>
          <span aria-hidden="true"> ›</span>
        </AppButtonLink>
      ) : (
        <span className="zhw-pagination__placeholder" />
      )}
    </nav>
  );
}
