/**
 * What a messenger can do, declared by its adapter (src/channels/<name>); the core and the outbox
 * ask these instead of assuming Telegram's limits.
 */
export interface ChannelCapabilities {
  /** longest text of one message, in characters; longer texts are split */
  textLimit: number;
  /** inline buttons under a message; without them actions are written out as their text fallback */
  buttons: boolean;
  /** an earlier message can be edited; without it an edit is sent as a new message */
  edits: boolean;
  /** files can be sent as documents */
  documents: boolean;
  /** images can be sent as photos */
  photos: boolean;
  /** a member can reply to a given bot message; without it task messages must carry their code */
  replyThreads: boolean;
  /** which group messages the bot receives */
  groupReading: 'all' | 'replies_and_commands' | 'mentions_only';
  /**
   * What a typed command must start with to reach the bot in a group, where groups deliver only the
   * messages that mention it (Zalo: "@Điều phối "); fallbacks and examples are written with it.
   */
  commandPrefix?: string;
}
