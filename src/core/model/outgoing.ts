/** A message in channel-neutral form: Telegram-HTML text (user text already escaped) and buttons. */
export type Button = { text: string; data: string } | { text: string; url: string };

export interface OutgoingMessage {
  html: string;
  buttons?: Button[][];
  /** platform message id this message answers (Telegram reply_parameters). */
  replyToMessageId?: string;
  /** do not notify (Telegram disable_notification), e.g. for digests at night catch-up. */
  silent?: boolean;
}
