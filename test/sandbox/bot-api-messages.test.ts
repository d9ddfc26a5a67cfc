import { Api, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.server.close();
});

describe('sandbox Bot API: messages', () => {
  it('answers getMe with the bot user', async () => {
    const me = await h.api.getMe();
    expect(me).toMatchObject({ id: 123456, is_bot: true, username: 'dieuphoi_sandbox_bot' });
  });

  it('rejects a wrong token with 401 Unauthorized', async () => {
    const wrong = new Api('999:WRONG', { apiRoot: h.apiRoot });
    await expect(wrong.getMe()).rejects.toMatchObject({ error_code: 401, description: 'Unauthorized' });
  });

  it('sends HTML as text plus entities, keeps the HTML, and stores it in the history', async () => {
    const sent = await h.api.sendMessage(h.groupId, '<b>Nhiệm vụ 1</b>: báo cáo &amp; <a href="https://x.vn">xem</a>', {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(sent.text).toBe('Nhiệm vụ 1: báo cáo & xem');
    expect(sent.entities).toEqual([
      { type: 'bold', offset: 0, length: 10 },
      { type: 'text_link', offset: 22, length: 3, url: 'https://x.vn' },
    ]);
    const [stored] = h.server.messages(h.groupId);
    expect(stored?.fromBot).toBe(true);
    expect(stored?.html).toContain('<b>Nhiệm vụ 1</b>');
  });

  it("rejects unbalanced and unknown HTML tags with 400 can't parse entities", async () => {
    const unbalanced = h.api.sendMessage(h.groupId, '<b>đậm <i>nghiêng</b></i>', { parse_mode: 'HTML' });
    await expect(unbalanced).rejects.toBeInstanceOf(GrammyError);
    await expect(unbalanced).rejects.toMatchObject({
      error_code: 400,
      description: expect.stringMatching(/^Bad Request: can't parse entities: Unmatched end tag/),
    });
    await expect(h.api.sendMessage(h.groupId, 'dòng 1<br>dòng 2', { parse_mode: 'HTML' })).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 7',
    });
    await expect(h.api.sendMessage(h.groupId, '<b>chưa đóng', { parse_mode: 'HTML' })).rejects.toMatchObject({ error_code: 400 });
    expect(h.server.messages(h.groupId)).toHaveLength(0);
  });

  it('rejects text over 4096 characters and empty text', async () => {
    await expect(h.api.sendMessage(h.groupId, 'a'.repeat(4097))).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    await expect(h.api.sendMessage(h.groupId, 'a'.repeat(4096))).resolves.toMatchObject({ message_id: 1 });
    await expect(h.api.sendMessage(h.groupId, '<b></b>', { parse_mode: 'HTML' })).rejects.toMatchObject({
      description: 'Bad Request: message text is empty',
    });
  });

  it('answers 400 chat not found for an unknown chat', async () => {
    await expect(h.api.sendMessage(-42, 'xin chào')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
  });

  it('replies to a message with reply_parameters and reply_to_message_id', async () => {
    const userMessage = h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: '/baocao' });
    const reply = await h.api.sendMessage(h.groupId, 'Đã nhận', { reply_parameters: { message_id: userMessage.message_id } });
    expect(reply.reply_to_message).toMatchObject({ message_id: userMessage.message_id, text: '/baocao' });
    const legacy = await h.api.raw.sendMessage({ chat_id: h.groupId, text: 'Cũ', reply_to_message_id: userMessage.message_id } as never);
    expect(legacy.reply_to_message?.message_id).toBe(userMessage.message_id);
    await expect(h.api.sendMessage(h.groupId, 'x', { reply_parameters: { message_id: 999 } })).rejects.toMatchObject({
      description: 'Bad Request: message to be replied not found',
    });
  });

  it("edits text and keyboard, with Telegram's errors for missing or unchanged messages", async () => {
    const keyboard = { inline_keyboard: [[{ text: 'Hoàn thành', callback_data: 'done:1' }]] };
    const sent = await h.api.sendMessage(h.groupId, 'Nhiệm vụ', { reply_markup: keyboard });
    expect(sent.reply_markup).toEqual(keyboard);
    const edited = await h.api.editMessageText(h.groupId, sent.message_id, '<i>Nhiệm vụ</i> (đã cập nhật)', { parse_mode: 'HTML', reply_markup: keyboard });
    expect(edited).toMatchObject({ text: 'Nhiệm vụ (đã cập nhật)', edit_date: expect.any(Number) });
    await expect(
      h.api.editMessageText(h.groupId, sent.message_id, '<i>Nhiệm vụ</i> (đã cập nhật)', { parse_mode: 'HTML', reply_markup: keyboard }),
    ).rejects.toMatchObject({
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    });
    await expect(h.api.editMessageText(h.groupId, 777, 'x')).rejects.toMatchObject({ description: 'Bad Request: message to edit not found' });
    const cleared = await h.api.editMessageReplyMarkup(h.groupId, sent.message_id);
    expect(cleared).not.toHaveProperty('reply_markup');
    expect(h.server.messages(h.groupId)[0]?.message.reply_markup).toBeUndefined();
  });

  it('rejects invalid inline keyboards', async () => {
    await expect(
      h.api.sendMessage(h.groupId, 'x', { reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'd'.repeat(65) }]] } }),
    ).rejects.toMatchObject({ description: 'Bad Request: BUTTON_DATA_INVALID' });
  });

  it("deletes the bot's messages", async () => {
    const sent = await h.api.sendMessage(h.groupId, 'tạm');
    await expect(h.api.deleteMessage(h.groupId, sent.message_id)).resolves.toBe(true);
    expect(h.server.messages(h.groupId)).toHaveLength(0);
    await expect(h.api.deleteMessage(h.groupId, sent.message_id)).rejects.toMatchObject({ description: 'Bad Request: message to delete not found' });
  });

  it('answers 403 once the bot is removed from the group', async () => {
    await h.api.sendMessage(h.groupId, 'trước');
    h.server.removeBotFromChat(h.groupId, h.alice);
    await expect(h.api.sendMessage(h.groupId, 'sau')).rejects.toMatchObject({
      error_code: 403,
      description: 'Forbidden: bot was kicked from the supergroup chat',
    });
    const updates = await h.api.getUpdates();
    expect(updates.at(-1)?.my_chat_member?.new_chat_member.status).toBe('kicked');
  });

  it('refuses to start a private conversation with a user who never wrote to the bot', async () => {
    await expect(h.api.sendMessage(h.alice, 'chào')).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
    h.server.sendUserMessage({ chatId: h.alice, fromUserId: h.alice, text: '/start' });
    await expect(h.api.sendMessage(h.alice, 'chào')).resolves.toMatchObject({ chat: { id: h.alice, type: 'private' } });
  });
});
