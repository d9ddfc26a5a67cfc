import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Freeing the wasm engine does not close the connections it opened through the adapter, which
 * leaves a SQLite file locked and PostgreSQL connections open; this wrapper remembers them.
 */
export function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  closeAll(): Promise<void>;
} {
  const opened: SqlDriverAdapter[] = [];
  const remember = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => remember(() => factory.connect()),
      connectToShadowDb: () => remember(() => factory.connectToShadowDb()),
    },
    async closeAll() {
      for (const adapter of opened.splice(0)) {
        await adapter.dispose().catch(() => {});
      }
    },
  };
}
