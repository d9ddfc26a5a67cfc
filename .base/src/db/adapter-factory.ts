import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createPgAdapterFactory } from './pg-adapter-factory.ts';
import { providerOf, sqlitePath } from './provider.ts';
import { type SqliteClientHandle, withClientHandle } from './sqlite-client-handle.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';

/**
 * A Prisma driver adapter factory for the URL (SQLite file or PostgreSQL); `handle` receives the
 * SQLite connection. `namedStatements` (PostgreSQL): statements prepared once per connection, for
 * the app's own client; migrations keep unnamed ones. SQLite always keeps its prepared statements.
 */
export function createAdapterFactory(
  databaseUrl: string,
  poolSize = 10,
  handle?: SqliteClientHandle,
  namedStatements = false,
): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(databaseUrl) === 'postgresql') return createPgAdapterFactory(databaseUrl, poolSize, namedStatements);
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // better-sqlite3's `timeout` is SQLite's busy timeout: a second process waits instead of failing.
  const factory = withStatementCache(new PrismaBetterSqlite3({ url: path, timeout: 10_000 }));
  return handle ? withClientHandle(factory, handle) : factory;
}
