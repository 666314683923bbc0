import '@/features/implementation/components/implementation.css';

import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useAuth } from 'react-oidc-context';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { rolesFromAccessToken } from '@/lib/roles';
import { closeSurveyRound, getSurveyQuestions, getSurveyRounds, openSurveyRound } from '@/features/implementation/api/survey';
import { SurveyForm } from '@/features/implementation/components/survey-form';
import { useAsync } from '@/hooks/use-async';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The staff questionnaire of one's own institution: fill it in once per round; coordinators open and close rounds. */
export function SurveyRoute() {
  const auth = useAuth();
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;
  const roles = rolesFromAccessToken(auth.user?.access_token);
  const canManage = roles.includes('coordinator') || roles.includes('beheerder');
  const [reload, setReload] = useState(0);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();
  const rounds = useAsync(subject ? `survey/rounds/${subject}/${reload}` : null, getSurveyRounds);
  const questions = useAsync(subject ? 'survey/questions' : null, getSurveyQuestions);

  useDocumentTitle('Vragenlijst medewerkers');

  const act = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().then(
      () => setReload((n) => n + 1),
      (e: unknown) => setError(e),
    );
  };

  const open = rounds.status === 'success' ? rounds.data.items.find((r) => r.status === 'OPEN') : undefined;
  const hasBaseline = rounds.status === 'success' && rounds.data.items.some((r) => r.kind === 'BASELINE');

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Vragenlijst medewerkers
        </Heading>
        <Paragraph appearance="lead">
          Hoe staat zelfhulp ervoor in uw team? De vragenlijst uit het handboek (Bijlage 4). Eerst een nulmeting, later
          een vervolgmeting, zodat u kunt vergelijken.
        </Paragraph>
        <Paragraph>
          <AppLink to="/instelling">Terug naar Mijn instelling</AppLink>
        </Paragraph>
      </div>
      {!subject ? (
        <Paragraph>Log in om de vragenlijst van uw instelling in te vullen.</Paragraph>
      ) : rounds.status === 'error' ? (
        <ProblemAlert error={rounds.error} />
      ) : rounds.status !== 'success' || questions.status !== 'success' ? (
        <Loading />
      ) : (
        <>
          {error !== undefined && <ProblemAlert error={error} />}
          {canManage && (
            <ButtonGroup className="zhw-survey__manage">
              {open ? (
                <Button appearance="secondary-action-button" onClick={() => act(() => closeSurveyRound(open.id))}>
                  Ronde ‘{open.label}’ sluiten
                </Button>
              ) : (
                <Button
                  appearance="secondary-action-button"
                  onClick={() =>
                    act(() =>
                      hasBaseline
                        ? openSurveyRound('FOLLOW_UP', `Vervolgmeting ${new Date().toLocaleDateString('nl-NL')}`)
                        : openSurveyRound('BASELINE', `Nulmeting ${new Date().toLocaleDateString('nl-NL')}`),
                    )
                  }
                >
                  {hasBaseline ? 'Vervolgmeting starten' : 'Nulmeting starten'}
                </Button>
              )}
            </ButtonGroup>
          )}
          {!open ? (
            <NoRound canManage={canManage} />
          ) : sent || open.responded ? (
            <Alert type="ok">
              <Paragraph role="status">
                Dank u wel. Uw antwoorden voor ‘{open.label}’ zijn ontvangen. De ronde heeft nu{' '}
                {open.respondents + (sent && !open.responded ? 1 : 0)} antwoorden.
              </Paragraph>
            </Alert>
          ) : (
            <SurveyForm round={open} questions={questions.data.items} onSent={() => setSent(true)} />
          )}
        </>
      )}
    </>
  );
}

/** No round runs: say what that means and what to do, so the page is no dead end. */
function NoRound({ canManage }: { canManage: boolean }) {
  return (
    <>
      <Paragraph>Er loopt nu geen ronde. U kunt de vragenlijst alleen invullen als er een ronde loopt.</Paragraph>
      <Paragraph>
        {canManage
          ? 'Start hierboven een nulmeting of vervolgmeting. Laat uw collega’s daarna weten dat ze de vragenlijst kunnen invullen.'
          : 'De coördinator zelfhulp van uw instelling start een ronde. U hoort het als u de vragenlijst kunt invullen. Vragen? Kijk bij Mijn instelling wie uw contactpersonen zijn.'}
      </Paragraph>
      <Paragraph>
        <AppLink to="/instelling">Naar Mijn instelling</AppLink> · <AppLink to="/wat-kan-ik-doen">Wat kan ik nu doen?</AppLink>
      </Paragraph>
    </>
  );
}
