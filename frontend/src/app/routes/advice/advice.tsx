import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink } from '@/components/ui/router-link';
import { createAdvice, type AdviceResponse, type CandidateAdvice } from '@/features/advice/api/create-advice';
import { AdviceResult } from '@/features/advice/components/advice-result';
import { AdviceWizard } from '@/features/advice/components/advice-wizard';
import { PrintSheet } from '@/features/advice/components/print-sheet';
import { EMPTY_ANSWERS, toRequest, type WizardAnswers } from '@/features/advice/utils/profile';
import '@/features/advice/advice.css';
import type { ReferralPrefill } from '@/features/referrals/types';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useHasRole } from '@/hooks/use-has-role';

type State =
  | { status: 'asking' }
  | { status: 'loading' }
  | { status: 'done'; advice: AdviceResponse }
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
  const [answers, setAnswers] = useState<WizardAnswers>(EMPTY_ANSWERS);
  const [state, setState] = useState<State>({ status: 'asking' });
  const resultRef = useRef<HTMLHeadingElement>(null);
  const canRefer = useHasRole('medewerker');
  useDocumentTitle(state.status === 'done' ? 'Advies: welke groep past?' : 'Welke groep past?');

  const ask = async () => {
    setState({ status: 'loading' });
    try {
      const advice = await createAdvice(toRequest(answers));
      setState({ status: 'done', advice });
      window.setTimeout(() => resultRef.current?.focus(), 0);
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

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
            <AdviceWizard answers={answers} onChange={setAnswers} onDone={() => void ask()} />
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
              <Button appearance="secondary-action-button" onClick={() => setState({ status: 'asking' })}>
                Antwoorden aanpassen
              </Button>
              <Button appearance="subtle-button" onClick={() => { setAnswers(EMPTY_ANSWERS); setState({ status: 'asking' }); }}>
                Opnieuw beginnen
              </Button>
            </ButtonGroup>
            <AdviceResult advice={state.advice}
              actions={canRefer ? (candidate) => <ReferButton advice={state.advice} candidate={candidate} /> : undefined} />
          </>
        )}
      </div>
      {state.status === 'done' && (
        <PrintSheet advice={state.advice} easyRead={answers.relation === 'PERSON' && answers.mildIntellectualDisability} />
      )}
    </>
  );
}
