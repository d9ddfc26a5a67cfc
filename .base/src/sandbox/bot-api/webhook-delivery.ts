import type { SandboxState } from './state.ts';
import { takeUpdates } from './methods/updates.ts';

/**
 * Posts pending updates one at a time to the webhook URL, with Telegram's secret header.
 * An update leaves the queue only after a 2xx answer; failures are retried after a pause.
 */
export class WebhookDelivery {
  private running = false;
  private stopped = false;
  private readonly unsubscribe: () => void;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly state: SandboxState,
    private readonly retryDelayMs = 500,
  ) {
    this.unsubscribe = state.onUpdate(() => void this.drain());
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    clearTimeout(this.retryTimer);
  }

  private async drain(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      while (!this.stopped && this.state.webhook) {
        const webhook = this.state.webhook;
        const [update] = takeUpdates(this.state, 1);
        if (!update) break;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (webhook.secretToken) headers['x-telegram-bot-api-secret-token'] = webhook.secretToken;
        const failure = await post(webhook.url, headers, JSON.stringify(update));
        if (failure) {
          webhook.lastErrorDate = this.state.unixNow();
          webhook.lastErrorMessage = failure;
          this.retryTimer = setTimeout(() => void this.drain(), this.retryDelayMs);
          break;
        }
        const index = this.state.updates.indexOf(update);
        if (index >= 0) this.state.updates.splice(index, 1);
      }
    } finally {
      this.running = false;
    }
  }
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.ok ? undefined : `Wrong response from the webhook: ${response.status} ${response.statusText}`;
  } catch (error) {
    return `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
