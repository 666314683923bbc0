import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { userManager } from '@/lib/auth';

/** Renders routes in a memory router at `path` (with the real, logged-out AuthProvider). */
export function renderRoutes(routes: RouteObject[], path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AuthProvider userManager={userManager}>
      <RouterProvider router={router} />
    </AuthProvider>,
  );
  return { ...result, router };
}

/** Renders one element inside a router (for components that use links). */
export function renderWithRouter(ui: ReactElement, path = '/') {
  return renderRoutes([{ path: '*', element: ui }], path);
}
