import { createServer } from 'node:net';
import { createDocumentOutputs } from '../../src/reports/document-outputs.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app-deps.ts';
import { createTelegramBot, type TelegramBot } from '../../src/channels/telegram/build-bot.ts';
import { configSchema } from '../../src/config/config.ts';
import { systemClock } from '../../src/app/offset-clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { createStubRegistry } from './support/stub-registry.ts';

const TOKEN = '123456:SANDBOXsandboxSANDBOXsandbox';
const groupId = -1_001_000_000_555;
const userId = 300_001;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Running {
  sandbox: SandboxServer;
  db: Database;
  testDb: TestDatabase;
  telegram: TelegramBot;
}

async function startOnSandbox(mode: 'polling' | 'webhook'): Promise<Running> {
  const sandbox = createSandboxServer({ token: TOKEN });
  const { apiRoot } = await sandbox.listen(0);
  sandbox.createUser({ id: userId, first_name: 'Lê', last_name: 'Văn Bình' });
  sandbox.createChat({ id: groupId, title: 'Hội Cựu chiến binh Phường 5', type: 'supergroup', members: [{ userId, status: 'creator' }], botIsMember: false });
  const testDb = await createTestDatabase('sqlite');
  const db = await openDatabase(testDb.url, { migrate: false });
  const port = await freePort();
  const env: Record<string, string> = { BOT_MODE: mode, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot };
  if (mode === 'webhook')
    Object.assign(env, { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`, WEBHOOK_PORT: String(port), WEBHOOK_SECRET: 'sandbox-secret-0123456789' });
  const deps: AppDeps = {
    config: configSchema.parse(env),
    stores: createStores(db),
    outbox: { enqueue: async () => true, enqueueMany: async (inputs) => inputs.length, replaceWaiting: async () => false },
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    botUsername: 'dieuphoi_sandbox_bot',
    outputs: createDocumentOutputs(),
    planFiles: createPlanFiles(),
  };
  const telegram = createTelegramBot(deps, { token: TOKEN, registry: createStubRegistry().registry, pollingTimeoutSeconds: 1 });
  await telegram.start();
  return { sandbox, db, testDb, telegram };
}

describe.each(['polling', 'webhook'] as const)('Telegram channel over HTTP against the sandbox Bot API server (%s)', (mode) => {
  let running: Running | undefined;
  afterEach(async () => {
    await running?.telegram.stop();
    await running?.sandbox.close();
    await running?.db.close();
    await running?.testDb.drop();
  });

  it('introduces itself when added, answers /start, routes a button press, and stops cleanly', async () => {
    running = await startOnSandbox(mode);
    const { sandbox, db, telegram } = running;

    sandbox.addBotToChat(groupId, userId);
    const intro = await sandbox.nextBotMessage(groupId);
    expect(intro.message.text).toContain('/ketnoi');

    const command = sandbox.sendUserMessage({ chatId: groupId, fromUserId: userId, text: '/start@dieuphoi_sandbox_bot' });
    const answer = await sandbox.nextBotMessage(groupId);
    expect(answer.message.text).toBe('Xin chào!');
    expect(answer.message.reply_to_message?.message_id).toBe(command.message_id);

    const pressed = sandbox.pressButton({ chatId: groupId, fromUserId: userId, messageId: answer.message.message_id, data: 'xong:1' });
    const callback = await sandbox.waitForCallbackAnswer(pressed);
    expect(callback).toMatchObject({ answered: true, text: 'Đã ghi nhận hoàn thành' });
    const edited = sandbox.messages(groupId).find((m) => m.message.message_id === answer.message.message_id);
    expect(edited?.message.text).toBe('Nhiệm vụ 1: hoàn thành');

    const menu = await telegram.bot.api.getMyCommands({ scope: { type: 'all_group_chats' }, language_code: 'en' });
    expect(menu).toContainEqual({ command: 'tiendo', description: 'Command tiendo in English' });
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { externalId: String(groupId) } });
    expect(chat).toMatchObject({ title: 'Hội Cựu chiến binh Phường 5', active: true });

    await telegram.stop();
    sandbox.sendUserMessage({ chatId: groupId, fromUserId: userId, text: '/start' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sandbox.messages(groupId).filter((m) => m.fromBot)).toHaveLength(2);
  });
});
