import pg from 'pg';

/**
 * Chat turns that nobody else holds or waits for, held as session advisory locks on a few connections
 * shared by all of them: one connection holds the turns of many chats at once, so a turn costs no
 * connection while its update is handled (a reply's HTTP round trips included). A turn another
 * session holds or waits for is refused at once (`pg_try_advisory_lock` never jumps a queued waiter),
 * and the caller waits for it on a connection of its own.
 */
export interface SharedTurns {
  /** The turn of `key` taken on a shared connection, or null when it is busy (or no connection can be had). */
  tryTake(key: string): Promise<SharedTurn | null>;
  close(): Promise<void>;
}

export interface SharedTurn {
  /** Frees the turn; the chat's next update (on this or another instance) is granted it in PostgreSQL. */
  release(): Promise<void>;
}

export interface SharedTurnsOptions {
  databaseUrl: string;
  /** the two keys of pg_advisory_lock(int, int): a fixed first key, and the second from the chat key */
  lockKey: number;
  connections: number;
  /** the session's own bound: a process that stops sending anything loses its turns after this long idle */
  idleSessionMs: number;
}

interface Pending {
  sql: string;
  done: (value: boolean | null) => void;
}

interface Slot {
  client: Promise<pg.Client> | null;
  /** statements waiting for the one in flight: sent together, in order, as one message */
  queue: Pending[];
  sending: boolean;
  /** after a failed connect, no new attempt before this (ms): turns wait on their own connections meanwhile */
  retryAt: number;
}

/** A server that refuses the shared connections (down, full, or older than PostgreSQL 14: no idle_session_timeout) is asked again this often. */
const RETRY_CONNECT_MS = 5_000;

export function createSharedTurns(options: SharedTurnsOptions): SharedTurns {
  const slots: Slot[] = Array.from({ length: options.connections }, () => ({ client: null, queue: [], sending: false, retryAt: 0 }));

  function open(slot: Slot): Promise<pg.Client> {
    if (slot.client) return slot.client;
    if (Date.now() < slot.retryAt) return Promise.reject(new Error('shared turns: connection failed recently'));
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      keepAlive: true,
      application_name: 'dieuphoi-turns',
      // A vanished client: keepalives (idle 10 s + 3 × 5 s). A frozen one: its session ends once idle this long.
      options: `-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3 -c idle_session_timeout=${options.idleSessionMs}`,
    });
    const opened = client.connect().then(() => client);
    slot.client = opened;
    // A connection that fails or is ended by the server takes its turns with it; the slot opens a new one when next asked.
    const forget = () => {
      if (slot.client === opened) slot.client = null;
    };
    client.on('error', forget);
    client.on('end', forget);
    opened.catch(() => {
      forget();
      slot.retryAt = Date.now() + RETRY_CONNECT_MS;
    });
    return opened;
  }

  const slotOf = (key: string) => {
    let hash = 0;
    for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    return slots[Math.abs(hash) % slots.length]!;
  };

  /**
   * Every take and release of a slot goes through its queue: while one message is in flight the
   * next statements wait and then go together (`SELECT …; SELECT …`), run by PostgreSQL in the order
   * asked. One connection thus serves hundreds of turns a second at a round trip per batch, and a
   * chat's release still precedes its next take on this instance. Answers `null` when the
   * connection failed (its locks are gone with it).
   */
  function ask(slot: Slot, sql: string): Promise<boolean | null> {
    return new Promise((done) => {
      slot.queue.push({ sql, done });
      void flush(slot);
    });
  }

  async function flush(slot: Slot): Promise<void> {
    if (slot.sending || slot.queue.length === 0) return;
    slot.sending = true;
    const batch = slot.queue.splice(0);
    try {
      const client = await open(slot);
      const answer = (await client.query(batch.map((p) => p.sql).join('; '))) as unknown as pg.QueryResult | pg.QueryResult[];
      const results = Array.isArray(answer) ? answer : [answer];
      for (const [i, pending] of batch.entries()) pending.done(results[i]?.rows[0]?.ok === true);
    } catch {
      for (const pending of batch) pending.done(null);
    } finally {
      slot.sending = false;
      void flush(slot);
    }
  }

  return {
    async tryTake(key) {
      // One connection per chat key, so a turn's release and the chat's next take on this instance run in that order.
      const slot = slotOf(key);
      const lock = `${options.lockKey}, hashtext(${pg.Client.prototype.escapeLiteral(key)})`;
      if ((await ask(slot, `SELECT pg_try_advisory_lock(${lock}) AS ok`)) !== true) return null;
      return {
        async release() {
          // false or null: the lock was no longer this session's (its connection is gone, and its locks with it).
          await ask(slot, `SELECT pg_advisory_unlock(${lock}) AS ok`);
        },
      };
    },
    async close() {
      await Promise.all(
        slots.map(async (slot) => {
          const client = await slot.client?.catch(() => null);
          slot.client = null;
          await client?.end().catch(() => undefined);
        }),
      );
    },
  };
}
