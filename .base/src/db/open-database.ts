import { PrismaClient as PgPrismaClient } from './generated/postgresql/client.ts';
import { PrismaClient } from './generated/sqlite/client.ts';
import { createAdapterFactory } from './adapter-factory.ts';
import { explainDatabaseError } from './explain-database-error.ts';
import { applyMigrations } from './migrations/apply-migrations.ts';
import { type DbProvider, providerOf } from './provider.ts';
import type { SqliteClientHandle } from './sqlite-client-handle.ts';

/**
 * Both generated clients have the same models (one source, prisma/models.prisma), so code is
 * written against the SQLite client's types and runs on either.
 */
export type PrismaDb = PrismaClient;

export interface Database {
  provider: DbProvider;
  prisma: PrismaDb;
  /** SQLite: the connection under Prisma, for the report write that skips Prisma (sqlite-report-rows.ts). */
  sqlite?: SqliteClientHandle;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  migrate?: boolean;
  poolSize?: number;
}

/** Opens (and by default migrates) the database; a failure is a StartupError that says what to do. */
export async function openDatabase(databaseUrl: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  try {
    return await connect(databaseUrl, options);
  } catch (error) {
    throw await explainDatabaseError(databaseUrl, error);
  }
}

async function connect(databaseUrl: string, options: OpenDatabaseOptions): Promise<Database> {
  const provider = providerOf(databaseUrl);
  if (options.migrate ?? true) await applyMigrations(databaseUrl);
  const sqlite: SqliteClientHandle | undefined = provider === 'sqlite' ? { current: null } : undefined;
  const adapter = createAdapterFactory(databaseUrl, options.poolSize ?? 10, sqlite, true);
  // 'minimal': Prisma's other formats capture a stack (`new Error()`) on every query to point at the
  // caller in an error message; that was ≈ 6 % of a reply's CPU. Errors keep their code and message.
  const clientOptions = { adapter, errorFormat: 'minimal' } as const;
  const prisma = provider === 'postgresql' ? (new PgPrismaClient(clientOptions) as unknown as PrismaDb) : new PrismaClient(clientOptions);
  if (provider === 'sqlite') {
    // WAL lets readers work while the bot writes; foreign keys are off by default in SQLite.
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$queryRawUnsafe('PRAGMA foreign_keys = ON');
    await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  }
  return {
    provider,
    prisma,
    ...(sqlite ? { sqlite } : {}),
    close: () => prisma.$disconnect(),
  };
}
