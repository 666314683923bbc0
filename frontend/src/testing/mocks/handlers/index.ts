import { adviceHandlers } from './advice';
import { authHandlers } from './auth';
import { directoryHandlers } from './directory';

export const handlers = [...directoryHandlers, ...authHandlers, ...adviceHandlers];
