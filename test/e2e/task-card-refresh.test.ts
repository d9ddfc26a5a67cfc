import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRETARIAT_USER_ID, type SandboxServer, STEERING_CHAT_ID, type StoredMessage } from '../../src/sandbox/index.ts';
import { botMessagesWithButtons, buttonData, type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

/**
 * The task card in a unit group follows the task, over real HTTP: a report and a confirmation edit
 * the card already in the Telegram group (same message, new text and buttons), through the
 * dispatcher, the outbox and the sandbox's Bot API. A Zalo group cannot edit: its cards stay as
 * posted and no new message stands in for an edit.
 */
describe('end to end: the task card is edited after a report and a confirmation, and nothing is sent on Zalo', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let cap5: number;
  let zalo: number;
  const prisma = () => sandbox.run.app.db.prisma;
  const taskId = async (code: string) => (await prisma().task.findFirstOrThrow({ where: { code } })).id;
  const cardOf = (chatId: number, code: string): StoredMessage => {
    const found = botMessagesWithButtons(server, chatId, 'st:').find((m) => m.message.text?.includes(`Mã: ${code}`));
    if (!found) throw new Error(`no card of ${code}`);
    return found;
  };
  /** The card (the same message) once its text says `text`. */
  const cardReading = (chatId: number, messageId: number, text: string) =>
    waitFor(`the card ${messageId} to read "${text}"`, () => {
      const now = server.messages(chatId).find((m) => m.message.message_id === messageId);
      return now?.message.text?.includes(text) ? now : undefined;
    });
  const inviteCode = async (unit: string) => {
    const since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: `/moi ${unit}` });
    const invite = await waitForBotMessage(server, STEERING_CHAT_ID, since, '/ketnoi ');
    return /\/ketnoi ([A-Z2-9]{8})/.exec(invite.message.text ?? '')![1]!;
  };
  const idleOutbox = () =>
    waitFor(
      'an outbox with nothing waiting',
      async () => (await prisma().outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) === 0 || undefined,
    );

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    const chats = [...server.state.chats.values()];
    cap5 = chats.find((c) => c.chat.title === 'Công an Phường 5')!.chat.id;
    zalo = chats.find((c) => c.platform === 'zalo')!.chat.id;
    await waitFor('the introduction in the CAP5 group', () => server.messages(cap5).find((m) => m.fromBot));
    const since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/batdau' });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã kết nối nhóm này làm nhóm Ban Chỉ đạo');
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('posts the CAP5 cards saying "Chưa thực hiện"', async () => {
    const focal = [...server.state.chats.get(cap5)!.members.keys()][0]!;
    server.sendUserMessage({ chatId: cap5, fromUserId: focal, text: `/ketnoi ${await inviteCode('CAP5')}` });
    await waitFor('the four CAP5 cards', () => (botMessagesWithButtons(server, cap5, 'st:').length >= 4 ? true : undefined));
    expect(cardOf(cap5, 'P5-01').message.text).toContain('Trạng thái: Chưa thực hiện');
  });

  it('a report by button edits the same card to "Đang thực hiện"', async () => {
    const focal = [...server.state.chats.get(cap5)!.members.keys()][0]!;
    const card = cardOf(cap5, 'P5-01');
    const id = await taskId('P5-01');
    const sent = mark(server);
    server.pressButton({ chatId: cap5, fromUserId: focal, messageId: card.message.message_id, data: `st:${id}:ip` });
    await waitForBotMessage(server, cap5, sent, /Đã ghi nhận \(P5-01\): Đang thực hiện/);
    const edited = await cardReading(cap5, card.message.message_id, 'Trạng thái: Đang thực hiện');
    expect(edited.message.edit_date).toBeDefined();
    expect(edited.message.text).not.toContain('Trạng thái: Chưa thực hiện');
    expect(buttonData(edited)).toEqual([`st:${id}:ip`, `st:${id}:dn`, `st:${id}:bl`, `st:${id}:dt`]);
  });

  it('done, then confirmed in the steering group: the card reads "Hoàn thành" with only [Chi tiết]', async () => {
    const focal = [...server.state.chats.get(cap5)!.members.keys()][0]!;
    const card = cardOf(cap5, 'P5-01');
    const id = await taskId('P5-01');
    const since = mark(server);
    server.sendUserMessage({ chatId: cap5, fromUserId: focal, text: 'xong rồi anh', replyToMessageId: card.message.message_id });
    await cardReading(cap5, card.message.message_id, 'Trạng thái: Chờ xác nhận');
    const ask = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'báo hoàn thành nhiệm vụ P5-01');
    server.pressButton({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, messageId: ask.message.message_id, data: `cf:${id}` });
    const done = await cardReading(cap5, card.message.message_id, 'Trạng thái: Hoàn thành');
    expect(done.message.text).toContain('không cần báo cáo thêm');
    expect(buttonData(done)).toEqual([`st:${id}:dt`]);
    // each edit landed on the card: no card was posted a second time
    await idleOutbox();
    expect(server.messages(cap5).filter((m) => m.fromBot && m.message.text?.includes('Mã: P5-01'))).toHaveLength(1);
  });

  it('on Zalo a report leaves the cards as posted and sends only the receipt; the Telegram card of the same task is edited', async () => {
    const focal = [...server.state.chats.get(zalo)!.members.keys()][0]!;
    const code = await inviteCode('CATP');
    let since = mark(server);
    server.sendUserMessage({ chatId: zalo, fromUserId: focal, text: `@Điều phối /ketnoi ${code}` });
    await waitForBotMessage(server, zalo, since, 'Đã kết nối nhóm này với đơn vị Công an thành phố');
    await waitFor('the three CATP cards on Zalo', () =>
      server.messages(zalo).filter((m) => m.fromBot && /Mã: (GD1-01|GD2-01|GD2-02)/.test(m.message.text ?? '')).length >= 3 ? true : undefined,
    );
    await idleOutbox();
    const before = server.messages(zalo).filter((m) => m.fromBot);
    const cap5Card = cardOf(cap5, 'GD2-01');

    since = mark(server);
    server.sendUserMessage({ chatId: zalo, fromUserId: focal, text: '@Điều phối GD2-01 đã triển khai được 60%' });
    await waitForBotMessage(server, zalo, since, 'GD2-01');
    // CAP5 supports GD2-01 from Telegram: its card is edited to the task's state, and the lead's percent is not
    // shown as its own (docs/status.md: a supporting unit's progress is its part's)
    const edited = await cardReading(cap5, cap5Card.message.message_id, 'Trạng thái: Đang thực hiện');
    expect(edited.message.text?.split('\n').find((line) => line.startsWith('Trạng thái:'))).toBe('Trạng thái: Đang thực hiện');
    await idleOutbox();
    const after = server.messages(zalo).filter((m) => m.fromBot);
    expect(after).toHaveLength(before.length + 1);
    for (const card of before) expect(after.find((m) => m.message.message_id === card.message.message_id)?.message.text).toBe(card.message.text);
    const chat = await prisma().chat.findFirstOrThrow({ where: { platform: 'zalo', externalId: String(zalo) } });
    expect(await prisma().outboxMessage.count({ where: { chatId: chat.id, idempotencyKey: { contains: ':edit' } } })).toBe(0);
  });
});
