import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';

import { Loading } from '@/components/ui/loading';

import { OrganisationRoute } from './routes/directory/organisation';
import { OrganisationsRoute } from './routes/directory/organisations';
import { NotFoundRoute } from './routes/not-found';
import { RootRoute } from './routes/root';
import { RouteError } from './routes/route-error';

/**
 * A page whose code loads on its first visit, so the first page does not wait for the map library, the coordinator
 * screens or the pathway editor. Opened directly, the frame (header, menu) shows with a loading message while that
 * code loads, instead of a blank screen.
 */
function onFirstVisit<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  return { lazy: () => load().then((module) => ({ Component: module[name] })), HydrateFallback: PageLoading };
}

function PageLoading() {
  return <Loading>De pagina wordt geladen…</Loading>;
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
          { path: 'instelling', ...onFirstVisit(() => import('./routes/implementation/institution'), 'InstitutionRoute') },
          { path: 'instelling/vragenlijst', ...onFirstVisit(() => import('./routes/implementation/survey'), 'SurveyRoute') },
          {
            path: 'zorgpaden/bewerken',
            ...onFirstVisit(() => import('./routes/pathways/editor'), 'PathwayEditorRoute'),
          },
          {
            path: 'bijeenkomsten',
            ...onFirstVisit(() => import('./routes/directory/meetings'), 'MeetingsRoute'),
          },
          {
            path: 'bijeenkomsten/afdrukken',
            ...onFirstVisit(() => import('./routes/directory/meetings-print'), 'MeetingsPrintRoute'),
          },
          {
            path: 'bijeenkomsten/:slug',
            ...onFirstVisit(() => import('./routes/directory/meeting'), 'MeetingRoute'),
          },
          { path: 'groepen/:slug', ...onFirstVisit(() => import('./routes/directory/group'), 'GroupRoute') },
          {
            path: 'beheer/controleren',
            ...onFirstVisit(
              () => import('./routes/directory/admin/verification-queue'),
              'VerificationQueueRoute',
            ),
          },
          {
            path: 'beheer/meldingen',
            ...onFirstVisit(() => import('./routes/directory/admin/reports'), 'ReportsRoute'),
          },
          {
            path: 'beheer/import',
            ...onFirstVisit(() => import('./routes/directory/admin/import'), 'ImportRoute'),
          },
          {
            path: 'beheer/voorbeeldgegevens',
            ...onFirstVisit(() => import('./routes/directory/admin/demo-data'), 'DemoDataRoute'),
          },
          {
            path: 'beheer/groepen',
            ...onFirstVisit(() => import('./routes/directory/admin/groups'), 'GroupsAdminRoute'),
          },
          {
            path: 'beheer/groepen/nieuw',
            ...onFirstVisit(() => import('./routes/directory/admin/group-create'), 'GroupCreateRoute'),
          },
          {
            path: 'beheer/groepen/:slug',
            ...onFirstVisit(() => import('./routes/directory/admin/group-edit'), 'GroupEditRoute'),
          },
          {
            path: 'beheer/bijeenkomsten/:slug',
            ...onFirstVisit(() => import('./routes/directory/admin/meeting-edit'), 'MeetingEditRoute'),
          },
          {
            path: 'beheer/organisaties',
            ...onFirstVisit(
              () => import('./routes/directory/admin/organisations'),
              'OrganisationsAdminRoute',
            ),
          },
          {
            path: 'beheer/organisaties/nieuw',
            ...onFirstVisit(
              () => import('./routes/directory/admin/organisation-create'),
              'OrganisationCreateRoute',
            ),
          },
          {
            path: 'beheer/organisaties/:id',
            ...onFirstVisit(
              () => import('./routes/directory/admin/organisation-edit'),
              'OrganisationEditRoute',
            ),
          },
          { path: 'verwijzingen', ...onFirstVisit(() => import('./routes/referrals/worklist'), 'WorklistRoute') },
          {
            path: 'verwijzingen/nieuw',
            ...onFirstVisit(() => import('./routes/referrals/new-referral'), 'NewReferralRoute'),
          },
          { path: 'verwijzingen/:id', ...onFirstVisit(() => import('./routes/referrals/referral'), 'ReferralRoute') },
          { path: 'check-in/:token', ...onFirstVisit(() => import('./routes/referrals/check-in'), 'CheckinRoute') },
          { path: 'beheer/koppelingen', ...onFirstVisit(() => import('./routes/referrals/epd-link'), 'EpdLinkRoute') },
          { path: 'logboek', ...onFirstVisit(() => import('./routes/audit/audit'), 'AuditRoute') },
          { path: 'folder', ...onFirstVisit(() => import('./routes/sheets/folder'), 'FolderRoute') },
          { path: 'rapportages', ...onFirstVisit(() => import('./routes/reports/reports'), 'ReportsPageRoute') },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
