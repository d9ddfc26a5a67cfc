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

interface Slot {
  client: Promise<pg.Client> | null;
  /** after a failed connect, no new attempt before this (ms): turns wait on their own connections meanwhile */
  retryAt: number;
}

/** A server that refuses the shared connections (down, full, or older than PostgreSQL 14: no idle_session_timeout) is asked again this often. */
const RETRY_CONNECT_MS = 5_000;

export function createSharedTurns(options: SharedTurnsOptions): SharedTurns {
  const slots: Slot[] = Array.from({ length: options.connections }, () => ({ client: null, retryAt: 0 }));

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

  return {
    async tryTake(key) {
      // One connection per chat key, so a turn's release and the chat's next take on this instance run in that order.
      let client: pg.Client;
      try {
        client = await open(slotOf(key));
      } catch {
        return null;
      }
      const lock = `${options.lockKey}, hashtext(${client.escapeLiteral(key)})`;
      let taken: boolean;
      try {
        const { rows } = await client.query<{ taken: boolean }>(`SELECT pg_try_advisory_lock(${lock}) AS taken`);
        taken = rows[0]?.taken === true;
      } catch {
        return null;
      }
      if (!taken) return null;
      return {
        async release() {
          try {
            await client.query(`SELECT pg_advisory_unlock(${lock})`);
          } catch {
            // The connection is gone, and its locks with it.
          }
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
