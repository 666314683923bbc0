import '@/features/pathways/components/pathways.css';

import { Alert, Button, FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { rolesFromAccessToken } from '@/lib/roles';
import { createDraft, getAllPathways, getDraft } from '@/features/pathways/api/editor';
import { DraftEditor } from '@/features/pathways/components/draft-editor';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** "Zorgpaden bewerken" for coordinators: open or make a draft, edit steps, preview, publish. */
export function PathwayEditorRoute() {
  const auth = useAuth();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();
  const isCoordinator = rolesFromAccessToken(auth.user?.access_token).includes('coordinator');
  const pathwayId = searchParams.get('zorgpad') ?? '';
  const pathways = useAsync(isCoordinator ? 'editor/pathways' : null, getAllPathways);
  const draft = useAsync(isCoordinator && pathwayId ? `editor/draft/${pathwayId}/${reload}` : null, (signal) =>
    getDraft(pathwayId, signal),
  );

  useDocumentTitle('Zorgpaden bewerken');

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Zorgpaden bewerken
        </Heading>
        <Paragraph appearance="lead">
          Werk een zorgpad bij in een concept. Een gepubliceerde versie verandert nooit meer; publiceren maakt een nieuwe
          versie.
        </Paragraph>
      </div>
      {!isCoordinator ? (
        <Paragraph>Alleen coördinatoren kunnen zorgpaden bewerken. Log in als coördinator.</Paragraph>
      ) : pathways.status === 'error' ? (
        <ProblemAlert error={pathways.error} />
      ) : pathways.status !== 'success' ? (
        <Loading />
      ) : (
        <>
          <FormField
            className="zhw-editor-pathway"
            label={<FormLabel htmlFor={`${id}-pathway`}>Zorgpad</FormLabel>}
            input={
              <Select
                id={`${id}-pathway`}
                value={pathwayId}
                onChange={(e) => {
                  setMessage(undefined);
                  setSearchParams(e.target.value ? { zorgpad: e.target.value } : {});
                }}
              >
                <SelectOption value="">Kies een zorgpad</SelectOption>
                {pathways.data.items.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.title} (versie {p.version})
                  </SelectOption>
                ))}
              </Select>
            }
          />
          {message && (
            <Alert type="ok">
              <Paragraph role="status">{message}</Paragraph>
            </Alert>
          )}
          {error !== undefined && <ProblemAlert error={error} />}
          {pathwayId &&
            (draft.status === 'success' ? (
              draft.data ? (
                <DraftEditor
                  key={`${draft.data.number}/${reload}`}
                  draft={draft.data}
                  onDone={(text) => {
                    setMessage(text);
                    setReload((n) => n + 1);
                  }}
                />
              ) : (
                <div className="zhw-panel">
                  <Paragraph>Dit zorgpad heeft geen concept.</Paragraph>
                  <Button
                    appearance="primary-action-button"
                    onClick={() => {
                      setError(undefined);
                      createDraft(pathwayId).then(
                        () => setReload((n) => n + 1),
                        (e: unknown) => setError(e),
                      );
                    }}
                  >
                    Nieuw concept maken
                  </Button>
                </div>
              )
            ) : draft.status === 'error' ? (
              <ProblemAlert error={draft.error} />
            ) : (
              <Loading />
            ))}
        </>
      )}
    </>
  );
}
