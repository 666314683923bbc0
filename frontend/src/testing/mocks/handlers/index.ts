import { adviceHandlers } from './advice';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { directoryHandlers } from './directory';
import { referralHandlers } from './referrals';

export const handlers = [...directoryHandlers, ...authHandlers, ...adviceHandlers, ...referralHandlers, ...auditHandlers];
