import { createBrowserRouter } from 'react-router';

import { CoordinatorRoute } from './routes/directory/coordinator';
import { GroupRoute } from './routes/directory/group';
import { GroupsRoute } from './routes/directory/groups';
import { OrganisationRoute } from './routes/directory/organisation';
import { OrganisationsRoute } from './routes/directory/organisations';
import { NotFoundRoute } from './routes/not-found';
import { PathwayGuideRoute } from './routes/pathways/guide';
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
          { path: 'groepen', element: <GroupsRoute /> },
          { path: 'groepen/:slug', element: <GroupRoute /> },
          { path: 'beheer/sociale-kaart', element: <CoordinatorRoute /> },
          { path: 'wat-kan-ik-doen', element: <PathwayGuideRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
