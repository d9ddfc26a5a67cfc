import pg from 'pg';
import pino from 'pino';
import { z } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../commands/types.ts';
import type { AppDeps } from '../../src/app-deps.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ChatOrder } from '../../src/core/ports/chat-order.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createPgChatOrder } from '../../src/db/pg-chat-order.ts';
import { createStores } from '../../src/db/stores.ts';
import type { ChannelSession } from '../../src/dispatch/channel-session.ts';
import { createDispatcher, type Dispatcher } from '../../src/dispatch/dispatch-event.ts';
import type { DispatchRegistry } from '../../src/dispatch/dispatch-registry.ts';
import type { CommandEvent } from '../../src/dispatch/inbound-event.ts';
import { FakeOutbox } from '../support/fake-outbox.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/** Each handled update writes "start N" and "end N"; an update whose gate is set waits for it in between. */
function loggingRegistry(log: string[], gates: Map<string, Promise<void>>): DispatchRegistry {
  const step: CommandDefinition = {
    name: 'buoc',
    help: { vi: 'buoc', en: 'buoc' },
    usage: { vi: '/buoc', en: '/buoc' },
    args: z.string(),
    handle: async (_ctx: unknown, label: string) => {
      log.push(`start ${label}`);
      await gates.get(label);
      log.push(`end ${label}`);
    },
  } as unknown as CommandDefinition;
  return {
    commands: [step],
    buttonActions: [],
    replyHandlers: [],
    fileHandlers: [],
    findCommand: (name) => (name === 'buoc' ? step : undefined),
    runCommand: (definition, ctx, rawArgs) => definition.handle(ctx, rawArgs as never),
  };
}

const session: ChannelSession = {
  capabilities: { textLimit: 4096, buttons: true, edits: true, documents: true, photos: true, replyThreads: true, groupReading: 'all' },
  botUsername: 'dieuphoi_bot',
  reply: async () => [{ messageId: '1' }],
  isChatAdmin: async () => false,
};

