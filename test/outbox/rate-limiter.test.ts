import { describe, expect, it } from 'vitest';
import { createSlidingWindowLimiter } from '../../src/outbox/rate-limiter.ts';
import { backoffDelayMs } from '../../src/outbox/retry-policy.ts';

describe('sliding window limiter', () => {
  it('allows `limit` events per window and then the instant the oldest leaves it', () => {
    const limiter = createSlidingWindowLimiter(3, 1_000);
    for (const t of [0, 100, 200]) {
      expect(limiter.nextAllowedAt('a', t)).toBe(t);
      limiter.record('a', t);
    }
    expect(limiter.nextAllowedAt('a', 300)).toBe(1_000);
    expect(limiter.nextAllowedAt('b', 300)).toBe(300);
    expect(limiter.nextAllowedAt('a', 1_000)).toBe(1_000);
    limiter.record('a', 1_000);
    expect(limiter.nextAllowedAt('a', 1_000)).toBe(1_100);
  });

  it('holds a paused key until the pause ends, and forgets idle keys', () => {
    const limiter = createSlidingWindowLimiter(20, 60_000);
    limiter.pause('chat', 17_000);
    expect(limiter.nextAllowedAt('chat', 0)).toBe(17_000);
    expect(limiter.nextAllowedAt('chat', 17_000)).toBe(17_000);
    limiter.record('chat', 17_000);
    limiter.sweep(100_000);
    expect(limiter.nextAllowedAt('chat', 100_000)).toBe(100_000);
  });
});

describe('backoff', () => {
  it('doubles from 2 s and stops growing at 5 minutes', () => {
    expect([1, 2, 3, 4, 8, 9, 20].map((n) => backoffDelayMs(n))).toEqual([2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
  });
});
