/**
 * Keeps one chat's updates in order when several instances take updates (webhooks behind a proxy):
 * `run` holds the chat's turn around handling one update, so an update of that chat that reaches
 * another instance meanwhile waits for it. On PostgreSQL a transaction advisory lock per chat
 * (src/db/pg-chat-order.ts); on SQLite one process, where the channel's own per-chat queue suffices.
 */
export interface ChatOrder {
  /** Runs `work` holding the turn of the chat `key` ("platform:chat id"); never longer than the order's bounds. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Closes what the order holds open (its connections). */
  close(): Promise<void>;
}

export const IN_PROCESS_ORDER: ChatOrder = {
  run: (_key, work) => work(),
  close: async () => {},
};
