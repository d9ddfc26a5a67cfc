import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../app-deps.ts';
import { registry } from '../../commands/registry.ts';
import { checkZalo } from '../channels/zalo/check-zalo.ts';
import { createZaloApi, type ZaloBotInfo } from '../channels/zalo/zalo-api.ts';
import { createZaloChannel, type ZaloChannel } from '../channels/zalo/zalo-channel.ts';
import { createZaloSession } from '../channels/zalo/zalo-session.ts';
import { createZaloTransport, type ZaloTransport } from '../channels/zalo/zalo-transport.ts';
import type { Config } from '../config/config.ts';
import { createDispatcher } from '../dispatch/dispatch-event.ts';
import { createFileShelf, type FileShelf } from '../files/file-shelf.ts';
import type { Logger } from '../logger.ts';

export interface ZaloConnection {
  token: string;
  apiRoot: string;
}

/** getMe at start-up: the Zalo bot's identity, or a Vietnamese StartupError (token refused, API unreachable). */
export async function connectZalo(connection: ZaloConnection): Promise<{ api: ReturnType<typeof createZaloApi>; me: ZaloBotInfo }> {
  const api = createZaloApi(connection);
  return { api, me: await checkZalo(api) };
}

export interface ZaloWiring {
  channel: ZaloChannel;
  transport: ZaloTransport;
  shelf: FileShelf;
}

/**
 * Zalo's side of the app: the file shelf behind the download links, the paced transport the outbox
 * and direct answers share, and the channel whose events go to the one dispatcher.
 */
export function wireZalo(input: {
  deps: AppDeps;
  config: Config;
  logger: Logger;
  api: ReturnType<typeof createZaloApi>;
  me: ZaloBotInfo;
  /** the bot's public address; the sandbox's is known once its HTTP server listens */
  publicBaseUrl: () => string;
}): ZaloWiring {
  const { deps, config, api, me } = input;
  const shelf = createFileShelf({
    dir: config.FILES_DIR,
    baseUrl: input.publicBaseUrl,
    // Without a configured key (the sandbox) links are signed with a key of this run only.
    secret: config.FILE_LINK_SECRET ?? randomBytes(32).toString('hex'),
    ttlHours: config.FILE_LINK_TTL_HOURS,
    clock: deps.clock,
  });
  const transport = createZaloTransport({
    api,
    shelf,
    botName: me.account_name,
    pacing: { perSecond: config.ZALO_SEND_PER_SECOND, chatIntervalMs: config.ZALO_SEND_CHAT_INTERVAL_MS },
  });
  const dispatcher = createDispatcher(deps, registry);
  const channel = createZaloChannel({
    config,
    api,
    me,
    store: deps.stores.inbound,
    clock: deps.clock,
    logger: input.logger,
    ...(deps.chatOrder ? { order: deps.chatOrder } : {}),
    handle: async (event) => {
      await dispatcher.dispatch(event, createZaloSession({ transport, botName: me.account_name, chatExternalId: event.chat.externalId }));
    },
  });
  return { channel, transport, shelf };
}
