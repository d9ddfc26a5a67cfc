import { createAdapterFactory } from '../adapter-factory.ts';
import { providerOf } from '../provider.ts';
import { readMigrationList, readSchema, schemaPath } from './migration-folder.ts';
import { NO_FILTERS, openSchemaEngine } from './schema-engine.ts';
import { trackConnections } from './tracked-factory.ts';

/** Applies pending migrations of the URL's provider; records them in `_prisma_migrations`. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl);
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
