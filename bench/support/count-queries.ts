/**
 * Counts SQL statements at the driver (better-sqlite3 statement runs, pg's Client.query), below Prisma,
 * so what is counted is what reaches the database. Install before the database is opened.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export interface QueryCounter {
  readonly total: number;
  /** statements by SQL text (first 160 characters), most frequent first */
  top(n: number): [string, number][];
  /** SQLite only: milliseconds inside the driver by SQL text, slowest first */
  slowest(n: number): [string, number][];
  reset(): void;
}

export function installQueryCounter(): QueryCounter {
  const bySql = new Map<string, number>();
  const timeBySql = new Map<string, number>();
  let total = 0;
  const count = (sql: unknown) => {
    total++;
    const text = typeof sql === 'string' ? sql : String((sql as { text?: string })?.text ?? '?');
    const key = text.replace(/\s+/g, ' ').slice(0, 160);
    bySql.set(key, (bySql.get(key) ?? 0) + 1);
  };
  const require = createRequire(import.meta.url);
  const Sqlite = require('better-sqlite3') as { prototype: { prepare(sql: string): unknown } };
  const prepare = Sqlite.prototype.prepare;
  // Counted when a statement runs, not when it is prepared: src/db caches prepared statements.
  Sqlite.prototype.prepare = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql) as Record<string, (...args: unknown[]) => unknown>;
    // Time spent inside SQLite per statement text, to tell slow SQL from slow JavaScript.
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method];
      if (typeof original !== 'function') continue;
      statement[method] = (...args: unknown[]) => {
        count(sql);
        const start = performance.now();
        try {
          return original.apply(statement, args);
        } finally {
          const key = sql.replace(/\s+/g, ' ').slice(0, 160);
          timeBySql.set(key, (timeBySql.get(key) ?? 0) + performance.now() - start);
        }
      };
    }
    return statement;
  };
  const query = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; only the SQL is read.
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    count(args[0]);
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (query as any).apply(this, args);
  };
  return {
    get total() {
      return total;
    },
    top: (n) => [...bySql.entries()].sort((a, b) => b[1] - a[1]).slice(0, n),
    slowest: (n) => [...timeBySql.entries()].sort((a, b) => b[1] - a[1]).slice(0, n),
    reset() {
      total = 0;
      bySql.clear();
      timeBySql.clear();
    },
  };
}
