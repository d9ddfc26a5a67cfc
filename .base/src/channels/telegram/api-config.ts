import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import type { Api } from 'grammy';

export interface ApiConfigOptions {
  /** retry 429 (after retry_after) and 5xx on direct calls; default on */
  retry?: boolean;
  /** queue direct calls under Telegram's flood limits; default on */
  throttle?: boolean;
}

/**
 * Direct replies to commands go straight to Telegram, so they need their own flood handling;
 * jobs' messages go through the outbox, which throttles on its own.
 */
export function configureApi(api: Api, options: ApiConfigOptions = {}): void {
  if (options.throttle ?? true) api.config.use(apiThrottler());
  // A user waits for the answer: retry a little, never block a handler for long.
  if (options.retry ?? true) api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 30 }));
}
