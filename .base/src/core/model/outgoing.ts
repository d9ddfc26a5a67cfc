/**
 * A message in channel-neutral form: text in the neutral markup of src/core/text/marks.ts (user text
 * already escaped) and buttons.
 * A data button may carry `fallback`: what to type instead where the channel has no buttons
 * (a command, or "trả lời 1").
 */
export type Button = { text: string; data: string; fallback?: string } | { text: string; url: string };

/**
 * A file sent with a message: a document (a report) or a photo (a chart). The bytes are carried
 * inline for an immediate reply; a channel that cannot send files leaves them out (see capabilities).
 */
export interface Attachment {
  kind: 'document' | 'photo';
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface OutgoingMessage {
  /** neutral markup (src/core/text/marks.ts); the name predates the neutral model */
  html: string;
  buttons?: Button[][];
  /** platform message id this message answers (Telegram reply_parameters). */
  replyToMessageId?: string;
  /** do not notify (Telegram disable_notification), e.g. for digests at night catch-up. */
  silent?: boolean;
  /** files sent after the text, in order */
  attachments?: Attachment[];
}
