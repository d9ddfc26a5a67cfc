import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type FaultOptions } from './bot-api/faults.ts';
import { FileStore } from './bot-api/file-store.ts';
import type { MethodContext } from './bot-api/methods/context.ts';
import { RateLimiter, type RateLimitOptions, TELEGRAM_RATE_LIMIT } from './bot-api/rate-limiter.ts';
import { SandboxState, type StoredMessage } from './bot-api/state.ts';
import { UserActions } from './bot-api/user-actions.ts';
import { WebhookDelivery } from './bot-api/webhook-delivery.ts';
import { ZaloWebhookDelivery } from './zalo/zalo-webhook-delivery.ts';
import { handleBotApiRequest, handleFileDownload } from './http/bot-api-route.ts';
import { sendBytes, sendJson } from './http/respond.ts';
import { loadWebFiles } from './http/static-files.ts';
import { handlePageApi } from './page-api/routes.ts';
import { handleZaloApiRequest, SANDBOX_ZALO_TOKEN, ZALO_ROUTE_PREFIX } from './zalo/zalo-api-route.ts';

/** Sandbox time; the host may pass its own so jobs and the page share one clock. */
export interface SandboxClock {
  now(): number;
  set(ms: number): void;
}

export interface SandboxServerOptions {
  token?: string;
  botUsername?: string;
  botName?: string;
  rateLimit?: Partial<RateLimitOptions>;
  /** Base clock for message dates when no `clock` is given; the page's clock moves an offset on it. */
  now?: () => number;
  clock?: SandboxClock;
  onClockChange?: (now: number) => void | Promise<void>;
  /**
   * The host moves the clock to `ms` itself (the bot walks it through the slots due on the way, see
   * src/scheduler/walk-clock-to.ts); without it the clock jumps.
   */
  moveClock?: (ms: number) => Promise<void>;
  fileDir?: string;
  faults?: FaultOptions;
  /** Telegram's group privacy mode (default on): the bot sees commands, replies to it and mentions only. */
  privacyMode?: boolean;
  webhookRetryDelayMs?: number;
}

export const SANDBOX_TOKEN = '123456:SANDBOX';

export type SandboxServer = ReturnType<typeof createSandboxServer>;

export function createSandboxServer(options: SandboxServerOptions = {}) {
  const token = options.token ?? SANDBOX_TOKEN;
  const botId = Number(token.split(':')[0]) || 123_456;
  const clock = options.clock ?? offsetClock(options.now ?? Date.now);
  const state = new SandboxState(
    { id: botId, is_bot: true, first_name: options.botName ?? 'Điều phối', username: options.botUsername ?? 'dieuphoi_sandbox_bot' },
    () => clock.now(),
  );
  const limiter = new RateLimiter({ ...TELEGRAM_RATE_LIMIT, ...options.rateLimit });
  const faults = new FaultInjector(options.faults);
  const files = new FileStore(state, options.fileDir);
  const actions = new UserActions(state, files, options.privacyMode ?? true);
  const webFiles = loadWebFiles();
  const closing = new AbortController();
  let webhook: WebhookDelivery | undefined;
  const zaloWebhook = new ZaloWebhookDelivery(state);
  let address: { url: string; apiRoot: string } | undefined;

  const setClock = async (ms: number): Promise<void> => {
    if (options.moveClock) await options.moveClock(ms);
    else clock.set(ms);
    state.changed();
    await options.onClockChange?.(clock.now());
  };
  // the page's clock moves, one at a time: a move walks the bot's jobs through the time it skips
  let clockMoves: Promise<void> = Promise.resolve();
  const moveClock = (target: (now: number) => number): Promise<void> => {
    const move = clockMoves.then(() => setClock(target(clock.now())));
    clockMoves = move.catch(() => undefined);
    return move;
  };
  const makeContext = (signal: AbortSignal): MethodContext => ({ state, limiter, faults, files, signal });

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://sandbox.local');
    if (url.pathname.startsWith(`${ZALO_ROUTE_PREFIX}/bot`))
      return handleZaloApiRequest(request, response, url, { state, webhook: zaloWebhook }, closing.signal);
    if (url.pathname.startsWith('/bot')) {
      return handleBotApiRequest(request, response, url, token, makeContext, closing.signal);
    }
    if (url.pathname.startsWith('/file/')) {
      return handleFileDownload(response, url, token, (path) => files.byPath(path));
    }
    if (url.pathname.startsWith('/sandbox/api/')) {
      return handlePageApi(request, response, url, { state, actions, files, now: () => clock.now(), moveClock, signal: closing.signal });
    }
    const page = request.method === 'GET' ? webFiles.get(url.pathname) : undefined;
    if (page) return sendBytes(response, 200, page.body, page.contentType, { 'cache-control': 'no-store' });
    sendJson(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
  };

  const http = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error_code: 500, description: String(error) });
    });
  });

  return {
    token,
    /** the bot's Zalo token; its API root is `zaloApiRoot` once listening */
    zaloToken: SANDBOX_ZALO_TOKEN,
    state,
    limiter,
    faults,
    actions,
    clock,
    get bot() {
      return state.bot;
    },
    /** Base URL of the page and the Bot API root for grammY's `client.apiRoot` (Zalo's is apiRoot + /zalo). */
    async listen(port = 0, host = '127.0.0.1'): Promise<{ url: string; apiRoot: string }> {
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve();
        });
      });
      const { port: actualPort } = http.address() as AddressInfo;
      const base = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
      address = { url: `${base}/`, apiRoot: base };
      state.baseUrl = base;
      webhook = new WebhookDelivery(state, options.webhookRetryDelayMs);
      return address;
    },
    get address() {
      return address;
    },
    async close(): Promise<void> {
      closing.abort();
      webhook?.stop();
      zaloWebhook.stop();
      state.wakeAll();
      if (!http.listening) return;
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
        setTimeout(() => http.closeAllConnections(), 50).unref();
      });
    },
    setFaults(next: FaultOptions): void {
      faults.set(next);
    },
    setRateLimit(next: Partial<RateLimitOptions>): void {
      limiter.configure(next);
    },
    /** Moves sandbox time and runs the host's onClockChange hook. */
    setClock,
    advanceClock: (ms: number) => setClock(clock.now() + ms),
    createUser: actions.createUser.bind(actions),
    createChat: actions.createChat.bind(actions),
    addMember: actions.addMember.bind(actions),
    sendUserMessage: actions.sendUserMessage.bind(actions),
    sendUserFile: actions.sendUserFile.bind(actions),
    pressButton: actions.pressButton.bind(actions),
    waitForCallbackAnswer: actions.waitForCallbackAnswer.bind(actions),
    addBotToChat: actions.addBotToChat.bind(actions),
    removeBotFromChat: actions.removeBotFromChat.bind(actions),
    /** A chat's visible history, oldest first. */
    messages(chatId: number): StoredMessage[] {
      return (state.history.get(chatId) ?? []).filter((stored) => !stored.deleted);
    },
    /** Resolves with the next message the bot posts to the chat (after this call). */
    nextBotMessage(chatId: number, timeoutMs = 5_000): Promise<StoredMessage> {
      const seen = state.history.get(chatId)?.length ?? 0;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = (state.history.get(chatId) ?? []).slice(seen).find((stored) => stored.fromBot && !stored.deleted);
          if (!found) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(found);
        };
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`no bot message in chat ${chatId} within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = state.onChange(check);
        check();
      });
    },
  };
}

function offsetClock(base: () => number): SandboxClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    set: (ms) => {
      offset = ms - base();
    },
  };
}
