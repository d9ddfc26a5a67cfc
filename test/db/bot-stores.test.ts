import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotStores } from '../../src/db/bot-stores.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import type { DbProvider } from '../../src/db/provider.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/** Two instances of the bot over one database: a change made through A, then B reads the chat. */
describe.each<[DbProvider, boolean]>([
  ['postgresql', true],
  ['sqlite', false],
])('the running bot’s chat records on %s', (provider, seenAtOnce) => {
  let testDb: TestDatabase;
  let dbA: Database;
  let dbB: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    dbA = await openDatabase(testDb.url, { migrate: false });
    dbB = await openDatabase(testDb.url, { migrate: false });
  });

  afterAll(async () => {
    await dbA.close();
    await dbB.close();
    await testDb.drop();
  });

  it(
    seenAtOnce ? 'another instance sees a chat deactivated at once (no cache)' : 'one process keeps its short cache (another process would wait for it)',
    async () => {
      const a = createBotStores(dbA);
      const b = createBotStores(dbB);
      const ref = { platform: 'telegram' as const, externalId: '-7001', title: 'Nhóm A' };
      const chat = await a.chats.ensureChat(ref);
      expect((await b.chats.ensureChat(ref)).active).toBe(true);
      await a.chats.setActive(chat.id, false, 'bot removed');
      expect((await b.chats.ensureChat(ref)).active).toBe(!seenAtOnce);
    },
  );
});
