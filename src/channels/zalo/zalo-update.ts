import { z } from 'zod';
import { stripControlChars } from '../../core/text/control-chars.ts';
import type { InboundChat, InboundEvent, InboundUser } from '../../dispatch/inbound-event.ts';

/** An update as open-source clients describe it; unknown fields are kept and ignored. */
const idSchema = z.union([z.string().min(1), z.number().transform(String)]);

const updateSchema = z.looseObject({
  event_name: z.string().min(1),
  message: z.looseObject({
    message_id: idSchema,
    from: z.looseObject({ id: idSchema, display_name: z.string().optional(), is_bot: z.boolean().optional() }),
    chat: z.looseObject({ id: idSchema, chat_type: z.string().optional(), display_name: z.string().optional() }),
    date: z.number().optional(),
    text: z.string().optional(),
    photo_url: z.string().optional(),
    caption: z.string().optional(),
  }),
});

export type ZaloUpdate = z.output<typeof updateSchema>;

/** Control characters (NUL among them, which PostgreSQL refuses) removed from every string. */
function withoutControlChars(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return stripControlChars(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutControlChars(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControlChars(item, depth + 1)]));
}

/**
 * The update in a body: Zalo's webhook may send it bare or wrapped like an API answer
 * (`{ ok, result }`: unconfirmed, both are accepted). Null when it is not an update.
 */
export function readZaloUpdate(body: unknown): ZaloUpdate | null {
  const inner = typeof body === 'object' && body !== null && 'result' in body && 'ok' in body ? (body as { result: unknown }).result : body;
  const parsed = updateSchema.safeParse(withoutControlChars(inner, 0));
  return parsed.success ? parsed.data : null;
}

/** Dedupe key of an update: its event name and message id (Zalo has no update id). */
export function zaloUpdateKey(update: ZaloUpdate): string {
  return `${update.event_name}:${update.message.message_id}`;
}

export interface ZaloReadingOptions {
  /** how the bot is named in a group mention ("@Điều phối …"): getMe's account_name and ZALO_BOT_NAMES */
  botNames: readonly string[];
  /** Zalo delivers to a bot only the group messages that mention it (reported by adapters; ZALO_GROUP_READING) */
  groupsDeliverMentionsOnly: boolean;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');

/** The text after a leading "@<bot name>", or null when it does not begin with one. */
export function stripBotMention(text: string, botNames: readonly string[]): string | null {
  const trimmed = text.normalize('NFC').trimStart();
  if (!trimmed.startsWith('@')) return null;
  // Longest name first, so "Điều phối BCĐ" wins over "Điều phối".
  const names = botNames.map((name) => name.normalize('NFC').trim().replace(/^@/, '')).filter(Boolean);
  names.sort((a, b) => b.length - a.length);
  for (const name of names) {
    const head = trimmed.slice(1, 1 + name.length);
    const next = trimmed.charAt(1 + name.length);
    if (fold(head) === fold(name) && (next === '' || /[\s:,.]/.test(next))) return trimmed.slice(1 + name.length).replace(/^[\s:,.]+/, '');
  }
  return null;
}

/** "@Điều phối P5-01 ảnh" less what follows the mention: the mention as the user wrote it. */
function mentionWritten(caption: string, rest: string): string | undefined {
  const head = caption.trim();
  const mention = head.slice(0, head.length - rest.length).replace(/[\s:,.]+$/, '');
  return mention.startsWith('@') ? mention : undefined;
}

const COMMAND = /^\/([A-Za-z][A-Za-z0-9_]*)(?:@(\S+))?(?:\s+([\s\S]*))?$/;

/**
 * A Zalo update as the neutral event the dispatcher takes, or null for what the bot does not act on
 * (stickers, unsupported content, messages from bots). Ids stay strings.
 */
export function zaloUpdateToEvent(update: ZaloUpdate, options: ZaloReadingOptions): InboundEvent | null {
  const { message } = update;
  if (message.from.is_bot) return null;
  const isGroup = (message.chat.chat_type ?? '').toUpperCase() === 'GROUP';
  const chat: InboundChat = { externalId: message.chat.id, type: isGroup ? 'group' : 'private', title: message.chat.display_name ?? null };
  const user: InboundUser = { externalId: message.from.id, name: message.from.display_name?.trim() || 'Người dùng Zalo' };
  const base = { platform: 'zalo' as const, updateKey: zaloUpdateKey(update), chat, user, messageId: message.message_id };

  if (update.event_name === 'message.image.received') {
    if (!message.photo_url) return null;
    // In a group the caption carries the mention that made Zalo deliver the photo: "@Bot P5-01 biên bản".
    const stripped = message.caption === undefined ? null : stripBotMention(message.caption, options.botNames);
    const caption = message.caption === undefined ? null : (stripped ?? message.caption).trim() || null;
    // Addressed to the bot: named in the caption, sent to it alone, or in a group that shows the bot only what names it.
    const mentionsBot = stripped !== null || !isGroup || options.groupsDeliverMentionsOnly;
    const botMention = stripped !== null && message.caption !== undefined ? mentionWritten(message.caption, stripped) : undefined;
    return {
      ...base,
      kind: 'file',
      file: { kind: 'photo', fileId: message.photo_url, caption },
      mentionsBot,
      ...(botMention ? { botMention } : {}),
    };
  }
  if (update.event_name !== 'message.text.received' || message.text === undefined) return null;

  const stripped = stripBotMention(message.text, options.botNames);
  const text = (stripped ?? message.text).trim();
  const command = COMMAND.exec(text);
  if (command) {
    return {
      ...base,
      kind: 'command',
      name: command[1]!.toLowerCase(),
      rawArgs: (command[3] ?? '').trim(),
      addressee: command[2] ? command[2].toLowerCase() : null,
    };
  }
  if (text === '') return null;
  const mentionsBot = stripped !== null || (isGroup && options.groupsDeliverMentionsOnly);
  return { ...base, kind: 'text', text, mentionsBot };
}
