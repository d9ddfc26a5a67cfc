import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';

/** The better-sqlite3 connection under Prisma's adapter, once Prisma has opened it (null before). */
export interface SqliteClientHandle {
  current: BetterSqlite3.Database | null;
}

/**
 * Keeps the connection Prisma's SQLite adapter opens, for the one hot write that goes below Prisma
 * (src/db/repositories/sqlite-report-rows.ts). Prisma connects lazily and may reconnect: the handle
 * follows the latest connection.
 */
export function withClientHandle(factory: SqlMigrationAwareDriverAdapterFactory, handle: SqliteClientHandle): SqlMigrationAwareDriverAdapterFactory {
  const keep = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    handle.current = client && typeof client.prepare === 'function' ? client : null;
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => keep(await factory.connect()),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

/**
 * The connection, when statements may run on it below Prisma now: open, and outside a transaction
 * (one Prisma holds open, awaiting between its statements, would take them in). Else null: go through Prisma.
 */
export function idleClient(handle: SqliteClientHandle): BetterSqlite3.Database | null {
  const client = handle.current;
  return client?.open && !client.inTransaction ? client : null;
}
