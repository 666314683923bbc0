import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink } from '@/components/ui/router-link';
import { createAdvice, type AdviceResponse, type CandidateAdvice } from '@/features/advice/api/create-advice';
import { AdviceResult } from '@/features/advice/components/advice-result';
import { AdviceWizard } from '@/features/advice/components/advice-wizard';
import { PrintSheet } from '@/features/advice/components/print-sheet';
import { toRequest } from '@/features/advice/utils/profile';
import { defaultSheetChoice } from '@/features/advice/utils/sheet-choice';
import { EMPTY_WIZARD, loadWizard, saveWizard } from '@/features/advice/utils/wizard-state';
import '@/features/advice/advice.css';
import type { ReferralPrefill } from '@/features/referrals/types';
import { FolderChoiceField } from '@/features/sheets/components/folder-choice';
import '@/features/sheets/sheets.css';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useHasRole } from '@/hooks/use-has-role';

type State =
  | { status: 'asking' }
  | { status: 'loading' }
  | { status: 'done'; advice: AdviceResponse; chosen: string[] }
  | { status: 'error'; error: unknown };

/** The referral form's start from one organisation of the advice: target, level, route and the advice as a snapshot. */
export function referralPrefill(advice: AdviceResponse, candidate: CandidateAdvice): ReferralPrefill {
  return {
    organisationId: candidate.organisationId,
    organisationName: candidate.name,
    groupSlug: candidate.groupId,
    level: advice.level.level,
    route: candidate.route?.route,
    adviceSnapshot: {
      catalogueVersion: advice.catalogueVersion,
      verdict: candidate.verdict,
      reasons: candidate.reasons.map((r) => r.text),
      cautions: candidate.cautions.map((r) => r.text),
    },
  };
}

function ReferButton({ advice, candidate }: { advice: AdviceResponse; candidate: CandidateAdvice }) {
  return (
    <AppButtonLink to="/verwijzingen/nieuw" state={{ prefill: referralPrefill(advice, candidate) }}
      appearance="primary-action-button" aria-label={`Verwijs naar ${candidate.name}`}>
      Verwijs
    </AppButtonLink>
  );
}

/** "Welke groep past?": the wizard, then the advice with reasons and sources, and a sheet to print. */
export function AdviceRoute() {
  const auth = useAuth();
  // Answers, step and "advice shown" survive Back and reload in this tab only (sessionStorage, never the server).
  const [wizard, setWizard] = useState(loadWizard);
  const { answers } = wizard;
  const [state, setState] = useState<State>({ status: 'asking' });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const canRefer = useHasRole('medewerker');
  useDocumentTitle(state.status === 'done' ? 'Advies: welke groep past?' : 'Welke groep past?');
  useEffect(() => saveWizard(wizard), [wizard]);

  const ask = async (focus = true) => {
    setState({ status: 'loading' });
    setWizard((w) => ({ ...w, showResult: true }));
    try {
      const advice = await createAdvice(toRequest(answers));
      setState({ status: 'done', advice, chosen: defaultSheetChoice(advice) });
      if (focus) window.setTimeout(() => resultRef.current?.focus(), 0);
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  const backToQuestions = () => {
    setWizard((w) => ({ ...w, showResult: false }));
    setState({ status: 'asking' });
  };

  // Coming back (Back button, reload) to an advice that was shown: make it again from the kept answers.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !auth.isAuthenticated || !wizard.showResult) return;
    restored.current = true;
    void ask(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the user is known
  }, [auth.isAuthenticated]);

  return (
    <>
      <div className="zhw-advice-screen">
        <div className="zhw-intro">
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Welke groep past?
          </Heading>
          <Paragraph appearance="lead">
            Beantwoord een paar korte vragen over de situatie. U krijgt een advies: welke zelfhulpgroep past, waarom,
            en waar u op moet letten. Er wordt niets opgeslagen.
          </Paragraph>
        </div>

        {!auth.isAuthenticated ? (
          <Alert type="info">
            <Paragraph>Log in als medewerker of coördinator om een advies te maken.</Paragraph>
          </Alert>
        ) : state.status === 'asking' || state.status === 'error' ? (
          <>
            {state.status === 'error' && <ProblemAlert error={state.error} />}
            <AdviceWizard
              answers={answers}
              onChange={(next) => setWizard((w) => ({ ...w, answers: next }))}
              index={wizard.step}
              onIndexChange={(step) => setWizard((w) => ({ ...w, step }))}
              onDone={() => void ask()}
            />
          </>
        ) : state.status === 'loading' ? (
          <Loading>Het advies wordt gemaakt…</Loading>
        ) : (
          <>
            <Heading level={2} ref={resultRef} tabIndex={-1} className="zhw-advice-result-title">
              Het advies
            </Heading>
            <ButtonGroup className="zhw-advice-toolbar">
              <Button appearance="primary-action-button" onClick={() => window.print()}>
                Afdrukken voor de cliënt
              </Button>
              <Button appearance="secondary-action-button" onClick={backToQuestions}>
                Antwoorden aanpassen
              </Button>
              <Button appearance="subtle-button" onClick={() => { setWizard(EMPTY_WIZARD); setState({ status: 'asking' }); }}>
                Opnieuw beginnen
              </Button>
            </ButtonGroup>
            <AdviceResult
              advice={state.advice}
              sheet={{
                chosen: state.chosen,
                onToggle: (key, on) =>
                  setState({ ...state, chosen: on ? [...state.chosen, key] : state.chosen.filter((k) => k !== key) }),
              }}
              actions={(candidate) => (
                <>
                  <FolderChoiceField target={{ organisationId: candidate.organisationId, groupSlug: candidate.groupId }}
                    name={candidate.name} />
                  {canRefer && <ReferButton advice={state.advice} candidate={candidate} />}
                </>
              )}
            />
          </>
        )}
      </div>
      {state.status === 'done' && (
        <PrintSheet
          advice={state.advice}
          chosen={state.chosen}
          easyRead={answers.relation === 'PERSON' && answers.mildIntellectualDisability}
        />
      )}
    </>
  );
}
