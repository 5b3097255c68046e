/**
 * Sign-in back-off, per (username, source address). Pure: the caller passes the stored state and the
 * time. The first `FREE_FAILURES` failures cost nothing; each failure from then on locks that name for
 * that source for `FIRST_LOCK_MINUTES`, doubling with every further failure up to `MAX_LOCK_MINUTES`.
 * A quiet day (`FORGET_AFTER_HOURS` without a failure) starts the count again.
 */

export const FREE_FAILURES = 4;
export const FIRST_LOCK_MINUTES = 1;
export const MAX_LOCK_MINUTES = 60;
export const FORGET_AFTER_HOURS = 24;

export interface TThrottleState {
  failures: number;
  lastFailedAt: Date;
  lockedUntil: Date | null;
}

/** Minutes of lock after the n-th consecutive failure (0 while n is within the free failures). */
export function lockMinutesAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MINUTES, FIRST_LOCK_MINUTES * 2 ** Math.min(failures - FREE_FAILURES - 1, 30));
}

/** The state still counts (null: forgotten, as if there were none). */
export function activeThrottle(state: TThrottleState | null | undefined, now: Date): TThrottleState | null {
  if (!state) return null;
  if (now.getTime() - state.lastFailedAt.getTime() >= FORGET_AFTER_HOURS * 3_600_000 && (!state.lockedUntil || state.lockedUntil <= now)) return null;
  return state;
}

/** Whole minutes left on a lock (at least 1), or 0 when the name may try now. */
export function lockedMinutesLeft(state: TThrottleState | null | undefined, now: Date): number {
  const active = activeThrottle(state, now);
  if (!active?.lockedUntil || active.lockedUntil <= now) return 0;
  return Math.max(1, Math.ceil((active.lockedUntil.getTime() - now.getTime()) / 60_000));
}

/** The state after one more failure at `now`. */
export function afterFailure(state: TThrottleState | null | undefined, now: Date): TThrottleState {
  const failures = (activeThrottle(state, now)?.failures ?? 0) + 1;
  const minutes = lockMinutesAfter(failures);
  return { failures, lastFailedAt: now, lockedUntil: minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : null };
}
