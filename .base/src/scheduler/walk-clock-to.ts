/**
 * The sandbox's clock buttons ("+1 giờ", "+1 ngày", "Sáng mai 07:30") move time as if it had passed:
 * the clock stops at each slot due on the way and the scheduler ticks there, so the nudges, duties and
 * digests in between run in order, on time, instead of being skipped as missed (the rule after real
 * downtime, which stays the scheduler's own).
 */
import type { Scheduler } from './create-scheduler.ts';

export interface MovableClock {
  now(): Date;
  /** moves the clock forward to the instant (never back) */
  set(instant: Date): void;
}

/** A walk longer than this jumps the rest, as a real outage would (the scheduler looks back a week). */
const MAX_STOPS = 500;

/**
 * `afterStop`: runs at each stop, before the clock moves on — the sandbox sends the outbox there, so a
 * message is delivered at the time it was worded for (a 16:30 digest at 16:30, not the next morning
 * saying "còn 1 ngày" of a deadline that is today by then).
 */
export async function walkClockTo(
  scheduler: Pick<Scheduler, 'nextSlotAt' | 'tick'>,
  clock: MovableClock,
  target: Date,
  options: { afterStop?: () => Promise<void> } = {},
): Promise<number> {
  let stops = 0;
  while (stops < MAX_STOPS) {
    const next = await scheduler.nextSlotAt(clock.now(), target);
    if (!next) break;
    clock.set(next);
    await scheduler.tick(clock.now());
    await options.afterStop?.();
    stops++;
  }
  clock.set(target);
  await scheduler.tick(clock.now());
  return stops;
}
