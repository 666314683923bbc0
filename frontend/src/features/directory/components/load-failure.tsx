import { Heading, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { AppLink } from '@/components/ui/router-link';
import { ApiError } from '@/lib/api-client';

type Props = {
  /** The failed (or idle) load; a 404 shows `notFoundTitle`, any other error its problem details. */
  state: { status: string; error?: unknown };
  title: string;
  notFoundTitle: string;
  backTo: string;
  backText: string;
};

/** What an edit page shows when its resource could not be loaded: a title, the problem, a way back. */
export function LoadFailure({ state, title, notFoundTitle, backTo, backText }: Props) {
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {notFound ? notFoundTitle : title}
      </Heading>
      {state.status === 'error' && !notFound && <ProblemAlert error={state.error} />}
      <Paragraph>
        <AppLink to={backTo}>{backText}</AppLink>
      </Paragraph>
    </>
  );
}
