import { setupServer } from 'msw/node';

import { handlers } from './handlers';

/** MSW in Node (Vitest): intercepts the API calls of the components under test. */
export const server = setupServer(...handlers);
