import { authHandlers } from './auth';
import { directoryHandlers } from './directory';
import { groupHandlers } from './groups';

export const handlers = [...directoryHandlers, ...groupHandlers, ...authHandlers];
