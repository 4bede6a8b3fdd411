import { router } from '../trpc/init';
import { adminRouter, platformRouter } from './admin';
import { sessionRouter } from './session';

export const appRouter = router({
  session: sessionRouter,
  admin: adminRouter,
  platform: platformRouter,
});

export type AppRouter = typeof appRouter;
