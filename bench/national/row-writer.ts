/** Bulk inserts for the generator: prepared statements in one transaction on SQLite, multi-row INSERTs on PostgreSQL. */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '../../src/db/provider.ts';

export type Cell = string | number | boolean | Date | null;

export interface RowWriter {
  insert(table: string, columns: readonly string[], row: readonly Cell[]): Promise<void>;
  finish(): Promise<void>;
}

const sqliteCell = (value: Cell): string | number | null => {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
};

export function sqliteWriter(databaseUrl: string): RowWriter {
  const db = new Sqlite(sqlitePath(databaseUrl));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const statements = new Map<string, Sqlite.Statement>();
  db.exec('BEGIN');
  let pending = 0;
  return {
    async insert(table, columns, row) {
      let statement = statements.get(table);
      if (!statement) {
        statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        statements.set(table, statement);
      }
      statement.run(row.map(sqliteCell));
      if (++pending >= 200_000) {
        db.exec('COMMIT; BEGIN');
        pending = 0;
      }
    },
    async finish() {
      db.exec('COMMIT');
      db.exec('ANALYZE');
      db.close();
    },
  };
}

// PostgreSQL "timestamp(3)" columns hold UTC without a zone: pass the UTC wall time as text.
const pgCell = (value: Cell): string | number | boolean | null => (value instanceof Date ? value.toISOString().replace('Z', '') : value);

export async function postgresWriter(databaseUrl: string): Promise<RowWriter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const buffers = new Map<string, { columns: readonly string[]; rows: Cell[][] }>();
  const tables: string[] = [];
  const flush = async (table: string) => {
    const buffer = buffers.get(table);
    if (!buffer || buffer.rows.length === 0) return;
    const width = buffer.columns.length;
    const params: (string | number | boolean | null)[] = [];
    const tuples = buffer.rows.map((row, r) => {
      for (const cell of row) params.push(pgCell(cell));
      return `(${row.map((_, c) => `$${r * width + c + 1}`).join(', ')})`;
    });
    await client.query(`INSERT INTO "${table}" (${buffer.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, params);
    buffer.rows = [];
  };
  return {
    async insert(table, columns, row) {
      // Parents before children: switching tables writes out what the others still hold.
      if (table !== tables[tables.length - 1]) for (const other of tables) await flush(other);
      let buffer = buffers.get(table);
      if (!buffer) {
        buffer = { columns, rows: [] };
        buffers.set(table, buffer);
        tables.push(table);
      }
      buffer.rows.push([...row]);
      if (buffer.rows.length * columns.length >= 30_000) await flush(table);
    },
    async finish() {
      for (const table of tables) await flush(table);
      // Explicit ids were inserted: move each sequence past them so later inserts do not collide.
      for (const table of tables) {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${table}"))`);
      }
      await client.query('ANALYZE');
      await client.end();
    },
  };
}
