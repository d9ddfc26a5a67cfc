import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { createTelegramTransport } from '../../src/channels/telegram/telegram-transport.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { MORNING, captureLogger, drain, message } from './helpers.ts';

const GROUP = -1_001_111_222_333;

describe('outbox through the grammY transport to the sandbox Bot API', () => {
  let testDb: TestDatabase;
  let db: Database;
  let server: SandboxServer;
  let apiRoot: string;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    server = createSandboxServer();
    ({ apiRoot } = await server.listen());
    server.createUser({ id: 501, first_name: 'Nguyễn Thị Lan' });
    server.createChat({ id: GROUP, title: 'Công an Phường 5', type: 'supergroup', members: [{ userId: 501, status: 'creator' }] });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    await testDb?.drop();
  });

  it('delivers a long digest as valid HTML parts, in order, with the buttons under the last', async () => {
    const chat = await db.prisma.chat.create({ data: { externalId: String(GROUP), kind: 'unit' } });
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(db);
    const sender = createOutboxSender({
      queue,
      transport: createTelegramTransport(new Api(server.token, { apiRoot })),
      clock,
      logger: captureLogger(),
      owner: 'sandbox-test',
      sleep: async (ms) => clock.advance(ms),
    });
    const lines = ['<b>Báo cáo ngày 26/11/2026</b>'];
    for (let i = 1; lines.join('\n').length < 6_000; i++) lines.push(`${i}. <b>Đơn vị ${i}</b> — <i>quá hạn</i> ${i} ngày &lt;3&gt;`);
    const html = lines.join('\n');
    await queue.enqueue(message(chat.id, 'digest', html, { message: { html, buttons: [[{ text: 'Chi tiết', data: 'd:1' }]] } }));
    await drain(sender, queue, clock);

    const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'digest' } });
    expect(row.status).toBe('sent');
    const delivered = server.messages(GROUP).filter((m) => m.fromBot);
    expect(delivered).toHaveLength(2);
    expect(JSON.parse(row.sentMessageIds!)).toEqual(delivered.map((m) => String(m.message.message_id)));
    const texts = delivered.map((m) => (m.message as unknown as { text: string }).text);
    expect(texts[0]!.startsWith('Báo cáo ngày 26/11/2026')).toBe(true);
    expect(texts.join('\n')).toContain('quá hạn 1 ngày <3>');
    const markups = delivered.map((m) => (m.message as unknown as { reply_markup?: unknown }).reply_markup);
    expect(markups[0]).toBeUndefined();
    expect(JSON.stringify(markups[1])).toContain('d:1');
  });

  it('uploads a document and a photo after the text (multipart sendDocument / sendPhoto), bytes intact', async () => {
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { externalId: String(GROUP) } });
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(db);
    const sender = createOutboxSender({
      queue,
      transport: createTelegramTransport(new Api(server.token, { apiRoot })),
      clock,
      logger: captureLogger(),
      owner: 'sandbox-files',
      sleep: async (ms) => clock.advance(ms),
    });
    const before = server.messages(GROUP).length;
    const docx = new Uint8Array(Array.from({ length: 5_000 }, (_, i) => (i * 31) % 256));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const html = '<b>Báo cáo tuần</b>';
    const attachments = [
      {
        kind: 'document' as const,
        fileName: 'bao-cao-tháng-3.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: docx,
      },
      { kind: 'photo' as const, fileName: 'bieu-do.png', mimeType: 'image/png', bytes: png },
    ];
    await queue.enqueue(message(chat.id, 'weekly-files', html, { message: { html, attachments } }));
    await drain(sender, queue, clock);

    const delivered = server
      .messages(GROUP)
      .slice(before)
      .map((m) => m.message as unknown as { text?: string; document?: { file_id: string; file_name: string }; photo?: { file_id: string }[] });
    expect(delivered).toHaveLength(3);
    expect(delivered[0]!.text).toBe('Báo cáo tuần');
    expect(delivered[1]!.document?.file_name).toBe('bao-cao-tháng-3.docx');
    expect([...server.state.files.get(delivered[1]!.document!.file_id)!.bytes]).toEqual([...docx]);
    const photo = delivered[2]!.photo?.at(-1);
    expect([...server.state.files.get(photo!.file_id)!.bytes]).toEqual([...png]);
    const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'weekly-files' } });
    expect(row.status).toBe('sent');
  });

  it('edits a sent message through editMessageText: the decision replaces the text and the buttons go', async () => {
    // The group row from the test above (one chat per external id).
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { externalId: String(GROUP) } });
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(db);
    const sender = createOutboxSender({
      queue,
      transport: createTelegramTransport(new Api(server.token, { apiRoot })),
      clock,
      logger: captureLogger(),
      owner: 'sandbox-edit',
      sleep: async (ms) => clock.advance(ms),
    });
    const ask = '✅ <b>CATP</b> báo hoàn thành nhiệm vụ GD1-01\nXác nhận hay trả lại?';
    await queue.enqueue(message(chat.id, 'done:ask', ask, { message: { html: ask, buttons: [[{ text: 'Xác nhận', data: 'cf:1' }]] } }));
    await drain(sender, queue, clock);
    const [sent] = server
      .messages(GROUP)
      .filter((m) => m.fromBot)
      .slice(-1);
    await queue.enqueue(message(chat.id, 'done:ask:decided', `${ask}\n☑️ Đã xác nhận`, { edits: 'done:ask' }));
    await queue.enqueue(message(chat.id, 'done:ask:again', `${ask}\n☑️ Đã xác nhận`, { edits: 'done:ask' }));
    await drain(sender, queue, clock);

    const after = server.messages(GROUP).filter((m) => m.fromBot);
    const edited = after.find((m) => m.message.message_id === sent!.message.message_id)!.message as unknown as { text: string; reply_markup?: unknown };
    expect(edited.text).toContain('☑️ Đã xác nhận');
    expect(edited.reply_markup).toBeUndefined();
    expect(after.at(-1)!.message.message_id).toBe(sent!.message.message_id);
    // The same edit twice ("message is not modified") counts as done, not as a failure.
    const rows = await db.prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'done:ask:' } } });
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });
});
