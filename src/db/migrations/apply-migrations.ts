import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createAdapterFactory } from '../adapter-factory.ts';
import { type DbProvider, providerOf, sqlitePath } from '../provider.ts';
import { readMigrationList, readSchema, schemaPath } from './migration-folder.ts';
import { NO_FILTERS, openSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-factory.ts';

/** Applies pending migrations of the URL's provider; records them in `_prisma_migrations`. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  if (provider === 'sqlite' && allApplied(databaseUrl, provider)) return [];
  const tracked = trackConnections(createAdapterFactory(databaseUrl, 1));
  const engine = await openSchemaEngine({
    schemaPath: schemaPath(provider),
    schemaText: readSchema(provider),
    adapterFactory: tracked.factory,
  });
  try {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationList(provider),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
    await tracked.closeAll();
  }
}

/**
 * SQLite: every migration of the folder is recorded as finished, read on a read-only connection. The
 * schema engine takes the write lock even when there is nothing to apply, so without this check a CLI
 * command started beside the running bot (which writes now and then) waits on the lock until the busy
 * timeout fails it. Anything unclear (no file, no table, one migration missing) leaves it to the engine.
 */
function allApplied(databaseUrl: string, provider: DbProvider): boolean {
  const path = sqlitePath(databaseUrl);
  if (path === ':memory:' || !existsSync(path)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
    const rows = db.prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as {
      name: string;
    }[];
    const applied = new Set(rows.map((row) => row.name));
    return readMigrationList(provider).migrationDirectories.every((dir) => applied.has(dir.path));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
