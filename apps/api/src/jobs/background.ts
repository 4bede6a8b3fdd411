import { scanEveryLa } from '../services/notifications';
import type { AppDeps } from '../services/types';
import { runDueJobs } from './queue';

export interface BackgroundOptions {
  intervalSeconds?: number;
  /** Jobs taken per tick; the rest wait for the next one. */
  jobLimit?: number;
}

/**
 * Every interval: the notification scan for each onboarded LA, then the due jobs (emails). Runs
 * in this process, from PostgreSQL tables only, so no other service is needed. A tick never
 * overlaps the one before. Returns a stop function that waits for a tick in progress.
 */
export function startBackgroundWork(deps: AppDeps, options: BackgroundOptions = {}): () => Promise<void> {
  const intervalMs = (options.intervalSeconds ?? 60) * 1000;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    try {
      await scanEveryLa(deps, deps.now());
      await runDueJobs(deps, { limit: options.jobLimit ?? 50 });
    } catch (error) {
      deps.logger.error({ event: 'background.failed', err: error }, 'background work failed');
    }
  };
  const startTick = () => {
    if (stopped || running) return;
    running = tick().finally(() => {
      running = null;
    });
  };

  // The timer must not keep the process alive on its own: shutdown closes the server and exits.
  const timer = setInterval(startTick, intervalMs);
  timer.unref();
  const first = setTimeout(startTick, 0);
  first.unref();

  return async () => {
    stopped = true;
    clearInterval(timer);
    clearTimeout(first);
    await running;
  };
}
