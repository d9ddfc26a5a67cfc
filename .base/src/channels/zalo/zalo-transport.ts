import type { OutgoingMessage } from '../../core/model/outgoing.ts';
import type { FileShelf } from '../../files/file-shelf.ts';
import { scrubSecrets } from '../../logger.ts';
import { messageParts } from '../../outbox/message-parts.ts';
import { createSlidingWindowLimiter } from '../../outbox/rate-limiter.ts';
import { type Transport, TransportError, type TransportFailure } from '../../outbox/transport.ts';
import { type ZaloApi, ZaloApiError, ZaloNetworkError } from './zalo-api.ts';
import { ZALO_CAPABILITIES } from './zalo-capabilities.ts';
import { documentLinkText, zaloPlainText } from './zalo-text.ts';

/** Zalo names no error codes; these readings are guesses kept in one place (see docs/zalo.md). */
const SLOW_DOWN = /too many|rate.?limit|quota|spam|slow down/i;
const CHAT_GONE = /chat.*(not found|không tồn tại)|not (a )?member|not in (the )?group|blocked|removed|kicked/i;

/** Zalo's answer, in the sender's terms: retry later, the chat is gone, or the message is wrong. */
export function classifyZaloError(error: unknown): TransportFailure {
  if (error instanceof ZaloApiError) {
    const description = scrubSecrets(error.description);
    const after = /retry after (\d+)/i.exec(error.description);
    if (error.errorCode === 429 || SLOW_DOWN.test(error.description)) return { kind: 'rate_limited', retryAfterSeconds: after ? Number(after[1]) : 30 };
    // A refused token is the bot's problem, not the chat's: keep the messages and retry.
    if (error.errorCode === 401) return { kind: 'server', description: `token refused: ${description}` };
    if (error.errorCode === 403 || error.errorCode === 404 || CHAT_GONE.test(error.description)) return { kind: 'forbidden', description };
    if (error.errorCode === 408 || error.errorCode >= 500) return { kind: 'server', description };
    return { kind: 'bad_request', description };
  }
  if (error instanceof TransportError) return error.failure;
  if (error instanceof ZaloNetworkError) return { kind: 'network', description: error.reason };
  return { kind: 'network', description: scrubSecrets(error instanceof Error ? error.message : String(error)).slice(0, 300) };
}

export interface ZaloPacing {
  /** messages per second across all chats of the bot (ZALO_SEND_PER_SECOND) */
  perSecond: number;
  /** least time between two messages to one chat (ZALO_SEND_CHAT_INTERVAL_MS) */
  chatIntervalMs: number;
  /** a longer wait is not slept: the chat is paused by the outbox and the message retried */
  maxWaitMs?: number;
}

export interface ZaloTransportOptions {
  api: ZaloApi;
  shelf: FileShelf;
  pacing: ZaloPacing;
  /** the bot's name as members mention it: commands in groups are written "@<name> /xong …" */
  botName?: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A direct answer waits its turn rather than going back to a queue it is not in. */
const REPLY_MAX_WAIT_MS = 60_000;

export interface ZaloTransport extends Transport {
  /**
   * Answers in a chat now (a command's reply), split and rendered like outbox rows and paced with
   * them; waits for its turn instead of failing on the pacing. Throws TransportError.
   */
  reply(chatExternalId: string, message: OutgoingMessage): Promise<{ messageId: string }[]>;
}

/**
 * Delivers outbox parts to Zalo: plain text (the sender already split it at 2,000 characters and
 * wrote buttons out as their fallback commands), documents as a message with a signed download
 * link, photos through sendPhoto by such a link. Keeps its own pacing per chat and per bot, since
 * Zalo documents no limits.
 */
export function createZaloTransport(options: ZaloTransportOptions): ZaloTransport {
  const { api, shelf, pacing } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const maxWaitMs = pacing.maxWaitMs ?? 3_000;
  const perBot = createSlidingWindowLimiter(pacing.perSecond, 1_000);
  const perChat = pacing.chatIntervalMs > 0 ? createSlidingWindowLimiter(1, pacing.chatIntervalMs) : null;
  const capabilities = options.botName ? { ...ZALO_CAPABILITIES, commandPrefix: `@${options.botName} ` } : ZALO_CAPABILITIES;

  async function paced(chatId: string, maxWait: number): Promise<void> {
    const at = now();
    perBot.sweep(at);
    perChat?.sweep(at);
    const allowed = Math.max(perBot.nextAllowedAt('*', at), perChat?.nextAllowedAt(chatId, at) ?? at);
    const wait = allowed - at;
    if (wait > maxWait) throw new TransportError({ kind: 'rate_limited', retryAfterSeconds: Math.ceil(wait / 1_000) });
    if (wait > 0) await sleep(wait);
    const sentAt = Math.max(now(), allowed);
    perBot.record('*', sentAt);
    perChat?.record(chatId, sentAt);
  }

  async function deliver(chatId: string, message: OutgoingMessage, maxWait: number): Promise<string | number | undefined> {
    const [attachment] = message.attachments ?? [];
    if (!attachment) {
      const text = zaloPlainText(message.html).trim();
      if (text === '') throw new TransportError({ kind: 'bad_request', description: 'empty message' });
      await paced(chatId, maxWait);
      return (await api.sendMessage(chatId, text)).message_id;
    }
    const { url, expiresAt } = await shelf.put(attachment);
    await paced(chatId, maxWait);
    if (attachment.kind === 'photo') return (await api.sendPhoto(chatId, url, zaloPlainText(message.html).slice(0, 2000) || undefined)).message_id;
    return (await api.sendMessage(chatId, documentLinkText(attachment.fileName, url, expiresAt))).message_id;
  }

  async function sendOne(chatExternalId: string, message: OutgoingMessage, maxWait: number): Promise<{ messageId: string }> {
    try {
      const id = await deliver(chatExternalId, message, maxWait);
      return { messageId: id === undefined ? '' : String(id) };
    } catch (error) {
      throw new TransportError(classifyZaloError(error));
    }
  }

  return {
    capabilities,
    send: (chatExternalId, message) => sendOne(chatExternalId, message, maxWaitMs),
    async reply(chatExternalId, message) {
      const sent: { messageId: string }[] = [];
      for (const part of messageParts(message, capabilities)) sent.push(await sendOne(chatExternalId, part, REPLY_MAX_WAIT_MS));
      return sent;
    },
  };
}
