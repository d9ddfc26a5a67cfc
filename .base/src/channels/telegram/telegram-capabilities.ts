import type { ChannelCapabilities } from '../../core/model/channel-capabilities.ts';

/** Telegram Bot API limits: 4096 characters a message, callback data up to 64 bytes. */
export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  textLimit: 4096,
  buttons: true,
  edits: true,
  documents: true,
  photos: true,
  replyThreads: true,
  // the bot acts on commands and on replies to its own messages
  groupReading: 'replies_and_commands',
};

/** Telegram rejects callback_data longer than 64 bytes (UTF-8). */
export const TELEGRAM_CALLBACK_DATA_BYTES = 64;
