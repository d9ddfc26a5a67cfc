import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxChat, SandboxState } from '../bot-api/state.ts';
import { readBody } from '../http/read-body.ts';
import { sendJson } from '../http/respond.ts';
import { ZALO_TEXT_LIMIT } from './zalo-delivery.ts';
import type { ZaloWebhookDelivery } from './zalo-webhook-delivery.ts';

/** The sandbox bot's Zalo token ({bot_id}:{access_token}, as Zalo Bot Manager gives it). */
export const SANDBOX_ZALO_TOKEN = '765432:sandbox-zalo-access-token';
/** Zalo Bot API root inside the sandbox server: `<sandbox>/zalo/bot<TOKEN>/<method>`. */
export const ZALO_ROUTE_PREFIX = '/zalo';

class ZaloFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const MAX_POLL_SECONDS = 60;

/** The sandbox's Zalo side: its state and the delivery that posts updates to a webhook the bot set. */
export interface ZaloSide {
  state: SandboxState;
  webhook: ZaloWebhookDelivery;
}

function zaloChat(state: SandboxState, chatId: unknown): SandboxChat {
  const chat = state.chats.get(Number(chatId));
  if (chat?.platform !== 'zalo') throw new ZaloFailure(400, 'Chat not found');
  if (chat.botStatus === 'left' || chat.botStatus === 'kicked') throw new ZaloFailure(403, 'Bot is not a member of the group');
  return chat;
}

function text(value: unknown, name: string, optional = false): string {
  if (value === undefined && optional) return '';
  if (typeof value !== 'string' || (!optional && value.length === 0)) throw new ZaloFailure(400, `${name} is required`);
  if (value.length > ZALO_TEXT_LIMIT) throw new ZaloFailure(400, `${name} must be at most ${ZALO_TEXT_LIMIT} characters`);
  return value;
}

function waitForUpdate(state: SandboxState, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = state.onUpdate(() => {
      if (state.zaloUpdates.length > 0 || signal.aborted) done();
    });
    signal.addEventListener('abort', done);
  });
}

async function callMethod({ state, webhook }: ZaloSide, method: string, fields: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
  switch (method) {
    case 'getMe':
      return { id: String(state.bot.id), account_name: state.bot.first_name, account_type: 'BASIC', can_join_groups: true };
    case 'getUpdates': {
      if (state.zaloWebhook) throw new ZaloFailure(409, 'Conflict: a webhook is set; call deleteWebhook to use getUpdates');
      const seconds = Math.min(MAX_POLL_SECONDS, Math.max(0, Number(fields.timeout ?? 30) || 0));
      if (state.zaloUpdates.length === 0 && seconds > 0) await waitForUpdate(state, seconds * 1_000, signal);
      const update = state.zaloUpdates.shift();
      if (update === undefined) throw new ZaloFailure(408, 'Request Timeout');
      return update;
    }
    case 'setWebhook': {
      const url = text(fields.url, 'url');
      const secretToken = text(fields.secret_token, 'secret_token');
      if (!/^https?:\/\/[^\s]+$/.test(url)) throw new ZaloFailure(400, 'url must be an http(s) URL');
      if (secretToken.length < 8 || secretToken.length > 256) throw new ZaloFailure(400, 'secret_token must be 8 to 256 characters');
      state.zaloWebhook = { url, secretToken };
      void webhook.drain();
      return { url, updated_at: state.unixNow() * 1_000 };
    }
    case 'deleteWebhook':
      state.zaloWebhook = undefined;
      return true;
    case 'getWebhookInfo': {
      const set = state.zaloWebhook;
      if (!set) return { url: '' };
      return { url: set.url, ...(set.lastErrorMessage ? { last_error_message: set.lastErrorMessage, last_error_date: (set.lastErrorDate ?? 0) * 1_000 } : {}) };
    }
    case 'sendChatAction':
      zaloChat(state, fields.chat_id);
      return true;
    case 'sendMessage': {
      const chat = zaloChat(state, fields.chat_id);
      const body = text(fields.text, 'text');
      const stored = state.appendMessage(chat.chat.id, { from: state.bot, text: body }, { fromBot: true });
      return { message_id: `z${chat.chat.id}-${stored.message.message_id}`, date: stored.message.date * 1_000 };
    }
    case 'sendPhoto': {
      const chat = zaloChat(state, fields.chat_id);
      const photo = text(fields.photo, 'photo');
      if (!/^https?:\/\//.test(photo)) throw new ZaloFailure(400, 'photo must be a URL');
      const caption = text(fields.caption, 'caption', true);
      const stored = state.appendMessage(chat.chat.id, { from: state.bot, text: caption ? `${caption}\n🖼 ${photo}` : `🖼 ${photo}` }, { fromBot: true });
      return { message_id: `z${chat.chat.id}-${stored.message.message_id}`, date: stored.message.date * 1_000 };
    }
    default:
      throw new ZaloFailure(404, 'Method not found');
  }
}

/**
 * `/zalo/bot<token>/<method>`: the Zalo Bot Platform flavour of the sandbox. JSON in, `{ ok, result }`
 * or `{ ok: false, error_code, description }` out; getUpdates returns one update or 408; text over
 * 2,000 characters is refused; there are no buttons, edits, replies or documents. After setWebhook
 * updates are posted to the bot instead (src/sandbox/zalo/zalo-webhook-delivery.ts) and getUpdates answers 409.
 */
export async function handleZaloApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  side: ZaloSide,
  serverSignal: AbortSignal,
): Promise<void> {
  const match = /^\/zalo\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
  if (!match || match[1] !== SANDBOX_ZALO_TOKEN) return sendJson(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
  const clientGone = new AbortController();
  response.on('close', () => clientGone.abort());
  try {
    const body = await readBody(request, url.searchParams);
    const result = await callMethod(side, match[2]!, body.fields, AbortSignal.any([clientGone.signal, serverSignal]));
    if (!response.destroyed) sendJson(response, 200, { ok: true, result });
  } catch (error) {
    if (response.destroyed) return;
    if (error instanceof ZaloFailure) sendJson(response, error.code, { ok: false, error_code: error.code, description: error.description });
    else sendJson(response, 400, { ok: false, error_code: 400, description: error instanceof SyntaxError ? 'Invalid JSON' : String(error) });
  }
}
