import type { SandboxState } from '../bot-api/state.ts';

/**
 * While the bot has a Zalo webhook set, posts each Zalo update to it, in order, with the
 * `X-Bot-Api-Secret-Token` header and the body wrapped as `{ ok, result }`. Like Zalo, an update is
 * offered once: a failed delivery is recorded (getWebhookInfo) and not retried.
 */
export class ZaloWebhookDelivery {
  private running = false;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly state: SandboxState) {
    this.unsubscribe = state.onUpdate(() => void this.drain());
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
  }

  /** Also called when a webhook is set, for updates that were waiting. */
  async drain(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      while (!this.stopped && this.state.zaloWebhook && this.state.zaloUpdates.length > 0) {
        const webhook = this.state.zaloWebhook;
        const update = this.state.zaloUpdates.shift();
        const failure = await post(webhook.url, webhook.secretToken, JSON.stringify({ ok: true, result: update }));
        if (failure) {
          webhook.lastErrorMessage = failure;
          webhook.lastErrorDate = this.state.unixNow();
        }
      }
    } finally {
      this.running = false;
    }
  }
}

async function post(url: string, secretToken: string, body: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': secretToken },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return response.ok ? undefined : `Wrong response from the webhook: ${response.status}`;
  } catch (error) {
    return `Connection failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
