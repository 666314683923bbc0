import '@/features/implementation/components/implementation.css';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { rolesFromAccessToken } from '@/lib/roles';
import { useInstitution } from '@/features/implementation/api/institution';
import { CooperationSummary } from '@/features/implementation/components/cooperation-summary';
import { PlanTracker } from '@/features/implementation/components/plan-tracker';
import { SelfAssessmentSummary } from '@/features/implementation/components/self-assessment-summary';
import { SurveyChart } from '@/features/implementation/components/survey-chart';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { SigninState } from '@/lib/auth';

/**
 * "Mijn instelling": a care worker sees the local contacts (makelaar, contact persons, stands and rooms);
 * coordinators and beheerders also the implementation plan, the self-assessment and the survey results.
 */
export function InstitutionRoute() {
  const auth = useAuth();
  const location = useLocation();
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;
  const roles = rolesFromAccessToken(auth.user?.access_token);
  const canEdit = roles.includes('coordinator') || roles.includes('beheerder');
  const { plan, advices, survey, cooperation } = useInstitution(subject, 0, canEdit);

  useDocumentTitle('Mijn instelling');

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Mijn instelling
        </Heading>
        <Paragraph appearance="lead">
          {canEdit
            ? 'Hoe ver is uw instelling met zelfhulp? Het stappenplan, de zelfbeoordeling en de uitkomsten van de vragenlijst. U ziet alleen de gegevens van uw eigen instelling.'
            : 'Met wie werkt u samen als u een cliënt naar zelfhulp verwijst? De makelaar, de contactpersonen en de folderstands en ruimtes van uw instelling.'}
        </Paragraph>
      </div>

      {!subject ? (
        auth.isLoading ? (
          <Loading />
        ) : (
          <div className="zhw-panel">
            <Paragraph>Log in om de gegevens van uw instelling te zien.</Paragraph>
            <Button
              appearance="primary-action-button"
              onClick={() => void auth.signinRedirect({ state: { returnTo: location.pathname } satisfies SigninState })}
            >
              Inloggen
            </Button>
          </div>
        )
      ) : (
        <div className="zhw-dashboard">
          {/* A care worker needs the local contacts (makelaar, groups); the plan is the coordinator's work. */}
          {!canEdit && <CareWorkerView cooperation={cooperation} />}
          {!canEdit ? null : plan.status === 'success' ? (
            <>
              {plan.data.institution && (
                <Paragraph className="zhw-dashboard__institution">Instelling: {plan.data.institution}</Paragraph>
              )}
              <PlanTracker plan={plan.data} canEdit={canEdit} />
            </>
          ) : plan.status === 'error' ? (
            <ProblemAlert error={plan.error} />
          ) : (
            <Loading>Het stappenplan wordt opgehaald…</Loading>
          )}
          {advices.status === 'success' && <SelfAssessmentSummary assessment={advices.data} canEdit={canEdit} />}
          {survey.status === 'success' && <SurveyChart results={survey.data} />}
          {canEdit && cooperation.status === 'success' && <CooperationSummary {...cooperation.data} />}
        </div>
      )}
    </>
  );
}

function CareWorkerView({ cooperation }: { cooperation: ReturnType<typeof useInstitution>['cooperation'] }) {
  return (
    <>
      {cooperation.status === 'success' ? (
        <CooperationSummary {...cooperation.data} />
      ) : cooperation.status === 'error' ? (
        <ProblemAlert error={cooperation.error} />
      ) : (
        <Loading>De contactpersonen worden opgehaald…</Loading>
      )}
      <nav aria-label="Verder" className="zhw-dashboard__section">
        <Paragraph>
          <AppLink to="/advies">Welke groep past? Maak een advies</AppLink> ·{' '}
          <AppLink to="/bijeenkomsten">Groep vinden</AppLink> ·{' '}
          <AppLink to="/instelling/vragenlijst">Vragenlijst over zelfhulp invullen</AppLink>
        </Paragraph>
      </nav>
    </>
  );
}
