import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installQueryCounter } from '../../bench/support/count-queries.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, STEERING_CHAT } from '../support/command-harness.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/**
 * What one free-text status reply costs the database on the running bot’s stores (SQLite, PostgreSQL), counted
 * at the driver: the reply benchmark's capacity follows this count (bench/replies/reply-cost.ts).
 * A change that adds a lookup or a write to every reply fails here; lower the figure when a change
 * removes one. The task's cards cost the reply nothing to read: it queues "refresh the cards of this
 * task" and the outbox sender renders them (refresh-task-cards.ts). The outbox here is in memory, so
 * that one queued entry is not counted (the running bot's outbox writes it: one statement while one
 * waits for the task, a few when the last one is already out).
 */
const EXPECTED = {
  // dedupe insert, the task with its assignments, and one transaction writing report, assignment, task and audit
  sqlite: [
    'BEGIN',
    'COMMIT',
    'INSERT AuditLog',
    'INSERT ProcessedUpdate',
    'INSERT StatusReport',
    // the task with its plan, phase and assignments (loadOneTask, src/db/repositories/task-records-query.ts)
    'SELECT',
    'UPDATE Assignment',
    'UPDATE Task',
  ],
  // dedupe, chat, sender, the active steering groups (authority; no cache across instances) and the
  // replied-to message's task with its assignments in one statement (pg-arrival.ts); the report's rows
  // in one statement (pg-report-rows.ts)
  postgresql: ['WITH ProcessedUpdate', 'WITH StatusReport'],
} as const;

describe.each(['sqlite', 'postgresql'] as const)('SQL statements per reply update (%s, the running bot’s stores)', (provider) => {
  // Counted below Prisma; installed before the database is opened.
  const counter = installQueryCounter();
  let testDb: TestDatabase;
  let db: Database;
  let h: CommandHarness;
  let messageId: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    db = await openDatabase(testDb.url, { migrate: false });
    h = await createHarness(db, { botStores: true });
    await h.bindSteeringAndUnit();
    messageId = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    // The first reply of a sender in a chat records the chat, the sender and the task message link.
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã triển khai được 10%');
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it(`is ${EXPECTED[provider].length} for a lead unit’s report`, async () => {
    counter.reset();
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm, được 40%');
    expect(handled).toBe(true);
    expect(replies[0]?.html).toContain('40%');
    // "INSERT StatusReport", "UPDATE Task": the verb and the table written (the counter keeps 160 characters of each statement).
    const label = (sql: string) =>
      `${sql.trim().split(' ')[0]} ${/(?:INTO|UPDATE|FROM)\s+[`"]?(?:(?:main|public)[`"]?\.[`"]?)?(\w+)/.exec(sql)?.[1] ?? ''}`.trim();
    const statements = counter.top(50).flatMap(([sql, n]) => Array.from({ length: n }, () => label(sql)));
    expect({ total: counter.total, statements: statements.sort() }).toEqual({ total: EXPECTED[provider].length, statements: [...EXPECTED[provider]].sort() });
  });

  it('is no more when a lead’s “done” asks the steering group (its list is not read again)', async () => {
    const steering = await h.chat(STEERING_CHAT);
    const queued = h.outbox.queued.length;
    counter.reset();
    const { handled } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'xong rồi');
    expect(handled).toBe(true);
    expect(h.outbox.queued.slice(queued).map((q) => [q.chatId, q.kind])).toEqual([[steering.id, 'notice']]);
    expect(counter.total).toBe(EXPECTED[provider].length);
    // the refresh still waiting from the report before is the same entry (one per task), and the card
    // edit it becomes when sent reads "chờ xác nhận"
    const refreshes = h.outbox.queued.filter((q) => q.chatId === null && q.card !== undefined);
    expect(refreshes).toHaveLength(1);
    await h.deliver();
    const cap5 = await h.chat(CAP5_CHAT);
    const edits = h.outbox.queued.filter((q) => q.chatId === cap5.id && q.edits !== undefined);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.message.html).toContain('Chờ xác nhận');
  });
});
