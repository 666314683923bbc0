import { Button, Checkbox, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { AppLink } from '@/components/ui/router-link';
import { useVerificationQueue, verifyGroup } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { DemoLabel } from '@/features/directory/components/demo-label';
import { PagedList } from '@/features/directory/components/paged-list';
import { StatusMessage, type StatusMessageValue } from '@/features/directory/components/status-message';
import { formatDate } from '@/features/directory/utils/format';
import { pageHref, pageParam } from '@/features/directory/utils/paging';

import '@/features/directory/components/admin.css';

const TITLE = 'Groepen om te controleren';

/** /beheer/controleren: active groups whose data were never checked or not for a long time, oldest first. */
export function VerificationQueueRoute() {
  return (
    <AdminPage title={TITLE}>
      <VerificationQueue />
    </AdminPage>
  );
}

function VerificationQueue() {
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const demo = params.get('demo') === 'true';
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const queue = useVerificationQueue(page, demo, reload);

  const verify = async (slug: string, name: string, etag: string) => {
    try {
      await verifyGroup(slug, etag);
      setMessage({ ok: true, text: `${name} is gecontroleerd en staat niet meer in de lijst.` });
      setReload((n) => n + 1);
    } catch (error) {
      setMessage({ ok: false, text: `${name} kon niet worden bijgewerkt.`, error });
    }
  };

  const href = (p: number) => pageHref('/beheer/controleren', params, p);

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
      <StatusMessage message={message} />
      <PagedList
        state={queue}
        id="zhw-queue-count"
        heading={(total) => <>{total === 1 ? '1 groep' : `${total} groepen`} te controleren</>}
        loadingText="De lijst wordt geladen…"
        hrefFor={href}
      >
        {(data) => (
          <>
            {data.items.length > 0 ? (
              <DataTable
                columns={[
                  {
                    header: 'Groep',
                    cell: (g) => (
                      <>
                        <AppLink to={`/beheer/groepen/${encodeURIComponent(g.slug)}`}>{g.name}</AppLink>
                        <br />
                        {g.organisation.shortName ?? g.organisation.name} {g.demo && <DemoLabel />}
                      </>
                    ),
                  },
                  { header: 'Plaats', cell: (g) => g.city ?? '–' },
                  {
                    header: 'Laatst gecontroleerd',
                    cell: (g) =>
                      g.verifiedAt ? `${formatDate(g.verifiedAt)}${g.verifiedBy ? ` door ${g.verifiedBy}` : ''}` : 'Nooit',
                  },
                  { header: 'Open meldingen', cell: (g) => g.openReports },
                  {
                    header: 'Actie',
                    cell: (g) => (
                      <Button appearance="secondary-action-button" onClick={() => void verify(g.slug, g.name, g.etag)}>
                        Gegevens kloppen<span className="zhw-visually-hidden">: {g.name}</span>
                      </Button>
                    ),
                  },
                ]}
                rows={data.items}
                rowKey={(g) => g.slug}
              />
            ) : (
              <Paragraph>Alle groepen zijn onlangs gecontroleerd.</Paragraph>
            )}
          </>
        )}
      </PagedList>
    </>
  );
}
