/**
 * Throttling of failed sign-ins, per account and per IP address (ASVS V6.3). Counts failures in a
 * window; past a threshold further attempts wait. An account that keeps failing is locked until
 * an administrator clears it.
 */
export interface ThrottlePolicy {
  windowMinutes: number;
  /** Failures in the window before each further attempt must wait. */
  freeFailures: number;
  /** Wait after the first failure beyond the free ones; doubles each time, up to maxDelayMinutes. */
  baseDelaySeconds: number;
  maxDelayMinutes: number;
}

export const accountThrottle: ThrottlePolicy = {
  windowMinutes: 15,
  freeFailures: 5,
  baseDelaySeconds: 30,
  maxDelayMinutes: 15,
};
export const ipThrottle: ThrottlePolicy = {
  windowMinutes: 15,
  freeFailures: 30,
  baseDelaySeconds: 60,
  maxDelayMinutes: 15,
};
/** Consecutive failures (across windows, reset by a successful sign-in) that lock the account. */
export const LOCK_AFTER_FAILURES = 10;

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export function isBlocked(state: ThrottleState | undefined, now: Date): boolean {
  return !!state?.blockedUntil && state.blockedUntil > now;
}

/** The state after one more failure at `now`. */
export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy,
): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStartedAt.getTime() < policy.windowMinutes * 60_000;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  const over = failures - policy.freeFailures;
  if (over <= 0) return { failures, windowStartedAt, blockedUntil: null };
  const delayMs = Math.min(policy.baseDelaySeconds * 1000 * 2 ** (over - 1), policy.maxDelayMinutes * 60_000);
  return { failures, windowStartedAt, blockedUntil: new Date(now.getTime() + delayMs) };
}
