import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { createAdapterFactory } from '../adapter-factory.ts';
import { providerOf } from '../provider.ts';

/**
 * Adapter factory for creating migrations and checking drift, where the engine replays the
 * migration folder on a shadow database. On SQLite the engine replays a migration with one
 * `executeRaw` of the whole file, which better-sqlite3 refuses ("more than one statement"); such
 * parameterless scripts go to `executeScript`. (PostgreSQL's shadow is mended in pg-adapter-factory.)
 */
export function shadowCapableFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = createAdapterFactory(databaseUrl, 1);
  if (providerOf(databaseUrl) === 'postgresql') return factory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => scriptTolerant(await factory.connectToShadowDb()),
  };
}

function scriptTolerant(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}
