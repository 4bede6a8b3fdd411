import { router } from '../trpc/init';
import { adminRouter, platformRouter } from './admin';
import { adviceLinkRouter } from './advice-link';
import { caseworkRouter } from './casework';
import { notificationsRouter } from './notifications';
import { referenceRouter } from './reference';
import { requestsRouter } from './requests';
import { sessionRouter } from './session';

export const appRouter = router({
  session: sessionRouter,
  admin: adminRouter,
  platform: platformRouter,
  reference: referenceRouter,
  requests: requestsRouter,
  casework: caseworkRouter,
  adviceLink: adviceLinkRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
