import { z } from 'zod';

import type { AppDeps } from '../services/types';

export type JobHandler = (deps: AppDeps, payload: Record<string, unknown>) => Promise<void>;

/** An email built when it was enqueued; the payload holds no more than the message itself. */
export const emailJobPayload = z.object({
  to: z.email(),
  subject: z.string().min(1),
  text: z.string().min(1),
});
export type EmailJobPayload = z.infer<typeof emailJobPayload>;

export const EMAIL_JOB = 'email';

/** What each kind of job does. A kind with no handler fails and is retried like any other failure. */
export const jobHandlers: Record<string, JobHandler | undefined> = {
  [EMAIL_JOB]: async (deps, payload) => {
    await deps.mailer.send(emailJobPayload.parse(payload));
  },
};
