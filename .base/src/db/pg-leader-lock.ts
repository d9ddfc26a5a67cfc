import pg from 'pg';
import type { Leadership } from '../core/ports/leadership.ts';

/** Two 32-bit keys of pg_try_advisory_lock(int, int): the project, then what is locked. */
const PROJECT_KEY = 0x44_50_48_49; // "DPHI"
export const SCHEDULER_LOCK = 1;

export interface PgLeaderLockOptions {
  databaseUrl: string;
  lock: number;
  /** a confirmation that does not answer within this drops the connection (and so the lock) */
  queryTimeoutMs?: number;
}

/**
 * Leadership by a session advisory lock on a connection of its own. The lock lives exactly as long
 * as that connection: a process that dies (kill -9, a crashed machine) loses it when PostgreSQL sees
 * the connection close — at once for a dead process, within the server's TCP keepalive (set here to
 * ≈ 25 s) for a machine that vanished — and the next acquire() of another instance takes it.
 * A leader whose connection fails or stops answering stops leading before anyone else can start.
 */
export function createPgLeaderLock(options: PgLeaderLockOptions): Leadership {
  const queryTimeoutMs = options.queryTimeoutMs ?? 5_000;
  let client: pg.Client | null = null;
  let held = false;

  async function drop(): Promise<void> {
    const old = client;
    client = null;
    held = false;
    await old?.end().catch(() => undefined);
  }

  async function connect(): Promise<pg.Client> {
    const fresh = new pg.Client({
      connectionString: options.databaseUrl,
      keepAlive: true,
      query_timeout: queryTimeoutMs,
      connectionTimeoutMillis: queryTimeoutMs,
      // The server notices a vanished client (and frees its lock) after idle 10 s + 3 probes × 5 s.
      options: '-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3',
    });
    fresh.on('error', () => {
      if (client === fresh) void drop();
    });
    await fresh.connect();
    client = fresh;
    return fresh;
  }

  return {
    async acquire() {
      try {
        const connection = client ?? (await connect());
        if (held) {
          await connection.query('SELECT 1');
          return client === connection;
        }
        const result = await connection.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [PROJECT_KEY, options.lock]);
        held = result.rows[0]?.ok === true && client === connection;
        return held;
      } catch {
        await drop();
        return false;
      }
    },
    release: drop,
  };
}
