import { ApiError, tooManyRequests } from './api-error.ts';

/** Injected failures for tests and benchmarks of retry logic. Probabilities in 0..1. */
export interface FaultOptions {
  rate429?: number;
  rate5xx?: number;
  /** retry_after sent with injected 429s, in seconds (default 1). */
  retryAfter?: number;
  seed?: number;
}

/** Seeded so a benchmark run with faults is repeatable. */
export class FaultInjector {
  private settings: FaultOptions = {};
  private state = 1;

  constructor(faults: FaultOptions = {}) {
    this.set(faults);
  }

  set(faults: FaultOptions): void {
    this.settings = { ...faults };
    this.state = (faults.seed ?? 0x9e3779b9) >>> 0 || 1;
  }

  get current(): FaultOptions {
    return { ...this.settings };
  }

  /** Throws the injected failure, if this call draws one. */
  maybeFail(): void {
    const { rate429 = 0, rate5xx = 0 } = this.settings;
    if (rate429 <= 0 && rate5xx <= 0) return;
    const roll = this.next();
    if (roll < rate429) throw tooManyRequests(this.settings.retryAfter ?? 1);
    if (roll < rate429 + rate5xx) throw new ApiError(502, 'Bad Gateway');
  }

  /** mulberry32 */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
}
