/** When a job's message may be sent: now, unless composed inside quiet hours, then when they end. */
import { applyQuietHours } from '../src/core/time/quiet-hours.ts';
import type { JobDeps, JobSlot } from './types.ts';

export function notBeforeFor(deps: Pick<JobDeps, 'quietHours'>, now: Date): Date {
  return applyQuietHours(now, deps.quietHours);
}

/** how long a digest composed into quiet hours may still go after they end, when that is past its slot */
const AFTER_QUIET_HOURS_MS = 60 * 60_000;

/**
 * After this a queued digest is dropped (EnqueueInput.expiresAt): its slot's relevance, as the
 * scheduler judges a missed slot, or an hour after it may first be sent when that is later.
 */
export function digestExpiresAt(slot: Pick<JobSlot, 'relevantUntil'>, notBefore: Date): Date {
  return new Date(Math.max(slot.relevantUntil.getTime(), notBefore.getTime() + AFTER_QUIET_HOURS_MS));
}
