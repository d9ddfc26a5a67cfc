import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStubRegistry, type StubLog } from './support/stub-registry.ts';
import { BOT_USERNAME, createHarness, type Harness } from './support/telegram-harness.ts';
import { botUser, callbackUpdate, focalPoint, messageUpdate, privateChatOf, secretary, steeringGroup, unitGroup } from './support/updates.ts';

describe('Telegram channel: routing updates to features', () => {
  let h: Harness;
  let log: StubLog;
  const logs: string[] = [];

  beforeAll(async () => {
    const stub = createStubRegistry();
    log = stub.log;
    h = await createHarness({ registry: stub.registry, secretariat: [String(secretary.id)], logs });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.calls.length = 0;
    log.commands.length = 0;
    log.buttons.length = 0;
    log.replies.length = 0;
    log.files.length = 0;
  });

  it('routes /tiendo@BotName with its arguments and replies in HTML to the message', async () => {
    const update = messageUpdate({ chat: unitGroup, from: focalPoint, text: `/tiendo@${BOT_USERNAME} 12 50% <đang> làm` });
    await h.telegram.bot.handleUpdate(update);

    expect(log.commands).toHaveLength(1);
    const ctx = log.commands[0]!.ctx;
    expect(log.commands[0]!.args).toBe('12 50% <đang> làm');
    expect(ctx.platform).toBe('telegram');
    expect(ctx.chat.externalId).toBe(String(unitGroup.id));
    expect(ctx.user).toMatchObject({ id: String(focalPoint.id), name: 'Trần Thị Hoa', username: 'hoa_cap5', isChatAdmin: false });
    expect(ctx.isSecretariat).toBe(false);
    expect(ctx.locale).toBe('vi');

    const [sent] = h.sent();
    expect(sent?.payload).toMatchObject({
      chat_id: unitGroup.id,
      text: 'Đã ghi nhận: 12 50% &lt;đang&gt; làm',
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: update.message!.message_id },
    });

    const chat = await h.stores.chats.findChat('telegram', String(unitGroup.id));
    expect(chat?.title).toBe(unitGroup.title);
    const member = await h.stores.chats.findMember(chat!.id, String(focalPoint.id));
    expect(member).toMatchObject({ displayName: 'Trần Thị Hoa', username: 'hoa_cap5' });
  });

  it('applies a redelivered update once: one reply, one database write', async () => {
    const update = messageUpdate({ chat: unitGroup, from: focalPoint, text: '/tiendo 7 80%' });
    await h.telegram.bot.handleUpdate(update);
    await h.telegram.bot.handleUpdate(structuredClone(update));

    expect(log.commands).toHaveLength(1);
    expect(h.sent()).toHaveLength(1);
    const rows = await h.db.prisma.processedUpdate.count({ where: { key: `telegram:${update.update_id}` } });
    expect(rows).toBe(1);
  });

  it("answers an unknown command with the help hint, in groups too; ignores other bots' commands", async () => {
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text: '/tiendo@OtherBot 1 2' }));
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text: '/tonghopp@OtherBot' }));
    expect(h.calls.filter((c) => c.method !== 'getChatMember')).toEqual([]);
    expect(log.commands).toHaveLength(0);

    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text: '/khongco abc' }));
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: privateChatOf(focalPoint), from: focalPoint, text: '/khongco' }));
    const [group, dm] = h.sent();
    expect(group?.payload.chat_id).toBe(unitGroup.id);
    expect(dm?.payload.chat_id).toBe(focalPoint.id);
    for (const hint of [group, dm]) {
      expect(hint?.payload.text).toContain('Không có lệnh /khongco');
      expect(hint?.payload.text).toContain('/trogiup');
    }
    expect(log.commands).toHaveLength(0);
  });

  it('reads a command written after a mention of the bot ("@DieuPhoiBot /tiendo 1 2"); other mentions are not ours', async () => {
    const text = `@${BOT_USERNAME} /tiendo 1 2`;
    const entities = [
      { type: 'mention', offset: 0, length: BOT_USERNAME.length + 1 },
      { type: 'bot_command', offset: BOT_USERNAME.length + 2, length: 7 },
    ];
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text, extra: { entities } }));
    expect(log.commands.map((c) => c.args)).toEqual(['1 2']);

    const other = '@OtherBot /tiendo 3 4';
    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: unitGroup, from: focalPoint, text: other, extra: { entities: [{ type: 'mention', offset: 0, length: 9 }] } }),
    );
    expect(log.commands).toHaveLength(1);
  });

  it('treats SECRETARIAT_USER_IDS and admins of the bound steering group as secretariat', async () => {
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: secretary, text: '/tiendo a' }));
    expect(log.commands[0]?.ctx.isSecretariat).toBe(true);

    const steering = await h.stores.chats.ensureChat({ platform: 'telegram', externalId: String(steeringGroup.id), title: steeringGroup.title });
    await h.stores.chats.bindChat(steering.id, { kind: 'steering', unitId: null }, { id: String(secretary.id) });
    h.admins.set(steeringGroup.id, new Set([focalPoint.id]));
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: steeringGroup, from: focalPoint, text: '/tiendo b' }));
    expect(log.commands[1]?.ctx).toMatchObject({ isSecretariat: true, user: { isChatAdmin: true } });
    h.admins.delete(steeringGroup.id);
  });

  it('routes a button press by prefix, edits the message and answers the callback once', async () => {
    const update = callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'xong:12:CAP5', messageId: 4321 });
    await h.telegram.bot.handleUpdate(update);

    expect(log.buttons.map((b) => b.payload)).toEqual(['12:CAP5']);
    expect(log.buttons[0]?.ctx.messageId).toBe('4321');
    const [edit] = h.sent('editMessageText');
    expect(edit?.payload).toMatchObject({ chat_id: unitGroup.id, message_id: 4321, text: 'Nhiệm vụ 12:CAP5: <b>hoàn thành</b>', parse_mode: 'HTML' });
    const answers = h.sent('answerCallbackQuery');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.payload).toMatchObject({ callback_query_id: update.callback_query!.id, text: 'Đã ghi nhận hoàn thành' });
  });

  it('answers a redelivered press once: the button runs once, the callback is not answered again', async () => {
    const update = callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'lang:vi', messageId: 4400 });
    await h.telegram.bot.handleUpdate(update);
    await h.telegram.bot.handleUpdate(structuredClone(update));
    expect(log.buttons.map((b) => b.payload)).toEqual(['vi']);
    expect(h.sent('answerCallbackQuery')).toHaveLength(1);
  });

  it('takes an unchanged edit (Telegram\'s "message is not modified") as done, not as an error', async () => {
    h.failNext('editMessageText', 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same');
    await h.telegram.bot.handleUpdate(callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'xong:12', messageId: 4322 }));
    expect(h.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual(['Đã ghi nhận hoàn thành']);
    expect(h.sent()).toHaveLength(0);
  });

  it('answers a press the action did not answer, and a press of an unknown button', async () => {
    await h.telegram.bot.handleUpdate(callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'lang:en', messageId: 10 }));
    await h.telegram.bot.handleUpdate(callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'cu:1', messageId: 11 }));
    const answers = h.sent('answerCallbackQuery');
    expect(answers).toHaveLength(2);
    expect(answers[0]?.payload.text).toBeUndefined();
    expect(answers[1]?.payload.text).toBe('Nút này không còn hiệu lực.');
  });

  it('answers a failing button with the apology so the spinner stops', async () => {
    await h.telegram.bot.handleUpdate(callbackUpdate({ chat: unitGroup, from: focalPoint, data: 'hong:1', messageId: 12 }));
    const answers = h.sent('answerCallbackQuery');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.payload).toMatchObject({ text: 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.', show_alert: true });
  });

  it("sends a text reply to the bot's message to the reply handlers, not a reply to someone else", async () => {
    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: unitGroup, from: focalPoint, text: 'đã xong rồi anh', replyTo: { message_id: 5555, from: botUser, text: 'Nhiệm vụ 3' } }),
    );
    expect(log.replies).toEqual([{ text: 'đã xong rồi anh', replyToMessageId: '5555' }]);
    expect(h.sent()[0]?.payload.text).toBe('Đã hiểu: hoàn thành');

    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: unitGroup, from: focalPoint, text: 'xong chưa chị?', replyTo: { message_id: 5556, from: secretary, text: 'hỏi' } }),
    );
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text: 'việc xong rồi' }));
    expect(log.replies).toHaveLength(1);
    expect(h.sent()).toHaveLength(1);
  });

  it('gives the file handlers the largest photo of a photo reply, documents in reply, and documents on their own', async () => {
    const photo = [
      { file_id: 'small', file_unique_id: 's', width: 90, height: 60, file_size: 1200 },
      { file_id: 'large', file_unique_id: 'l', width: 1280, height: 853, file_size: 120_000 },
      { file_id: 'medium', file_unique_id: 'm', width: 320, height: 213, file_size: 15_000 },
    ];
    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: unitGroup, from: focalPoint, replyTo: { message_id: 5555, from: botUser }, extra: { photo, caption: 'Biên bản tuần tra' } }),
    );
    const document = { file_id: 'doc1', file_unique_id: 'd1', file_name: 'bao-cao.pdf', mime_type: 'application/pdf', file_size: 50_000 };
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, replyTo: { message_id: 5557, from: botUser }, extra: { document } }));
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, extra: { photo } }));
    // a document on its own (a plan sent to the bot) reaches the file handlers too, with no message it answers
    const plan = { file_id: 'doc2', file_unique_id: 'd2', file_name: 'ke-hoach.docx', file_size: 30_000 };
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, extra: { document: plan } }));

    expect(log.files).toEqual([
      { file: { kind: 'photo', fileId: 'large', fileUniqueId: 'l', caption: 'Biên bản tuần tra' }, replyToMessageId: '5555' },
      {
        file: { kind: 'document', fileId: 'doc1', fileUniqueId: 'd1', fileName: 'bao-cao.pdf', mimeType: 'application/pdf', caption: null, size: 50_000 },
        replyToMessageId: '5557',
      },
      {
        file: { kind: 'document', fileId: 'doc2', fileUniqueId: 'd2', fileName: 'ke-hoach.docx', mimeType: null, caption: null, size: 30_000 },
        replyToMessageId: '',
      },
    ]);
    expect(h.sent()).toHaveLength(3);
  });

  it('answers a failing command briefly in Vietnamese, logs it without the token, and keeps working', async () => {
    const failing = messageUpdate({ chat: unitGroup, from: focalPoint, text: '/loi' });
    await h.telegram.bot.handleUpdate(failing);
    const [apology] = h.sent();
    expect(apology?.payload).toMatchObject({
      chat_id: unitGroup.id,
      text: 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.',
      reply_parameters: { message_id: failing.message!.message_id },
    });
    expect(apology?.payload.text).not.toContain('exploded');
    const errorLog = logs.find((line) => line.includes(String(failing.update_id)) && line.includes('exploded'));
    expect(errorLog).toBeDefined();
    expect(errorLog).not.toContain('SECRETSECRET');

    await h.telegram.bot.handleUpdate(messageUpdate({ chat: unitGroup, from: focalPoint, text: '/start' }));
    expect(h.sent()[1]?.payload.text).toBe('Xin chào!');
  });

  it('splits a long reply into parts of at most 4096 characters with the buttons on the last', async () => {
    const update = messageUpdate({ chat: unitGroup, from: focalPoint, text: '/danhsach' });
    await h.telegram.bot.handleUpdate(update);
    const parts = h.sent();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.payload.text.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.payload.text).join('\n')).toContain('400. Nhiệm vụ số 400');
    expect(parts.slice(0, -1).every((p) => p.payload.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Xem thêm', callback_data: 'more:2' }]] });
    expect(parts[0]?.payload.reply_parameters).toMatchObject({ message_id: update.message!.message_id });
    expect(parts[1]?.payload.reply_parameters).toBeUndefined();
  });
});
