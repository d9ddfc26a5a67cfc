import { tooManyRequests } from './api-error.ts';

export interface RateLimitOptions {
  /** Messages per second for the whole bot (Telegram: about 30). */
  perSecond: number;
  /** Messages per minute to one group chat (Telegram: about 20). */
  perChatPerMinute: number;
  enabled: boolean;
  /** Clock for the sliding windows; real time unless a test injects one. */
  now?: () => number;
}

export const TELEGRAM_RATE_LIMIT: RateLimitOptions = { perSecond: 30, perChatPerMinute: 20, enabled: true };

/** Sliding-window limiter: each accepted send is a timestamp; a window full of them means 429. */
export class RateLimiter {
  private readonly botWindow: number[] = [];
  private readonly chatWindows = new Map<number, number[]>();

  constructor(private options: RateLimitOptions) {}

  configure(options: Partial<RateLimitOptions>): void {
    this.options = { ...this.options, ...options };
  }

  get settings(): RateLimitOptions {
    return { ...this.options };
  }

  /** Throws a 429 ApiError, or records the send. Only group chats have the per-minute limit. */
  acquire(chatId: number): void {
    if (!this.options.enabled) return;
    const now = (this.options.now ?? Date.now)();
    const chatWindow = chatId < 0 ? this.windowFor(chatId) : undefined;
    const botWait = waitFor(this.botWindow, now, 1_000, this.options.perSecond);
    const chatWait = chatWindow ? waitFor(chatWindow, now, 60_000, this.options.perChatPerMinute) : 0;
    const wait = Math.max(botWait, chatWait);
    if (wait > 0) throw tooManyRequests(Math.max(1, Math.ceil(wait / 1_000)));
    this.botWindow.push(now);
    chatWindow?.push(now);
  }

  reset(): void {
    this.botWindow.length = 0;
    this.chatWindows.clear();
  }

  private windowFor(chatId: number): number[] {
    let window = this.chatWindows.get(chatId);
    if (!window) {
      window = [];
      this.chatWindows.set(chatId, window);
    }
    return window;
  }
}

/** Drops expired stamps; returns ms until a slot frees up (0 when one is free now). */
function waitFor(window: number[], now: number, spanMs: number, limit: number): number {
  while (window.length > 0 && window[0]! <= now - spanMs) window.shift();
  if (window.length < limit) return 0;
  return window[window.length - limit]! + spanMs - now;
}
