import type { UpdateLog } from '../../core/ports/system-store.ts';
import { idleClient, type SqliteClientHandle } from '../sqlite-client-handle.ts';
import { bindable } from './sqlite-bindable.ts';

const INSERT = 'INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES (?, ?) ON CONFLICT ("key") DO NOTHING';

/**
 * SQLite: every update's dedupe row as one prepared statement on Prisma's connection, without
 * Prisma's JavaScript around it. While Prisma holds a transaction open the insert would join it, so
 * then it goes through Prisma (`inner`), as before.
 */
export function sqliteUpdateLog(handle: SqliteClientHandle, inner: UpdateLog): UpdateLog {
  return {
    async markProcessed(key, at) {
      const db = idleClient(handle);
      if (!db) return inner.markProcessed(key, at);
      return db.prepare(INSERT).run(key, bindable(at)).changes === 1;
    },
  };
}
