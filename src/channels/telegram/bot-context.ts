import type { Context } from 'grammy';
import type { ChatRecord, MemberRecord } from '../../core/model/records.ts';

/** Per-update facts gathered before features run. */
export interface UpdateState {
  chat?: ChatRecord;
  member?: MemberRecord | null;
  /** set once a callback query was answered, so it is answered exactly once */
  callbackAnswered?: boolean;
}

export type BotContext = Context & { state: UpdateState };