let nextUpdate = 1;
function step(chat: string, label: string): CommandEvent {
  return {
    platform: 'telegram',
    updateKey: String(nextUpdate++),
    kind: 'command',
    name: 'buoc',
    rawArgs: label,
    addressee: null,
    chat: { externalId: chat, type: 'group', title: `Nhóm ${chat}` },
    user: { externalId: '501', name: 'Người thử' },
    messageId: String(nextUpdate),
  };
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('one chat in order across two instances on PostgreSQL (advisory lock per chat)', () => {
  let testDb: TestDatabase;
  let admin: pg.Client;
  const databases: Database[] = [];
  const orders: ChatOrder[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
  });

  // Each test's instances are closed after it, so the file never holds more than two tests' worth of connections.
  afterEach(async () => {
    for (const order of orders.splice(0)) await order.close();
    for (const db of databases.splice(0)) await db.close();
  });

  afterAll(async () => {
    await admin.end();
    await testDb.drop();
  });

  /** An instance: its own database connections, its own chat order and its own dispatcher. */
  async function instance(log: string[], gates: Map<string, Promise<void>>, bounds: { waitMs?: number; holdMs?: number } = {}): Promise<Dispatcher> {
    const db = await openDatabase(testDb.url, { migrate: false });
    databases.push(db);
    const chatOrder = createPgChatOrder({ databaseUrl: testDb.url, logger: pino({ level: 'silent' }), ...bounds });
    orders.push(chatOrder);
    const loaded = loadConfig({ SECRETARIAT_USER_IDS: '1001' });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const stores = createStores(db);
    const deps: AppDeps = {
      config: loaded.config,
      stores,
      outbox: new FakeOutbox(),
      clock: new ManualClock(new Date('2026-11-30T02:00:00Z')),
      logger: pino({ level: 'silent' }),
      botUsername: 'dieuphoi_bot',
      outputs: {} as AppDeps['outputs'],
      planFiles: {} as AppDeps['planFiles'],
      chatOrder,
    };
    return createDispatcher(deps, loggingRegistry(log, gates));
  }

  /** Until PostgreSQL has `count` chat turns waiting (so the next request queues behind them). */
  async function waiting(count: number): Promise<void> {
    for (;;) {
      const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
      if (rows[0]!.n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('handles interleaved updates of one chat in arrival order, while another chat goes ahead', async () => {
    const log: string[] = [];
    const first = gate();
    const gates = new Map([['x1', first.promise]]);
    const a = await instance(log, gates);
    const b = await instance(log, gates);

    const x1 = a.dispatch(step('-100', 'x1'), session);
    while (!log.includes('start x1')) await new Promise((resolve) => setTimeout(resolve, 10));
    const x2 = b.dispatch(step('-100', 'x2'), session);
    await waiting(1);
    const x3 = a.dispatch(step('-100', 'x3'), session);
    await waiting(2);
    const x4 = b.dispatch(step('-100', 'x4'), session);
    await waiting(3);
    // Another chat, on either instance, is not held up by the busy one.
    expect((await b.dispatch(step('-200', 'y1'), session)).status).toBe('handled');
    expect((await a.dispatch(step('-200', 'y2'), session)).status).toBe('handled');
    expect(log).toEqual(['start x1', 'start y1', 'end y1', 'start y2', 'end y2']);

    first.open();
    const outcomes = await Promise.all([x1, x2, x3, x4]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['handled', 'handled', 'handled', 'handled']);
    expect(log.filter((line) => line.includes('x'))).toEqual(['start x1', 'end x1', 'start x2', 'end x2', 'start x3', 'end x3', 'start x4', 'end x4']);
  });

  it('a second update of a chat on the same instance waits for the first, though the first holds its turn on a shared connection', async () => {
    const log: string[] = [];
    const first = gate();
    const gates = new Map([['s1', first.promise]]);
    const a = await instance(log, gates);
    const s1 = a.dispatch(step('-150', 's1'), session);
    while (!log.includes('start s1')) await new Promise((resolve) => setTimeout(resolve, 10));
    const s2 = a.dispatch(step('-150', 's2'), session);
    // A session advisory lock is re-entrant: without the instance's own guard s2 would be granted at once.
    await waiting(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log).toEqual(['start s1']);
    first.open();
    expect((await Promise.all([s1, s2])).map((outcome) => outcome.status)).toEqual(['handled', 'handled']);
    expect(log).toEqual(['start s1', 'end s1', 'start s2', 'end s2']);
    // s1 found its chat free and held it on a shared connection; only s2 waited on a connection of its own.
    expect(orders.at(-1)!.stats!()).toMatchObject({ turns: 2, contendedTurns: 1, holding: 0, waitingLock: 0 });
  });

  it('many updates of a few chats spread over two instances at once: never two of one chat together, each handled once, redeliveries deduplicated', async () => {
    const log: string[] = [];
    // Each handling waits 10–30 ms from its start, so a second handling of a chat let in too early would overlap it.
    const delays = new (class extends Map<string, Promise<void>> {
      override get(label: string) {
        return new Promise<void>((resolve) => setTimeout(resolve, 10 + ((label.length * 7 + Number(label.split('#')[1])) % 5) * 5));
      }
    })();
    const a = await instance(log, delays);
    const b = await instance(log, delays);
    const events: { event: CommandEvent; on: Dispatcher; other: Dispatcher }[] = [];
    for (let n = 0; n < 15; n++) {
      for (const chat of ['-601', '-602', '-603', '-604']) {
        // A chat's updates go to A, A, B, A, B, B … : hand-offs between instances and runs on one.
        const onA = (n * 5 + Number(chat)) % 3 !== 0;
        events.push({ event: step(chat, `${chat}#${n}`), on: onA ? a : b, other: onA ? b : a });
      }
    }
    const outcomes = await Promise.all(events.map(({ event, on }) => on.dispatch(event, session)));
    expect(outcomes.every((outcome) => outcome.status === 'handled')).toBe(true);
    for (const chat of ['-601', '-602', '-603', '-604']) {
      const lines = log.filter((line) => line.includes(`${chat}#`));
      expect(lines).toHaveLength(30);
      for (let i = 0; i < lines.length; i += 2) {
        // start then end of the same update, never another update of the chat in between
        expect(lines[i]).toMatch(/^start /);
        expect(lines[i + 1]).toBe(lines[i]!.replace('start', 'end'));
      }
    }
    const again = await Promise.all(events.map(({ event, other }) => other.dispatch(event, session)));
    expect(again.every((outcome) => outcome.status === 'duplicate')).toBe(true);
    expect(log).toHaveLength(120);
  });

  it('a dead instance does not wedge its chat: its lock goes with its connection', async () => {
    const log: string[] = [];
    const stuck = gate();
    const gates = new Map([['d1', stuck.promise]]);
    const a = await instance(log, gates);
    const b = await instance(log, gates);
    void a.dispatch(step('-300', 'd1'), session);
    while (!log.includes('start d1')) await new Promise((resolve) => setTimeout(resolve, 10));
    const next = b.dispatch(step('-300', 'd2'), session);
    await waiting(1);
    // What kill -9 of instance A does to PostgreSQL: its connections end.
    // This test's database only: other databases on the server (benchmarks, other test runs) keep their sessions.
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    expect((await next).status).toBe('handled');
    expect(log).toEqual(['start d1', 'start d2', 'end d2']);
    stuck.open();
  });

  it('a handler that hangs lets its chat go after the hold bound, and a waiter past its bound goes ahead', async () => {
    const log: string[] = [];
    const hung = gate();
    const gates = new Map([['h1', hung.promise]]);
    const a = await instance(log, gates, { holdMs: 300 });
    const b = await instance(log, gates, { waitMs: 60_000 });
    const h1 = a.dispatch(step('-400', 'h1'), session);
    while (!log.includes('start h1')) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await b.dispatch(step('-400', 'h2'), session)).status).toBe('handled');
    expect(log).toEqual(['start h1', 'start h2', 'end h2']);

    const c = await instance(log, gates, { holdMs: 60_000 });
    const d = await instance(log, gates, { waitMs: 200 });
    const stuck = gate();
    gates.set('w1', stuck.promise);
    void c.dispatch(step('-500', 'w1'), session);
    while (!log.includes('start w1')) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await d.dispatch(step('-500', 'w2'), session)).status).toBe('handled');
    expect(log.slice(-3)).toEqual(['start w1', 'start w2', 'end w2']);
    hung.open();
    stuck.open();
    await h1;
  });
});
