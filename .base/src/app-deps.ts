import type { Config } from './config/config.ts';
import type { Clock } from './core/time/clock.ts';
import type { ChatOrder } from './core/ports/chat-order.ts';
import type { Outbox } from './core/ports/outbox.ts';
import type { PlanFiles } from './core/ports/plan-files.ts';
import type { Stores } from './db/stores.ts';
import type { Logger } from './logger.ts';
import type { DocumentOutputs } from './reports/document-outputs.ts';

/** What features need from the outside world; built once in an entry point and passed in. */
export interface AppDeps {
  config: Config;
  stores: Stores;
  outbox: Outbox;
  clock: Clock;
  logger: Logger;
  /** the bot's @username, for deep links and /cmd@bot */
  botUsername: string;
  /** renders the report files and charts sent as documents and photos */
  outputs: DocumentOutputs;
  /** reads plan documents and plan files sent in chat (drafts, review workbooks, YAML) */
  planFiles: PlanFiles;
  /** one chat's updates one at a time across instances (PostgreSQL); absent: this process's channel keeps the order */
  chatOrder?: ChatOrder;
}
