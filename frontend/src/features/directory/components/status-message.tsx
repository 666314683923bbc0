import { Alert, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';

/** The outcome of the last action on an admin page; `error` adds the problem's details below it. */
export type StatusMessageValue = { ok: boolean; text: string; error?: unknown };

/** The outcome in a live region (so screen readers announce it), and the problem details of a failure after it. */
export function StatusMessage({ message, className }: { message: StatusMessageValue | null; className?: string }) {
  return (
    <>
      <div role="status" className={className}>
        {message && (
          <Alert type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      {message?.error !== undefined && <ProblemAlert error={message.error} />}
    </>
  );
}
