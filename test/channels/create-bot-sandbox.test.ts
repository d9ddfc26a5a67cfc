import pino from 'pino';
import { createDocumentOutputs } from '../../src/reports/document-outputs.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/channels/telegram/create-bot.ts';
import type { TelegramBot } from '../../src/channels/telegram/build-bot.ts';
import { configSchema } from '../../src/config/config.ts';
import { systemClock } from '../../src/app/offset-clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

describe('createBot with the real commands, polling the sandbox over HTTP', () => {
  let sandbox: SandboxServer;
  let testDb: TestDatabase;
  let db: Database;
  let telegram: TelegramBot;
  const groupId = -1_001_000_000_777;
  const userId = 300_002;

  beforeAll(async () => {
    sandbox = createSandboxServer();
    const { apiRoot } = await sandbox.listen(0);
    sandbox.createUser({ id: userId, first_name: 'Phạm', last_name: 'Thị Lan' });
    sandbox.createChat({ id: groupId, title: 'Hội Nông dân Phường 5', type: 'supergroup', members: [{ userId, status: 'creator' }] });
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    telegram = createBot({
      config: configSchema.parse({ TELEGRAM_API_ROOT: apiRoot }),
      stores: createStores(db),
      outbox: { enqueue: async () => true, enqueueMany: async (inputs) => inputs.length, replaceWaiting: async () => false },
      clock: systemClock,
      logger: pino({ level: 'silent' }),
      botUsername: 'dieuphoi_sandbox_bot',
      outputs: createDocumentOutputs(),
      planFiles: createPlanFiles(),
      token: sandbox.token,
      pollingTimeoutSeconds: 1,
    });
    await telegram.start();
  });

  afterAll(async () => {
    await telegram?.stop();
    await sandbox?.close();
    await db?.close();
    await testDb?.drop();
  });

  it('answers /start in Vietnamese and registers the command menu', async () => {
    const sent = sandbox.sendUserMessage({ chatId: groupId, fromUserId: userId, text: '/start' });
    const answer = await sandbox.nextBotMessage(groupId);
    expect(answer.message.text).toContain('Xin chào! Tôi là Điều phối');
    expect(answer.message.reply_to_message?.message_id).toBe(sent.message_id);

    const menu = await telegram.bot.api.getMyCommands({ scope: { type: 'all_group_chats' } });
    expect(menu.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'tiendo', 'nhiemvu']));
    const member = await db.prisma.chatMember.findFirst({ where: { externalUserId: String(userId) } });
    expect(member?.displayName).toBe('Phạm Thị Lan');
  });
});
