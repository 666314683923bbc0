import { createBrowserRouter } from 'react-router';

import { DemoDataPage } from '@/features/directory-admin/pages/demo-data-page';
import { GroupCreatePage } from '@/features/directory-admin/pages/group-create-page';
import { GroupEditPage } from '@/features/directory-admin/pages/group-edit-page';
import { ImportPage } from '@/features/directory-admin/pages/import-page';
import { MeetingEditPage } from '@/features/directory-admin/pages/meeting-edit-page';
import { OrganisationCreatePage } from '@/features/directory-admin/pages/organisation-create-page';
import { OrganisationEditPage } from '@/features/directory-admin/pages/organisation-edit-page';
import { OrganisationsAdminPage } from '@/features/directory-admin/pages/organisations-page';
import { ReportsPage } from '@/features/directory-admin/pages/reports-page';
import { VerificationQueuePage } from '@/features/directory-admin/pages/verification-queue-page';
import { MeetingPage } from '@/features/group-finder/pages/meeting-page';
import { MeetingsPage } from '@/features/group-finder/pages/meetings-page';
import { PrintPage } from '@/features/group-finder/pages/print-page';

import { AdviceRoute } from './routes/advice/advice';
import { OrganisationRoute } from './routes/directory/organisation';
import { OrganisationsRoute } from './routes/directory/organisations';
import { NotFoundRoute } from './routes/not-found';
import { PathwayGuideRoute } from './routes/pathways/guide';
import { PathwayEditorRoute } from './routes/pathways/editor';
import { InstitutionRoute } from './routes/pathways/institution';
import { SurveyRoute } from './routes/pathways/survey';
import { RootRoute } from './routes/root';
import { RouteError } from './routes/route-error';

export const routes = [
  {
    element: <RootRoute />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OrganisationsRoute /> },
          { path: 'organisaties', element: <OrganisationsRoute /> },
          { path: 'organisaties/:id', element: <OrganisationRoute /> },
          { path: 'wat-kan-ik-doen', element: <PathwayGuideRoute /> },
          { path: 'advies', element: <AdviceRoute /> },
          { path: 'instelling', element: <InstitutionRoute /> },
          { path: 'instelling/vragenlijst', element: <SurveyRoute /> },
          { path: 'zorgpaden/bewerken', element: <PathwayEditorRoute /> },
          { path: 'bijeenkomsten', element: <MeetingsPage /> },
          { path: 'bijeenkomsten/afdrukken', element: <PrintPage /> },
          { path: 'bijeenkomsten/:slug', element: <MeetingPage /> },
          { path: 'beheer/controleren', element: <VerificationQueuePage /> },
          { path: 'beheer/meldingen', element: <ReportsPage /> },
          { path: 'beheer/import', element: <ImportPage /> },
          { path: 'beheer/voorbeeldgegevens', element: <DemoDataPage /> },
          { path: 'beheer/groepen/nieuw', element: <GroupCreatePage /> },
          { path: 'beheer/groepen/:slug', element: <GroupEditPage /> },
          { path: 'beheer/bijeenkomsten/:slug', element: <MeetingEditPage /> },
          { path: 'beheer/organisaties', element: <OrganisationsAdminPage /> },
          { path: 'beheer/organisaties/nieuw', element: <OrganisationCreatePage /> },
          { path: 'beheer/organisaties/:id', element: <OrganisationEditPage /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
