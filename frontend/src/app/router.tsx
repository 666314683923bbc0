import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';

import { OrganisationRoute } from './routes/directory/organisation';
import { OrganisationsRoute } from './routes/directory/organisations';
import { NotFoundRoute } from './routes/not-found';
import { RootRoute } from './routes/root';
import { RouteError } from './routes/route-error';

/**
 * A page whose code loads on its first visit, so the first page does not wait for the map library, the coordinator
 * screens or the pathway editor.
 */
function onFirstVisit<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return { lazy: () => load().then((module) => ({ Component: module[name] })) };
}

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
          { path: 'wat-kan-ik-doen', ...onFirstVisit(() => import('./routes/pathways/guide'), 'PathwayGuideRoute') },
          { path: 'advies', ...onFirstVisit(() => import('./routes/advice/advice'), 'AdviceRoute') },
          { path: 'instelling', ...onFirstVisit(() => import('./routes/pathways/institution'), 'InstitutionRoute') },
          { path: 'instelling/vragenlijst', ...onFirstVisit(() => import('./routes/pathways/survey'), 'SurveyRoute') },
          {
            path: 'zorgpaden/bewerken',
            ...onFirstVisit(() => import('./routes/pathways/editor'), 'PathwayEditorRoute'),
          },
          {
            path: 'bijeenkomsten',
            ...onFirstVisit(() => import('@/features/group-finder/pages/meetings-page'), 'MeetingsPage'),
          },
          {
            path: 'bijeenkomsten/afdrukken',
            ...onFirstVisit(() => import('@/features/group-finder/pages/print-page'), 'PrintPage'),
          },
          {
            path: 'bijeenkomsten/:slug',
            ...onFirstVisit(() => import('@/features/group-finder/pages/meeting-page'), 'MeetingPage'),
          },
          {
            path: 'beheer/controleren',
            ...onFirstVisit(
              () => import('@/features/directory-admin/pages/verification-queue-page'),
              'VerificationQueuePage',
            ),
          },
          {
            path: 'beheer/meldingen',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/reports-page'), 'ReportsPage'),
          },
          {
            path: 'beheer/import',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/import-page'), 'ImportPage'),
          },
          {
            path: 'beheer/voorbeeldgegevens',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/demo-data-page'), 'DemoDataPage'),
          },
          {
            path: 'beheer/groepen/nieuw',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/group-create-page'), 'GroupCreatePage'),
          },
          {
            path: 'beheer/groepen/:slug',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/group-edit-page'), 'GroupEditPage'),
          },
          {
            path: 'beheer/bijeenkomsten/:slug',
            ...onFirstVisit(() => import('@/features/directory-admin/pages/meeting-edit-page'), 'MeetingEditPage'),
          },
          {
            path: 'beheer/organisaties',
            ...onFirstVisit(
              () => import('@/features/directory-admin/pages/organisations-page'),
              'OrganisationsAdminPage',
            ),
          },
          {
            path: 'beheer/organisaties/nieuw',
            ...onFirstVisit(
              () => import('@/features/directory-admin/pages/organisation-create-page'),
              'OrganisationCreatePage',
            ),
          },
          {
            path: 'beheer/organisaties/:id',
            ...onFirstVisit(
              () => import('@/features/directory-admin/pages/organisation-edit-page'),
              'OrganisationEditPage',
            ),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
