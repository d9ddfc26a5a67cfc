import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../../config/config.ts';
import type { ChatOrder } from '../../core/ports/chat-order.ts';
import type { InboundStore } from '../../core/ports/inbound-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import type { Logger } from '../../logger.ts';
import { scrubSecrets } from '../../logger.ts';
import type { ZaloApi, ZaloBotInfo } from './zalo-api.ts';
import { createZaloInbound, type InboundEventHandler, type ZaloInbound } from './zalo-inbound.ts';
import { startZaloPolling, type ZaloPolling } from './zalo-polling.ts';
import { createZaloWebhookHandler } from './zalo-webhook.ts';

type ZaloSettings = Pick<
  Config,
  'ZALO_MODE' | 'ZALO_WEBHOOK_URL' | 'ZALO_WEBHOOK_SECRET' | 'ZALO_BOT_NAMES' | 'ZALO_POLL_TIMEOUT_SECONDS' | 'ZALO_GROUP_READING'
>;

export interface ZaloChannelOptions {
  config: ZaloSettings;
  api: ZaloApi;
  /** from getMe at start-up (checkZalo) */
  me: ZaloBotInfo;
  store: InboundStore;
  clock: Clock;
  logger: Logger;
  /** the dispatcher: runs one neutral event (a command, a mention, a photo) */
  handle: InboundEventHandler;
  /** turns shared by the instances on PostgreSQL: stored updates are handled once each, in order */
  order?: ChatOrder;
}

export interface ZaloChannel {
  inbound: ZaloInbound;
  /** the HTTP route of the webhook (POST on ZALO_WEBHOOK_URL's path); null in polling mode */
  route: ((request: IncomingMessage, response: ServerResponse) => Promise<boolean>) | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Zalo in and out of the bot: updates by webhook (production) or getUpdates (development), each
 * stored before it is acknowledged and then handed to the dispatcher as a neutral event.
 */
export function createZaloChannel(options: ZaloChannelOptions): ZaloChannel {
  const { config, api, logger } = options;
  const inbound = createZaloInbound({
    store: options.store,
    clock: options.clock,
    logger,
    reading: {
      botNames: [options.me.account_name, ...config.ZALO_BOT_NAMES],
      groupsDeliverMentionsOnly: config.ZALO_GROUP_READING === 'mentions_only',
    },
    handle: options.handle,
    ...(options.order ? { order: options.order } : {}),
  });
  const webhook =
    config.ZALO_MODE === 'webhook' && config.ZALO_WEBHOOK_URL && config.ZALO_WEBHOOK_SECRET
      ? { path: new URL(config.ZALO_WEBHOOK_URL).pathname, handler: createZaloWebhookHandler({ secret: config.ZALO_WEBHOOK_SECRET, inbound, logger }) }
      : null;
  let polling: ZaloPolling | null = null;

  const drainLeftovers = () =>
    inbound.drain().catch((error: unknown) => {
      logger.error({ err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'zalo: handling stored updates failed');
    });

  return {
    inbound,
    route: webhook
      ? async (request, response) => {
          if (request.method !== 'POST' || request.url?.split('?')[0] !== webhook.path) return false;
          await webhook.handler(request, response);
          return true;
        }
      : null,
    async start() {
      // What the last run stored but did not handle (a crash, a stop mid-update) is handled first.
      await drainLeftovers();
      if (webhook && config.ZALO_WEBHOOK_URL && config.ZALO_WEBHOOK_SECRET) {
        await api.setWebhook(config.ZALO_WEBHOOK_URL, config.ZALO_WEBHOOK_SECRET);
        logger.info({ url: config.ZALO_WEBHOOK_URL }, 'zalo: webhook set');
        return;
      }
      // getUpdates does not work while a webhook is set.
      await api.deleteWebhook().catch((error: unknown) => {
        logger.warn({ err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'zalo: deleteWebhook failed before polling');
      });
      polling = startZaloPolling({ api, inbound, logger, timeoutSeconds: config.ZALO_POLL_TIMEOUT_SECONDS });
    },
    async stop() {
      await polling?.stop();
      polling = null;
      await inbound.drain();
    },
  };
}
