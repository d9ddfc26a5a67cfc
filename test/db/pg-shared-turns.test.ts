import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedTurns, type SharedTurns } from '../../src/db/pg-shared-turns.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

const LOCK_KEY = 0x54_45_53_54;

// PostgreSQL only: chat turns are advisory locks; SQLite is one process and takes none.
describe('chat turns held on shared connections (PostgreSQL session advisory locks)', () => {
  let testDb: TestDatabase;
  let admin: pg.Client;
  const opened: SharedTurns[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
  });

  afterAll(async () => {
    for (const turns of opened) await turns.close();
    await admin.end();
    await testDb.drop();
  });

  function sharedTurns(idleSessionMs = 60_000, connections = 2): SharedTurns {
    const turns = createSharedTurns({ databaseUrl: testDb.url, lockKey: LOCK_KEY, connections, idleSessionMs });
    opened.push(turns);
    return turns;
  }

  it('many chats held at once on two connections; a chat held elsewhere is refused, and free again once released', async () => {
    const a = sharedTurns();
    const b = sharedTurns();
    const held = await Promise.all(Array.from({ length: 30 }, (_, i) => a.tryTake(`telegram:-${i}`)));
    expect(held.every((turn) => turn !== null)).toBe(true);
    const { rows } = await admin.query<{ pids: number; locks: number }>(
      "SELECT count(DISTINCT pid)::int AS pids, count(*)::int AS locks FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1",
      [LOCK_KEY],
    );
    expect(rows[0]).toEqual({ pids: 2, locks: 30 });
    expect(await b.tryTake('telegram:-7')).toBeNull();
    await held[7]!.release();
    const again = await b.tryTake('telegram:-7');
    expect(again).not.toBeNull();
    await again!.release();
    for (const turn of held) await turn!.release();
  });

  it('refuses a chat another session waits for, so a waiter queued in PostgreSQL is never overtaken', async () => {
    const a = sharedTurns();
    const first = await a.tryTake('telegram:-50');
    const waiter = new pg.Client({ connectionString: testDb.url });
    await waiter.connect();
    const waited = waiter.query(`SELECT pg_advisory_lock(${LOCK_KEY}, hashtext('telegram:-50'))`);
    for (;;) {
      const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
      if (rows[0]!.n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await sharedTurns().tryTake('telegram:-50')).toBeNull();
    await first!.release();
    await waited;
    expect(await a.tryTake('telegram:-50')).toBeNull();
    await waiter.end();
    const free = await a.tryTake('telegram:-50');
    expect(free).not.toBeNull();
    await free!.release();
  });

  it('a lost connection takes its turns with it and the next take opens a new one; a silent process loses its turns after the idle bound', async () => {
    const a = sharedTurns(60_000, 1);
    expect(await a.tryTake('telegram:-60')).not.toBeNull();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1 AND pid <> pg_backend_pid()", [
      LOCK_KEY,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const b = sharedTurns();
    const taken = await b.tryTake('telegram:-60');
    expect(taken).not.toBeNull();
    await taken!.release();
    expect(await a.tryTake('telegram:-61')).not.toBeNull();

    const silent = sharedTurns(300, 1);
    expect(await silent.tryTake('telegram:-62')).not.toBeNull();
    expect(await b.tryTake('telegram:-62')).toBeNull();
    // idle_session_timeout: the server ends a session that sends nothing for 300 ms, and frees its locks.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const after = await b.tryTake('telegram:-62');
    expect(after).not.toBeNull();
    await after!.release();
  });

  it('every take and release settles when the shared connections are killed while batches are in flight', async () => {
    const turns = sharedTurns(60_000, 2);
    let killing = true;
    const killer = (async () => {
      let kills = 0;
      while (killing) {
        const { rowCount } = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dieuphoi-turns' AND datname = current_database() AND pid <> pg_backend_pid()",
        );
        kills += rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      return kills;
    })();
    const outcomes = { taken: 0, refused: 0, released: 0 };
    // 40 chats × 25 turns each, one at a time per chat as the chat order asks for them.
    const chats = Array.from({ length: 40 }, async (_, chat) => {
      for (let n = 0; n < 25; n++) {
        const turn = await turns.tryTake(`telegram:-${1000 + chat}`);
        if (!turn) {
          outcomes.refused++;
          continue;
        }
        outcomes.taken++;
        await turn.release();
        outcomes.released++;
      }
    });
    const settled = Promise.all(chats).then(() => 'settled' as const);
    const stuck = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 20_000));
    const result = await Promise.race([settled, stuck]);
    killing = false;
    const kills = await killer;
    expect({ result, ...outcomes, asked: outcomes.taken + outcomes.refused }).toEqual({
      result: 'settled',
      taken: outcomes.taken,
      refused: outcomes.refused,
      released: outcomes.taken,
      asked: 1000,
    });
    // The kills landed: some batches failed (their takes refused) and the connections were opened again.
    expect(kills).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.taken).toBeGreaterThan(0);
  }, 30_000);
});
