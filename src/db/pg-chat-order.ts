import pg from 'pg';
import type { ChatOrder, ChatOrderStats } from '../core/ports/chat-order.ts';
import { type Logger, scrubSecrets } from '../logger.ts';

/** First key of pg_advisory_xact_lock(int, int) for chat turns ("DPCH"); the second is hashtext(chat key). */
const CHAT_TURN_KEY = 0x44_50_43_48;

export interface PgChatOrderOptions {
  databaseUrl: string;
  logger: Pick<Logger, 'warn'>;
  /** connections for turns held or awaited at once on this instance (one per chat being handled) */
  maxConnections?: number;
  /** an update waits at most this long for its chat's turn, then is handled anyway (logged) */
  waitMs?: number;
  /** a turn is held at most this long: a handler still running after it no longer holds its chat */
  holdMs?: number;
}

const reason = (error: unknown) => scrubSecrets(error instanceof Error ? error.message : String(error));

/**
 * One chat's turn across instances on PostgreSQL: a transaction advisory lock keyed by the chat,
 * taken on a connection of this module's own pool (never one the handler needs, so a waiting turn
 * cannot starve the handlers) and held while one update of that chat is handled. PostgreSQL queues
 * the waiters of a lock in the order they asked, so the chat's updates are handled one at a time in
 * the order they reached the instances — what grammY's `sequentialize` does inside one process.
 *
 * Nothing can wedge a chat: a process that dies closes its connection and the lock goes with it
 * (a vanished machine: within the server's TCP keepalive, ≈ 25 s); a waiter gives up after `waitMs`
 * (lock_timeout) and handles its update anyway; a handler still running after `holdMs` loses the
 * turn (the transaction ends), and a process that stops answering loses it `holdMs` + 5 s later
 * (idle_in_transaction_session_timeout). The transaction writes nothing: it is rolled back.
 */
export function createPgChatOrder(options: PgChatOrderOptions): ChatOrder {
  const { logger } = options;
  const waitMs = options.waitMs ?? 30_000;
  const holdMs = options.holdMs ?? 60_000;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 20,
    keepAlive: true,
    connectionTimeoutMillis: waitMs,
    idleTimeoutMillis: 30_000,
    // The server notices a vanished client (and frees its locks) after idle 10 s + 3 probes × 5 s.
    // The two bounds are the session's own: these connections run nothing but turns, so each turn
    // need not set them again (two statements fewer per update).
    application_name: 'dieuphoi-turns',
    options: `-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3 -c lock_timeout=${waitMs} -c idle_in_transaction_session_timeout=${holdMs + 5_000}`,
  });
  // A connection the server closes (a turn held too long, a restart) is dropped by the pool; without
  // listeners its 'error' would crash the process. One listener per connection, for its whole life.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));

  const counts = { waitingConnection: 0, waitingLock: 0, holding: 0, turns: 0, connectionWaitMs: 0, lockWaitMs: 0, holdMs: 0 };

  async function takeTurn(key: string): Promise<pg.PoolClient | null> {
    let client: pg.PoolClient;
    const asked = performance.now();
    counts.waitingConnection++;
    try {
      client = await pool.connect();
    } catch (error) {
      logger.warn({ chat: key, err: reason(error) }, 'chat order: no connection for the turn; the update is handled without it');
      return null;
    } finally {
      counts.waitingConnection--;
    }
    const connected = performance.now();
    counts.connectionWaitMs += connected - asked;
    counts.waitingLock++;
    try {
      // One round trip: begin, then wait for the chat's turn (bounded by the session's lock_timeout).
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${CHAT_TURN_KEY}, hashtext(${client.escapeLiteral(key)}));`);
      return client;
    } catch (error) {
      logger.warn({ chat: key, err: reason(error) }, 'chat order: the turn was not taken in time; the update is handled without it');
      await endTurn(client);
      return null;
    } finally {
      counts.waitingLock--;
      counts.lockWaitMs += performance.now() - connected;
    }
  }

  /** Turns being given back (their rollback sent, not yet answered). */
  const endings = new Set<Promise<void>>();

  async function endTurn(client: pg.PoolClient): Promise<void> {
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return {
    async run(key, work) {
      const client = await takeTurn(key);
      const handled = work();
      if (!client) return handled;
      const granted = performance.now();
      counts.holding++;
      counts.turns++;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), holdMs);
      });
      const settled = handled.then(
        () => 'done' as const,
        () => 'done' as const,
      );
      if ((await Promise.race([settled, late])) === 'late') {
        logger.warn({ chat: key, holdMs }, 'chat order: the update is still being handled; its chat is let go');
      }
      clearTimeout(timer);
      counts.holding--;
      counts.holdMs += performance.now() - granted;
      // Not awaited: the update is handled, and the chat's next update (here or on another instance)
      // waits in PostgreSQL until this rollback frees the lock, so the round trip need not delay it.
      const ending = endTurn(client);
      endings.add(ending);
      void ending.finally(() => endings.delete(ending));
      return handled;
    },
    stats: (): ChatOrderStats => ({ ...counts, connections: pool.totalCount }),
    async close() {
      await Promise.all(endings);
      await pool.end();
    },
  };
}
