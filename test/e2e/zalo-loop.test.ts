import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMorning, SECRETARIAT_USER_ID, type SandboxServer, STEERING_CHAT_ID } from '../../src/sandbox/index.ts';
import { botMessagesWithButtons, buttonData, type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

/**
 * One committee, two messengers, over real HTTP: the steering group on Telegram, Công an thành phố's
 * group on Zalo (the sandbox's Zalo Bot API flavour). The bot polls both; the outbox sends each chat
 * through its own messenger.
 */
describe('end to end on Zalo: bind by mention → cards → report by text → confirmation on Telegram → digest on Zalo', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let zaloChat: number;
  let focalPoint: number;
  const prisma = () => sandbox.run.app.db.prisma;
  const botTexts = (chatId: number, since = 0) => server.messages(chatId).filter((m) => m.fromBot && m.seq > since);

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    const chat = [...server.state.chats.values()].find((c) => c.platform === 'zalo');
    if (!chat) throw new Error('the sandbox should seed one unit group on Zalo');
    expect(chat.chat.title).toBe('Công an thành phố');
    zaloChat = chat.chat.id;
    focalPoint = [...chat.members.keys()][0]!;
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('binds the Telegram steering group and gives a /moi code for the Zalo unit', async () => {
    let since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/batdau' });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã kết nối nhóm này làm nhóm Ban Chỉ đạo');
    since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/moi CATP' });
    const invite = await waitForBotMessage(server, STEERING_CHAT_ID, since, '/ketnoi ');
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec(invite.message.text ?? '')?.[1];
    expect(code).toBeDefined();

    // In a Zalo group the bot reads only what mentions it: a bare message goes unseen.
    since = mark(server);
    server.sendUserMessage({ chatId: zaloChat, fromUserId: focalPoint, text: `/ketnoi ${code}` });
    server.sendUserMessage({ chatId: zaloChat, fromUserId: focalPoint, text: `@Điều phối /ketnoi ${code}` });
    const bound = await waitForBotMessage(server, zaloChat, since, 'Đã kết nối nhóm này với đơn vị Công an thành phố');
    expect(bound.message.reply_markup).toBeUndefined();
    expect(bound.message.text).toContain('nhắc tới bot kèm mã nhiệm vụ');
    const chat = await prisma().chat.findFirstOrThrow({ where: { platform: 'zalo', externalId: String(zaloChat) } });
    expect(chat.kind).toBe('unit');
  });

  it('posts the unit’s task cards on Zalo as plain text with their codes and the commands to type', async () => {
    const cards = await waitFor('the three CATP task cards on Zalo', () => {
      const found = botTexts(zaloChat).filter((m) => /\b(GD1-01|GD2-01|GD2-02)\b/.test(m.message.text ?? '') && /\/xong /.test(m.message.text ?? ''));
      return found.length >= 3 ? found : undefined;
    });
    for (const card of cards) {
      expect(card.message.reply_markup).toBeUndefined();
      expect(card.message.text!.length).toBeLessThanOrEqual(2000);
      expect(card.message.text).not.toMatch(/<\/?b>/);
      // No reply threads on Zalo: the card says to mention the bot with the code, not to reply.
      expect(card.message.text).not.toContain('Trả lời tin nhắn này');
      // the example and the commands carry the bot's real mention: Zalo groups deliver only mentions
      expect(card.message.text).toMatch(/nhắc tới bot kèm mã nhiệm vụ, ví dụ: “@Điều phối (GD1-01|GD2-01|GD2-02) đã triển khai được 60%”/);
      expect(card.message.text).toMatch(/: @Điều phối \/xong (GD1-01|GD2-01|GD2-02)\n/);
      expect(card.message.text).not.toContain('@tên_bot');
    }
  });

  it('reads a report by text with the code, asks the Telegram steering group to confirm, and confirmation reaches Zalo', async () => {
    const task = await prisma().task.findFirstOrThrow({ where: { code: 'GD2-01' } });
    let since = mark(server);
    server.sendUserMessage({ chatId: zaloChat, fromUserId: focalPoint, text: '@Điều phối GD2-01 xong rồi' });
    await waitForBotMessage(server, zaloChat, since, 'Đã chuyển Ban Chỉ đạo xác nhận hoàn thành');
    expect((await prisma().task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('awaiting_confirmation');
    const ask = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'báo hoàn thành nhiệm vụ GD2-01');
    expect(buttonData(ask)).toEqual([`cf:${task.id}`, `rt:${task.id}`]);

    since = mark(server);
    const [request] = botMessagesWithButtons(server, STEERING_CHAT_ID, `cf:${task.id}`);
    server.pressButton({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, messageId: request!.message.message_id, data: `cf:${task.id}` });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã xác nhận hoàn thành nhiệm vụ GD2-01');
    const told = await waitForBotMessage(server, zaloChat, since, 'GD2-01');
    expect(told.message.text).toMatch(/Hoàn thành/);
    expect((await prisma().task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('done');
  });

  it('keeps a photo whose caption names the task as its evidence (no reply threads on Zalo)', async () => {
    const task = await prisma().task.findFirstOrThrow({ where: { code: 'GD1-01' } });
    const since = mark(server);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await server.sendUserFile({
      chatId: zaloChat,
      fromUserId: focalPoint,
      kind: 'photo',
      fileName: 'bien-ban.png',
      bytes: png,
      mimeType: 'image/png',
      caption: '@Điều phối GD1-01 biên bản họp triển khai',
    });
    await waitForBotMessage(server, zaloChat, since, 'GD1-01');
    const evidence = await prisma().evidence.findMany({ where: { taskId: task.id } });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ kind: 'photo', caption: 'GD1-01 biên bản họp triển khai' });
    expect(evidence[0]!.fileId).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox\/api\/files\//);
  });

  it('sends the unit’s digest on Zalo the next morning', async () => {
    const since = mark(server);
    await server.setClock(nextMorning(server.clock.now()));
    const digest = await waitForBotMessage(server, zaloChat, since, 'Tổng hợp');
    expect(digest.message.text).toContain('28/02/2023');
    expect(digest.message.reply_markup).toBeUndefined();
    const unit = await prisma().chat.findFirstOrThrow({ where: { platform: 'zalo', externalId: String(zaloChat) } });
    await waitFor(
      'the Zalo digest row sent',
      async () => (await prisma().outboxMessage.findFirst({ where: { chatId: unit.id, kind: 'digest', status: 'sent' } })) ?? undefined,
    );
    const stored = await prisma().inboundUpdate.findMany({ where: { platform: 'zalo' } });
    expect(stored.length).toBe(3);
    expect(stored.every((row) => row.status === 'done')).toBe(true);
  });
});
