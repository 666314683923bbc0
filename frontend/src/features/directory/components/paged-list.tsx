import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from './pagination';
import type { AsyncState } from '@/hooks/use-async';

type Page = { page: number; totalItems: number; totalPages: number };

type Props<P extends Page> = {
  state: AsyncState<P> | { status: 'idle' };
  /** Id of the count heading, which names the section. */
  id: string;
  /** The h2, from the number of items found. */
  heading: (totalItems: number) => ReactNode;
  loadingText: string;
  hrefFor: (page: number) => string;
  /** The items of the page (or the text that there are none). */
  children: (page: P) => ReactNode;
};

/** A list screen's result: a section with the count, the items and the paging; else the problem or a loading text. */
export function PagedList<P extends Page>({ state, id, heading, loadingText, hrefFor, children }: Props<P>) {
  if (state.status === 'success') {
    return (
      <section aria-labelledby={id} className="zhw-admin-section">
        <Heading level={2} id={id}>
          {heading(state.data.totalItems)}
        </Heading>
        {children(state.data)}
        <Pagination page={state.data.page} totalPages={Math.max(1, state.data.totalPages)} hrefFor={hrefFor} />
      </section>
    );
  }
  if (state.status === 'error') return <ProblemAlert error={state.error} />;
  return <Loading>{loadingText}</Loading>;
}
