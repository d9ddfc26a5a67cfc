import pg from 'pg';
import type { ChatOrder, ChatOrderStats } from '../core/ports/chat-order.ts';
import { type Logger, scrubSecrets } from '../logger.ts';
import { createSharedTurns, type SharedTurn } from './pg-shared-turns.ts';

/** First key of the advisory locks (int, int) for chat turns ("DPCH"); the second is hashtext(chat key). */
const CHAT_TURN_KEY = 0x44_50_43_48;

export interface PgChatOrderOptions {
  databaseUrl: string;
  logger: Pick<Logger, 'warn'>;
  /** connections for turns that must wait (another instance holds the chat), held or awaited at once on this instance */
  maxConnections?: number;
  /** connections shared by the turns nobody else holds, each holding many chats' turns at once */
  sharedConnections?: number;
  /** an update waits at most this long for its chat's turn, then is handled anyway (logged) */
  waitMs?: number;
  /** a turn is held at most this long: a handler still running after it no longer holds its chat */
  holdMs?: number;
}

const reason = (error: unknown) => scrubSecrets(error instanceof Error ? error.message : String(error));

/** A turn held: on a shared connection (session lock), or on a connection of its own (transaction lock). */
type Held = { shared: SharedTurn } | { own: pg.PoolClient };

/**
 * One chat's turn across instances on PostgreSQL: an advisory lock keyed by the chat, held while one
 * update of that chat is handled. PostgreSQL queues the waiters of a lock in the order they asked, so
 * the chat's updates are handled one at a time in the order they reached the instances — what grammY's
 * `sequentialize` does inside one process.
 *
 * Measured (docs/benchmarks.md, 30/11/2026): a turn is rarely contended, but holding a connection per
 * turn for the whole handling (the reply's HTTP round trips included) capped each instance at 20
 * updates in flight while Prisma's connections sat idle. So a turn nobody else holds or waits for is
 * taken with `pg_try_advisory_lock` on one of a few shared connections (src/db/pg-shared-turns.ts),
 * which hold the turns of many chats at once. Only a contended turn — the chat is held or awaited
 * by another instance, or already by this one — waits as before: `BEGIN; pg_advisory_xact_lock` on a
 * connection of its own pool (never one the handler needs). The try never jumps a queued waiter, so
 * the order PostgreSQL keeps is the same either way.
 *
 * Nothing can wedge a chat: a process that dies closes its connections and the locks go with them
 * (a vanished machine: within the server's TCP keepalive, ≈ 25 s); a waiter gives up after `waitMs`
 * (lock_timeout) and handles its update anyway; a handler still running after `holdMs` loses the
 * turn, and a process that stops answering loses it `holdMs` + 5 s later (idle_session_timeout on
 * the shared connections, idle_in_transaction_session_timeout on the own ones). Nothing is written.
 */
export function createPgChatOrder(options: PgChatOrderOptions): ChatOrder {
  const { logger } = options;
  const waitMs = options.waitMs ?? 30_000;
  const holdMs = options.holdMs ?? 60_000;
  const shared = createSharedTurns({
    databaseUrl: options.databaseUrl,
    lockKey: CHAT_TURN_KEY,
    connections: options.sharedConnections ?? 4,
    idleSessionMs: holdMs + 5_000,
  });
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 20,
    keepAlive: true,
    connectionTimeoutMillis: waitMs,
    idleTimeoutMillis: 30_000,
    application_name: 'dieuphoi-turns',
    // The server notices a vanished client (and frees its locks) after idle 10 s + 3 probes × 5 s.
    // The two bounds are the session's own: these connections run nothing but turns, so each turn
    // need not set them again (two statements fewer per update).
    options: `-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3 -c lock_timeout=${waitMs} -c idle_in_transaction_session_timeout=${holdMs + 5_000}`,
  });
  // A connection the server closes (a turn held too long, a restart) is dropped by the pool; without
  // listeners its 'error' would crash the process. One listener per connection, for its whole life.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));

  const counts = { waitingConnection: 0, waitingLock: 0, holding: 0, turns: 0, contendedTurns: 0, connectionWaitMs: 0, lockWaitMs: 0, holdMs: 0 };
  /** Chats this instance holds or is asking for: a second local update of one waits on its own connection (a session lock is re-entrant). */
  const local = new Map<string, number>();

  async function waitForTurn(key: string): Promise<pg.PoolClient | null> {
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
      await endOwnTurn(client);
      return null;
    } finally {
      counts.waitingLock--;
      counts.lockWaitMs += performance.now() - connected;
    }
  }

  /** `alone`: no other update of the chat is held or awaited on this instance. */
  async function takeTurn(key: string, alone: boolean): Promise<Held | null> {
    if (alone) {
      const asked = performance.now();
      const turn = await shared.tryTake(key);
      counts.lockWaitMs += performance.now() - asked;
      if (turn) return { shared: turn };
    }
    counts.contendedTurns++;
    const client = await waitForTurn(key);
    return client ? { own: client } : null;
  }

  async function endOwnTurn(client: pg.PoolClient): Promise<void> {
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch (error) {
      client.release(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Turns being given back (their release sent, not yet answered). */
  const endings = new Set<Promise<void>>();

  function letGo(key: string): void {
    const left = (local.get(key) ?? 1) - 1;
    if (left > 0) local.set(key, left);
    else local.delete(key);
  }

  return {
    async run(key, work) {
      const alone = !local.has(key);
      local.set(key, (local.get(key) ?? 0) + 1);
      let held: Held | null;
      try {
        held = await takeTurn(key, alone);
      } catch (error) {
        letGo(key);
        throw error;
      }
      const handled = work();
      if (!held) {
        void handled.then(
          () => letGo(key),
          () => letGo(key),
        );
        return handled;
      }
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
      // waits in PostgreSQL until this release frees the lock, so the round trip need not delay it.
      // A shared turn's release and this instance's next take of the chat run on one connection, in that order.
      const ending = 'shared' in held ? held.shared.release() : endOwnTurn(held.own);
      letGo(key);
      endings.add(ending);
      void ending.finally(() => endings.delete(ending));
      return handled;
    },
    stats: (): ChatOrderStats => ({ ...counts, connections: pool.totalCount }),
    async close() {
      await Promise.all(endings);
      await shared.close();
      await pool.end();
    },
  };
}
