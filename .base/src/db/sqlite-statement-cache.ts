import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';

type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * @prisma/adapter-better-sqlite3 prepares every statement anew (`prepare(sql).bind(args)`); under
 * load, preparing was the largest single cost of a reply (~12% of the bot's CPU). This keeps one
 * prepared statement per SQL text and binds arguments per call instead. Only the calls the adapter
 * makes are supported: bind(args) then run / reader / columns / raw().all, and plain run (BEGIN…).
 */
export function withStatementCache(factory: SqlMigrationAwareDriverAdapterFactory, maxStatements = 500): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (!client || typeof client.prepare !== 'function') return adapter;
    const prepare = client.prepare.bind(client) as (sql: string) => Statement;
    const cache = new Map<string, Statement>();
    const cachedPrepare = (sql: string) => {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = prepare(sql);
        if (cache.size >= maxStatements) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      const statement = stmt;
      return {
        reader: statement.reader,
        run: (...args: unknown[]) => statement.run(...args),
        bind: (args: unknown[]) => ({
          reader: statement.reader,
          run: () => statement.run(args),
          columns: () => statement.columns(),
          raw: () => ({ all: () => statement.raw(true).all(args) }),
        }),
      };
    };
    (client as unknown as { prepare: unknown }).prepare = cachedPrepare;
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
