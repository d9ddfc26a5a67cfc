import type { ChannelCapabilities } from '../../core/model/channel-capabilities.ts';

/**
 * Zalo Bot Platform: 2,000 characters a message, plain text, no buttons, no edits, no reply
 * threads; in groups the bot reads only messages that mention it. Documents and photos are
 * delivered by the transport as signed download links (a photo by URL through sendPhoto), so the
 * outbox keeps them as files.
 */
export const ZALO_CAPABILITIES: ChannelCapabilities = {
  textLimit: 2000,
  buttons: false,
  edits: false,
  documents: true,
  photos: true,
  replyThreads: false,
  groupReading: 'mentions_only',
};
