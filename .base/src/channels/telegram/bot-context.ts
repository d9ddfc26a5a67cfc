import type { Context } from 'grammy';

/** Per-update facts the channel keeps while the dispatcher works. */
export interface UpdateState {
  /** set once a callback query was answered, so it is answered exactly once */
  callbackAnswered?: boolean;
}

export type BotContext = Context & { state: UpdateState };
