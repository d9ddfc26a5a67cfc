import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createPgAdapterFactory } from './pg-adapter-factory.ts';
import { providerOf, sqlitePath } from './provider.ts';
import { type SqliteClientHandle, withClientHandle } from './sqlite-client-handle.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';

/** A Prisma driver adapter factory for the URL (SQLite file or PostgreSQL); `handle` receives the SQLite connection. */
export function createAdapterFactory(databaseUrl: string, poolSize = 10, handle?: SqliteClientHandle): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(databaseUrl) === 'postgresql') return createPgAdapterFactory(databaseUrl, poolSize);
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // better-sqlite3's `timeout` is SQLite's busy timeout: a second process waits instead of failing.
  const factory = withStatementCache(new PrismaBetterSqlite3({ url: path, timeout: 10_000 }));
  return handle ? withClientHandle(factory, handle) : factory;
}
