import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.server.close();
});

describe('sandbox Bot API: updates', () => {
  it('returns unconfirmed updates until the bot confirms them with offset', async () => {
    h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: '/batdau' });
    h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.bob, text: '/trogiup@dieuphoi_sandbox_bot' });
    const first = await h.api.getUpdates();
    expect(first.map((u) => u.message?.text)).toEqual(['/batdau', '/trogiup@dieuphoi_sandbox_bot']);
    expect(first[1]?.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 29 }]);
    const again = await h.api.getUpdates({ limit: 1 });
    expect(again.map((u) => u.update_id)).toEqual([first[0]!.update_id]);
    const afterConfirm = await h.api.getUpdates({ offset: first[0]!.update_id + 1 });
    expect(afterConfirm.map((u) => u.update_id)).toEqual([first[1]!.update_id]);
    expect(await h.api.getUpdates({ offset: first[1]!.update_id + 1, timeout: 0 })).toEqual([]);
  });

  it('long-polls and resolves as soon as an update arrives', async () => {
    const started = Date.now();
    const poll = h.api.getUpdates({ timeout: 10 });
    setTimeout(() => h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: '/tiendo' }), 50);
    const updates = await poll;
    expect(updates[0]?.message?.text).toBe('/tiendo');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('hides free chat from the bot in privacy mode but delivers replies to its messages', async () => {
    const task = await h.api.sendMessage(h.groupId, 'Nhiệm vụ 3');
    h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: 'chuyện phiếm' });
    h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: 'đã xong 80%', replyToMessageId: task.message_id });
    const updates = await h.api.getUpdates();
    expect(updates.map((u) => u.message?.text)).toEqual(['đã xong 80%']);
    expect(updates[0]?.message?.reply_to_message?.message_id).toBe(task.message_id);
  });

  it('runs a grammY bot with long polling that receives a message and replies', async () => {
    const bot = new Bot(h.server.token, { client: { apiRoot: h.apiRoot } });
    bot.command('ping', (ctx) =>
      ctx.reply(`<b>pong</b> ${ctx.from?.first_name}`, { parse_mode: 'HTML', reply_parameters: { message_id: ctx.msg.message_id } }),
    );
    const running = bot.start({ timeout: 1 });
    try {
      const question = h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: '/ping' });
      const answer = await h.server.nextBotMessage(h.groupId, 3_000);
      expect(answer.message.text).toBe('pong Nguyễn Thị Lan');
      expect(answer.message.reply_to_message?.message_id).toBe(question.message_id);
    } finally {
      await bot.stop();
      await running;
    }
  });

  it('works with @grammyjs/runner', async () => {
    const bot = new Bot(h.server.token, { client: { apiRoot: h.apiRoot } });
    bot.command('tiendo', (ctx) => ctx.reply('Tiến độ: 2/5 nhiệm vụ'));
    const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
    try {
      h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.bob, text: '/tiendo' });
      await expect(h.server.nextBotMessage(h.groupId, 3_000)).resolves.toMatchObject({ message: { text: 'Tiến độ: 2/5 nhiệm vụ' } });
    } finally {
      await runner.stop();
    }
  });

  it('delivers a button press as callback_query and records the answer', async () => {
    const bot = new Bot(h.server.token, { client: { apiRoot: h.apiRoot } });
    bot.callbackQuery(/^done:(\d+)$/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: `Đã ghi nhận nhiệm vụ ${ctx.match[1]}` });
      await ctx.editMessageText('Nhiệm vụ 7: hoàn thành');
    });
    const sent = await h.api.sendMessage(h.groupId, 'Nhiệm vụ 7', {
      reply_markup: { inline_keyboard: [[{ text: 'Hoàn thành', callback_data: 'done:7' }]] },
    });
    const running = bot.start({ timeout: 1 });
    try {
      const id = h.server.pressButton({ chatId: h.groupId, fromUserId: h.bob, messageId: sent.message_id, data: 'done:7' });
      const answer = await h.server.waitForCallbackAnswer(id, 3_000);
      expect(answer).toMatchObject({ answered: true, text: 'Đã ghi nhận nhiệm vụ 7', fromUserId: h.bob });
      await expect.poll(() => h.server.messages(h.groupId)[0]?.message.text).toBe('Nhiệm vụ 7: hoàn thành');
      await expect(h.api.answerCallbackQuery(id)).rejects.toMatchObject({ error_code: 400 });
    } finally {
      await bot.stop();
      await running;
    }
  });

  it('sends my_chat_member and a new_chat_members message when the bot is added', async () => {
    const chat = h.server.createChat({ title: 'UBND Phường 5', members: [{ userId: h.alice, status: 'creator' }], botIsMember: false });
    await expect(h.api.sendMessage(chat.chat.id, 'x')).rejects.toMatchObject({ error_code: 403 });
    h.server.addBotToChat(chat.chat.id, h.alice);
    const updates = await h.api.getUpdates();
    expect(updates[0]?.my_chat_member).toMatchObject({ old_chat_member: { status: 'left' }, new_chat_member: { status: 'member' } });
    expect(updates[1]?.message?.new_chat_members?.[0]?.id).toBe(123456);
    await expect(h.api.getChatMember(chat.chat.id, h.alice)).resolves.toMatchObject({ status: 'creator' });
    await expect(h.api.getChatAdministrators(chat.chat.id)).resolves.toHaveLength(1);
    await expect(h.api.getChat(chat.chat.id)).resolves.toMatchObject({ title: 'UBND Phường 5', type: 'group' });
  });

  it('stores commands per language', async () => {
    await h.api.setMyCommands([{ command: 'baocao', description: 'Báo cáo tiến độ' }], { language_code: 'vi' });
    await h.api.setMyCommands([{ command: 'report', description: 'Report progress' }]);
    await expect(h.api.getMyCommands({ language_code: 'vi' })).resolves.toEqual([{ command: 'baocao', description: 'Báo cáo tiến độ' }]);
    await expect(h.api.getMyCommands()).resolves.toEqual([{ command: 'report', description: 'Report progress' }]);
  });

  it('posts updates to a webhook with the secret header and refuses getUpdates meanwhile', async () => {
    const received: { secret: string | undefined; body: unknown }[] = [];
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ secret: request.headers['x-telegram-bot-api-secret-token'] as string | undefined, body: JSON.parse(body) });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const port = (hook.address() as AddressInfo).port;
      await h.api.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 'bi-mat' });
      await expect(h.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
      h.server.sendUserMessage({ chatId: h.groupId, fromUserId: h.alice, text: '/batdau' });
      await expect.poll(() => received.length).toBe(1);
      expect(received[0]).toMatchObject({ secret: 'bi-mat', body: { message: { text: '/batdau' } } });
      await expect(h.api.getWebhookInfo()).resolves.toMatchObject({ url: `http://127.0.0.1:${port}/hook`, pending_update_count: 0 });
      await h.api.deleteWebhook();
      await expect(h.api.getUpdates()).resolves.toEqual([]);
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});
