/** When a job's message may be sent: now, unless composed inside quiet hours, then when they end. */
import { applyQuietHours } from '../src/core/time/quiet-hours.ts';
import type { JobDeps } from './types.ts';

export function notBeforeFor(deps: Pick<JobDeps, 'quietHours'>, now: Date): Date {
  return applyQuietHours(now, deps.quietHours);
}
