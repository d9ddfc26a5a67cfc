/**
 * Sliding-window limiter: at most `limit` events per `windowMs` per key, plus explicit pauses
 * (a 429's retry_after). Pure bookkeeping over instants passed in, so tests are deterministic.
 */
export interface SlidingWindowLimiter {
  /** The earliest instant (ms) at which `key` may have one more event; ≤ now means now. */
  nextAllowedAt(key: string, now: number): number;
  record(key: string, now: number): void;
  pause(key: string, until: number): void;
  /** Forgets keys with no event in the window and no pause, so memory stays bounded. */
  sweep(now: number): void;
}

export function createSlidingWindowLimiter(limit: number, windowMs: number): SlidingWindowLimiter {
  if (limit < 1) throw new Error('limit must be at least 1');
  const events = new Map<string, number[]>();
  const pauses = new Map<string, number>();

  function recent(key: string, now: number): number[] {
    const list = events.get(key);
    if (!list) return [];
    while (list.length > 0 && list[0]! <= now - windowMs) list.shift();
    return list;
  }

  return {
    nextAllowedAt(key, now) {
      const list = recent(key, now);
      const windowFree = list.length < limit ? now : list[list.length - limit]! + windowMs;
      return Math.max(windowFree, pauses.get(key) ?? now);
    },
    record(key, now) {
      const list = events.get(key);
      if (list) list.push(now);
      else events.set(key, [now]);
    },
    pause(key, until) {
      pauses.set(key, Math.max(until, pauses.get(key) ?? 0));
    },
    sweep(now) {
      for (const key of events.keys()) if (recent(key, now).length === 0) events.delete(key);
      for (const [key, until] of pauses) if (until <= now) pauses.delete(key);
    },
  };
}
