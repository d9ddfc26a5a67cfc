/**
 * Keeps one chat's updates in order when several instances take updates (webhooks behind a proxy):
 * `run` holds the chat's turn around handling one update, so an update of that chat that reaches
 * another instance meanwhile waits for it. On PostgreSQL a transaction advisory lock per chat
 * (src/db/pg-chat-order.ts); on SQLite one process, where the channel's own per-chat queue suffices.
 */
/** What the order is doing now (gauges) and how long turns have spent in each phase since start (counters). */
export interface ChatOrderStats {
  /** updates waiting for a connection to ask for their chat's turn */
  waitingConnection: number;
  /** connections waiting in PostgreSQL for a chat's turn (another instance, or an ending turn, holds it) */
  waitingLock: number;
  /** turns held: their update is being handled */
  holding: number;
  /** connections of the pool for contended turns open (busy or idle) */
  connections: number;
  /** turns that found their chat held or awaited elsewhere and waited for it on a connection of their own */
  contendedTurns: number;
  /** turns taken since start, and milliseconds spent by all of them waiting for a connection, for the lock, and holding it */
  turns: number;
  connectionWaitMs: number;
  lockWaitMs: number;
  holdMs: number;
}

export interface ChatOrder {
  /** Runs `work` holding the turn of the chat `key` ("platform:chat id"); never longer than the order's bounds. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Present when the order has connections of its own (PostgreSQL). */
  stats?(): ChatOrderStats;
  /** Closes what the order holds open (its connections). */
  close(): Promise<void>;
}

export const IN_PROCESS_ORDER: ChatOrder = {
  run: (_key, work) => work(),
  close: async () => {},
};
