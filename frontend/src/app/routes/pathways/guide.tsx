import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { rolesFromAccessToken } from '@/lib/roles';
import { MakelaarNote } from '@/features/implementation/components/makelaar-note';
import { usePathways } from '@/features/pathways/api/get-pathways';
import { GuideForm } from '@/features/pathways/components/guide-form';
import { PathwayGuide } from '@/features/pathways/components/pathway-guide';
import { PHASE_LABELS } from '@/features/pathways/labels';
import { choiceFromSearchParams, choiceToSearchParams } from '@/features/pathways/utils/guide-params';
import { folderPagePath } from '@/features/sheets/utils/sheet-links';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** "Groep vinden" with the groups for family members and friends, on every day. */
const FAMILY_GROUPS = '/bijeenkomsten?audience=RELATIVE&day=all';

/** "Wat kan ik nu doen?": pick a phase (and route) and see the steps, with a checklist for this conversation. */
export function PathwayGuideRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const choice = choiceFromSearchParams(searchParams);
  const canonical = choiceToSearchParams(choice).toString();
  const result = usePathways(choice);
  const auth = useAuth();
  const isCoordinator = rolesFromAccessToken(auth.user?.access_token).includes('coordinator');
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;

  useDocumentTitle(choice.phase ? `Wat kan ik nu doen? ${PHASE_LABELS[choice.phase]}` : 'Wat kan ik nu doen?');

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Wat kan ik nu doen?
        </Heading>
        <Paragraph appearance="lead">
          Kies de fase van de behandeling. U ziet dan wat u over zelfhulp kunt doen: voorlichting geven, verwijzen of
          zelfhulp in de behandeling opnemen. Elke stap noemt de bron.
        </Paragraph>
      </div>

      <div className="zhw-guide-layout">
        <div className="zhw-guide-layout__form zhw-panel">
          <Heading level={2} className="zhw-panel__title">
            Uw keuze
          </Heading>
          <GuideForm key={canonical} choice={choice} onChoose={(next) => setSearchParams(choiceToSearchParams(next))} />
          {isCoordinator && (
            <Paragraph className="zhw-no-print">
              <AppLink to="/zorgpaden/bewerken">Zorgpaden bewerken</AppLink>
            </Paragraph>
          )}
        </div>

        <div className="zhw-guide-layout__result">
          {!choice.phase ? (
            <Paragraph>Kies links een fase en klik op ‘Toon wat u kunt doen’.</Paragraph>
          ) : result.status === 'success' ? (
            <PathwayGuide
              key={canonical}
              result={result.data}
              phase={choice.phase}
              stepLink={(pathway, step) => (
                <AppLink to={folderPagePath({ kind: 'werkblad', pathway, step })}>Werkblad bij deze stap afdrukken</AppLink>
              )}
            />
          ) : result.status === 'error' ? (
            <ProblemAlert error={result.error} />
          ) : (
            <Loading>De stappen worden opgehaald…</Loading>
          )}
          {/* The steps often say "via de makelaar": name them, or say how to find one. */}
          {choice.phase && <MakelaarNote subject={subject} />}
          {/* The guide leads on, never to a dead end: staff to the advice (it needs a staff login) and the finder; a
              relative or client without an account to the finder and the groups for family and friends. */}
          {auth.isAuthenticated ? (
            <nav aria-label="Verder met de cliënt" className="zhw-guide-next zhw-no-print">
              <Heading level={2}>Verder met de cliënt</Heading>
              <Paragraph>
                <AppLink to="/advies">Welke groep past? Maak een advies</AppLink> of{' '}
                <AppLink to="/bijeenkomsten">zoek een groep in de buurt (Groep vinden)</AppLink>.
              </Paragraph>
            </nav>
          ) : (
            <nav aria-label="Verder" className="zhw-guide-next zhw-no-print">
              <Heading level={2}>Verder</Heading>
              <Paragraph>
                <AppLink to="/bijeenkomsten">Zoek een groep in de buurt (Groep vinden)</AppLink> of kijk bij de{' '}
                <AppLink to={FAMILY_GROUPS}>groepen voor familie en naasten</AppLink>.
              </Paragraph>
            </nav>
          )}
        </div>
      </div>
    </>
  );
}
