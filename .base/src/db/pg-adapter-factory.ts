import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createStatementNames } from './pg-statement-names.ts';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * A pool whose results report PostgreSQL's internal `"char"` columns as text. The schema engine's
 * catalog queries return such columns and @prisma/adapter-pg has no mapping for them, so without
 * this the wasm engine cannot describe a PostgreSQL database (diff, drift check).
 */
class CatalogFriendlyPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; only results are touched.
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as any)(...args);
    if (result && typeof result.then === 'function') {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields ?? []) {
          if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        }
        return res;
      });
    }
    return result;
  }
}

function poolConfig(databaseUrl: string, poolSize: number): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
    max: poolSize,
    // Named in pg_stat_activity, apart from the chat turns' connections ('dieuphoi-turns').
    application_name: 'dieuphoi',
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
}

/** An adapter that owns its pool: disposing it closes every connection (and advisory lock). `named`: statements prepared once per connection. */
async function connectOwned(databaseUrl: string, poolSize: number, named: boolean, onDispose?: () => Promise<void>) {
  const pool = new CatalogFriendlyPool(poolConfig(databaseUrl, poolSize));
  pool.on('error', () => {}); // a dropped idle connection must not crash the process
  const adapter = await new PrismaPg(pool, named ? { statementNameGenerator: createStatementNames() } : undefined).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await pool.end();
    await onDispose?.();
  };
  return adapter;
}

async function runAdmin(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL adapter factory. The stock shadow database is dropped while its pool is still
 * connected, so the drop fails; here the pool closes first and the drop is forced. `named`: the
 * running app's statements are prepared once per connection (pg-statement-names.ts); migrations and
 * the shadow database keep unnamed statements, as their schema changes under them.
 */
export function createPgAdapterFactory(databaseUrl: string, poolSize: number, named = false): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectOwned(databaseUrl, poolSize, named),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `dieuphoi_shadow_${randomUUID().replace(/-/g, '')}`;
      await runAdmin(databaseUrl, `CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(databaseUrl);
      shadowUrl.pathname = `/${name}`;
      return connectOwned(shadowUrl.toString(), 1, false, () => runAdmin(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
