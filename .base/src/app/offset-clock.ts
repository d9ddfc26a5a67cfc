import type { Clock } from '../core/time/clock.ts';

/**
 * Real time shifted by an offset. The sandbox's clock control moves it forward so digests and
 * nudges can be watched without waiting; with a real token the offset stays 0.
 */
export class OffsetClock implements Clock {
  private offsetMs: number;
  /** `startAt` lets the sandbox begin at a plan's own dates instead of today. */
  constructor(
    private readonly realNow: () => number = Date.now,
    startAt?: Date,
  ) {
    this.offsetMs = startAt ? startAt.getTime() - realNow() : 0;
  }
  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }
  set(instant: number | Date): void {
    const target = typeof instant === 'number' ? instant : instant.getTime();
    // Time only moves forward: going back would re-open slots that were already sent.
    this.offsetMs = Math.max(this.offsetMs, target - this.realNow());
  }
  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }
}

/** The wall clock, for entry points, benchmarks and tests that run in real time. */
export const systemClock: Clock = { now: () => new Date() };
