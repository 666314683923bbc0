import {
  Alert,
  Button,
  Checkbox,
  FormLabel,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { Pagination } from '@/features/directory/components/pagination';
import { DemoLabel } from '@/features/group-finder/components/demo-label';

import { useVerificationQueue, verifyGroup } from '../api/admin';
import { AdminPage, AdminPageHeading } from '../components/admin-page';
import { formatDate } from '../utils/format';
import '../components/admin.css';

const TITLE = 'Groepen om te controleren';

/** /beheer/controleren: active groups whose data were never checked or not for a long time, oldest first. */
export function VerificationQueuePage() {
  return (
    <AdminPage title={TITLE}>
      <VerificationQueue />
    </AdminPage>
  );
}

function VerificationQueue() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const demo = params.get('demo') === 'true';
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string; error?: unknown } | null>(null);
  const queue = useVerificationQueue(page, demo, reload);

  const verify = async (slug: string, name: string) => {
    try {
      await verifyGroup(slug);
      setMessage({ ok: true, text: `${name} is gecontroleerd en staat niet meer in de lijst.` });
      setReload((n) => n + 1);
    } catch (error) {
      setMessage({ ok: false, text: `${name} kon niet worden bijgewerkt.`, error });
    }
  };

  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    const qs = next.toString();
    return qs ? `/beheer/controleren?${qs}` : '/beheer/controleren';
  };

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Deze groepen zijn nooit of lang geleden gecontroleerd. Bel of mail de groep, pas zo nodig de gegevens aan en
        kies dan ‘Gegevens kloppen’.
      </Paragraph>
      <div className="zhw-admin-check">
        <Checkbox
          id="zhw-queue-demo"
          checked={demo}
          onChange={(e) => {
            const next = new URLSearchParams();
            if (e.target.checked) next.set('demo', 'true');
            setParams(next);
          }}
        />
        <FormLabel htmlFor="zhw-queue-demo" type="checkbox">
          Ook voorbeeldgegevens tonen
        </FormLabel>
      </div>
      <div role="status">
        {message && (
          <Alert type={message.ok ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      {message?.error !== undefined && <ProblemAlert error={message.error} />}
      {queue.status === 'success' ? (
        <section aria-labelledby="zhw-queue-count" className="zhw-admin-section">
          <Heading level={2} id="zhw-queue-count">
            {queue.data.totalItems === 1 ? '1 groep' : `${queue.data.totalItems} groepen`} te controleren
          </Heading>
          {queue.data.items.length > 0 ? (
            <Table className="zhw-admin-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Groep</TableHeaderCell>
                  <TableHeaderCell scope="col">Plaats</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatst gecontroleerd</TableHeaderCell>
                  <TableHeaderCell scope="col">Open meldingen</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {queue.data.items.map((g) => (
                  <TableRow key={g.slug}>
                    <TableCell>
                      <AppLink to={`/beheer/groepen/${encodeURIComponent(g.slug)}`}>{g.name}</AppLink>
                      <br />
                      {g.organisation.shortName ?? g.organisation.name} {g.demo && <DemoLabel />}
                    </TableCell>
                    <TableCell>{g.city ?? '–'}</TableCell>
                    <TableCell>
                      {g.verifiedAt ? `${formatDate(g.verifiedAt)}${g.verifiedBy ? ` door ${g.verifiedBy}` : ''}` : 'Nooit'}
                    </TableCell>
                    <TableCell>{g.openReports}</TableCell>
                    <TableCell>
                      <Button appearance="secondary-action-button" onClick={() => void verify(g.slug, g.name)}>
                        Gegevens kloppen<span className="zhw-visually-hidden">: {g.name}</span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Paragraph>Alle groepen zijn onlangs gecontroleerd.</Paragraph>
          )}
          <Pagination page={queue.data.page} totalPages={Math.max(1, queue.data.totalPages)} hrefFor={href} />
        </section>
      ) : queue.status === 'error' ? (
        <ProblemAlert error={queue.error} />
      ) : (
        <Loading>De lijst wordt geladen…</Loading>
      )}
    </>
  );
}
