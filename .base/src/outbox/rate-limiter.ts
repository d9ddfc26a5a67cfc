import type { SendBudget } from '../core/ports/send-budget.ts';

/**
 * Sliding-window limiter: at most `limit` events per `windowMs` per key, plus explicit pauses
 * (a 429's retry_after). Pure bookkeeping over instants passed in, so tests are deterministic.
 */
export interface SlidingWindowLimiter {
  /** The earliest instant (ms) at which `key` may have one more event; ≤ now means now. */
  nextAllowedAt(key: string, now: number): number;
  record(key: string, now: number): void;
  /** Moves one event of `key` from instant `from` to the later instant `to`. */
  move(key: string, from: number, to: number): void;
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
    move(key, from, to) {
      const list = events.get(key);
      const index = list?.lastIndexOf(from) ?? -1;
      if (!list || index < 0) return;
      list.splice(index, 1);
      let at = list.length;
      while (at > 0 && list[at - 1]! > to) at--;
      list.splice(at, 0, to);
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

/**
 * The send budget of one process (SQLite: the only sender): a bot-wide window per second and a
 * window per chat per minute, kept in memory.
 */
export function createLocalSendBudget(limits: { perSecond: number; perChatPerMinute: number }): SendBudget {
  const perSecond = createSlidingWindowLimiter(limits.perSecond, 1_000);
  const perChat = createSlidingWindowLimiter(limits.perChatPerMinute, 60_000);
  const chatKey = (chatId: number) => `chat:${chatId}`;
  let sweptAt = 0;
  return {
    async take(chatId, now) {
      if (now - sweptAt >= 60_000) {
        perSecond.sweep(now);
        perChat.sweep(now);
        sweptAt = now;
      }
      const chatAt = perChat.nextAllowedAt(chatKey(chatId), now);
      if (chatAt > now) return { granted: false, retryAt: chatAt, scope: 'chat' };
      const botAt = perSecond.nextAllowedAt('bot', now);
      if (botAt > now) return { granted: false, retryAt: botAt, scope: 'bot' };
      perSecond.record('bot', now);
      perChat.record(chatKey(chatId), now);
      const settle = async (answeredAt: number) => {
        perSecond.move('bot', now, answeredAt);
        perChat.move(chatKey(chatId), now, answeredAt);
      };
      return { granted: true, settle };
    },
    async pause(chatId, until) {
      perChat.pause(chatKey(chatId), until);
    },
  };
}
