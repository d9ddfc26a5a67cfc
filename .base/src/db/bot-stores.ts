import { withChatCache } from './cached-chat-store.ts';
import type { Database } from './open-database.ts';
import { createStores, type Stores } from './stores.ts';

/**
 * The stores of the running bot. One process (SQLite) remembers chats and senders briefly
 * (cached-chat-store.ts). Several instances (PostgreSQL) read them every update: a chat bound or
 * deactivated through one instance must not look unchanged on another (docs/deploy.md).
 * Tools and tests use createStores.
 */
export function createBotStores(db: Database): Stores {
  const base = createStores(db);
  return db.provider === 'postgresql' ? base : { ...base, chats: withChatCache(base.chats) };
}
