/** What a send budget answers: go, or the instant to look again and which limit held the send. */
export type BudgetAnswer = { granted: true; settle: Settle } | { granted: false; retryAt: number; scope: 'bot' | 'chat' };

/**
 * Moves a granted send to the instant the messenger answered. A send counts from the take (so two
 * senders never both take the last one) until it is settled at its answer, which is never before
 * the messenger counted it: the window stays on the safe side of the messenger's own.
 */
export type Settle = (answeredAt: number) => Promise<void>;

/**
 * The messenger's send limits for one bot: so many messages a second in all, so many a minute per
 * chat, and pauses from 429s. In one process an in-memory window (src/outbox/rate-limiter.ts); with
 * several instances on PostgreSQL one budget in the database (src/db/repositories/send-budget-repository.ts).
 * Instants are epoch milliseconds.
 */
export interface SendBudget {
  /** Takes one send to the chat at `now` if every limit allows it (the send then counts). */
  take(chatId: number, now: number): Promise<BudgetAnswer>;
  /** Holds the chat until `until` (a 429's retry_after), for every sender sharing the budget. */
  pause(chatId: number, until: number): Promise<void>;
}
