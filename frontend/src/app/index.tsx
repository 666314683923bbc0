import { RouterProvider } from 'react-router/dom';

import { AppProvider } from './provider';
import { createAppRouter } from './router';

const router = createAppRouter();

export function App() {
  return (
    <AppProvider onSignedIn={(returnTo) => void router.navigate(returnTo, { replace: true })}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
