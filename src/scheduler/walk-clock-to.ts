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

export async function walkClockTo(scheduler: Pick<Scheduler, 'nextSlotAt' | 'tick'>, clock: MovableClock, target: Date): Promise<number> {
  let stops = 0;
  while (stops < MAX_STOPS) {
    const next = await scheduler.nextSlotAt(clock.now(), target);
    if (!next) break;
    clock.set(next);
    await scheduler.tick(clock.now());
    stops++;
  }
  clock.set(target);
  await scheduler.tick(clock.now());
  return stops;
}
