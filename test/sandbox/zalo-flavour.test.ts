import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createZaloApi, ZaloApiError } from '../../src/channels/zalo/zalo-api.ts';
import { readZaloUpdate, zaloUpdateToEvent } from '../../src/channels/zalo/zalo-update.ts';
import { classifyZaloError } from '../../src/channels/zalo/zalo-transport.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { stateSnapshot } from '../../src/sandbox/page-api/snapshot.ts';

describe('sandbox: the Zalo Bot API flavour', () => {
  let server: SandboxServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start() {
    server = createSandboxServer();
    const { apiRoot } = await server.listen(0);
    const api = createZaloApi({ token: server.zaloToken, apiRoot: `${apiRoot}/zalo` });
    const an = server.createUser({ first_name: 'Nguyễn Văn An' }).id;
    const group = server.createChat({ title: 'UBND Phường 5', members: [{ userId: an, status: 'creator' }], platform: 'zalo' }).chat.id;
    const telegramGroup = server.createChat({ title: 'Công an Phường 5', members: [{ userId: an, status: 'creator' }] }).chat.id;
    return { api, an, group, telegramGroup, server };
  }

  it('introduces the bot by its Zalo name and delivers only group messages that mention it, one per getUpdates', async () => {
    const { api, an, group, server: s } = await start();
    expect(await api.getMe()).toMatchObject({ account_name: 'Điều phối', can_join_groups: true });
    s.sendUserMessage({ chatId: group, fromUserId: an, text: 'Chào cả nhóm' });
    s.sendUserMessage({ chatId: group, fromUserId: an, text: '@Điều phối /ketnoi ABCD2345' });
    s.sendUserMessage({ chatId: group, fromUserId: an, text: '/nhiemvu' });
    const first = await api.getUpdates(1);
    expect(first).toMatchObject({
      event_name: 'message.text.received',
      message: { chat: { id: String(group), chat_type: 'GROUP' }, from: { id: String(an) } },
    });
    const parsed = readZaloUpdate(first);
    expect(parsed && zaloUpdateToEvent(parsed, { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true })).toMatchObject({
      kind: 'command',
      name: 'ketnoi',
      rawArgs: 'ABCD2345',
    });
    expect(await api.getUpdates(1)).toBeNull();
    expect(s.messages(group)).toHaveLength(3);
  });

  it('keeps Zalo limits: plain text up to 2,000 characters, photos by URL, only Zalo chats, 403 once the bot is removed', async () => {
    const { api, an, group, telegramGroup, server: s } = await start();
    const sent = await api.sendMessage(String(group), 'P5-01 Rà soát thủ tục');
    expect(String(sent.message_id)).toMatch(/^z/);
    expect(s.messages(group).at(-1)).toMatchObject({ fromBot: true, message: { text: 'P5-01 Rà soát thủ tục' } });
    const tooLong = await api.sendMessage(String(group), 'x'.repeat(2001)).catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(ZaloApiError);
    expect(classifyZaloError(tooLong)).toMatchObject({ kind: 'bad_request' });
    await api.sendMessage(String(group), 'x'.repeat(2000));
    await api.sendPhoto(String(group), 'http://127.0.0.1/tep/abc/chart.png?exp=1&sig=ab', 'Biểu đồ');
    expect(s.messages(group).at(-1)?.message.text).toBe('Biểu đồ\n🖼 http://127.0.0.1/tep/abc/chart.png?exp=1&sig=ab');
    await expect(api.sendPhoto(String(group), 'not-a-url')).rejects.toMatchObject({ errorCode: 400 });
    await expect(api.sendMessage(String(telegramGroup), 'x')).rejects.toMatchObject({ errorCode: 400 });
    s.removeBotFromChat(group, an);
    const gone = await api.sendMessage(String(group), 'x').catch((e: unknown) => e);
    expect(classifyZaloError(gone)).toMatchObject({ kind: 'forbidden' });
    await expect(api.setWebhook('https://x.vn/h', 'short')).rejects.toMatchObject({ errorCode: 400 });
    await expect(api.setWebhook('ftp://x.vn/h', 'secret-123')).rejects.toMatchObject({ errorCode: 400 });
  });

  it('posts updates to a webhook the bot sets, with the secret header, once each; deleteWebhook goes back to getUpdates', async () => {
    const { api, an, group, server: s } = await start();
    const received: { secret: string | undefined; body: unknown }[] = [];
    let answer = 200;
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ secret: request.headers['x-bot-api-secret-token'] as string | undefined, body: JSON.parse(body) });
        response.writeHead(answer).end('{}');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/zalo-webhook`;
    try {
      s.sendUserMessage({ chatId: group, fromUserId: an, text: '@Điều phối /nhiemvu' });
      await api.setWebhook(url, 'secret-123');
      expect(await api.getWebhookInfo()).toMatchObject({ url });
      await expect(api.getUpdates(0)).rejects.toMatchObject({ errorCode: 409 });
      await vi.waitFor(() => expect(received).toHaveLength(1));
      expect(received[0]).toMatchObject({ secret: 'secret-123', body: { ok: true, result: { message: { text: '@Điều phối /nhiemvu' } } } });

      answer = 500;
      s.sendUserMessage({ chatId: group, fromUserId: an, text: '@Điều phối /trogiup' });
      await vi.waitFor(async () => expect(await api.getWebhookInfo()).toMatchObject({ last_error_message: 'Wrong response from the webhook: 500' }));
      expect(received).toHaveLength(2);
      expect(s.state.zaloUpdates).toEqual([]);

      await api.deleteWebhook();
      s.sendUserMessage({ chatId: group, fromUserId: an, text: '@Điều phối /chitiet P5-01' });
      expect(await api.getUpdates(1)).toMatchObject({ message: { text: '@Điều phối /chitiet P5-01' } });
      expect(received).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    }
  });

  it('shows Zalo groups to the page, marked, beside Telegram ones; refuses another token', async () => {
    const { group, telegramGroup, server: s } = await start();
    const chats = stateSnapshot(s.state, Date.now(), 0).chats;
    expect(chats.find((c) => c.id === group)?.platform).toBe('zalo');
    expect(chats.find((c) => c.id === telegramGroup)?.platform).toBe('telegram');
    const wrong = createZaloApi({ token: '1:wrong-token-here', apiRoot: `${s.address!.apiRoot}/zalo` });
    await expect(wrong.getMe()).rejects.toMatchObject({ errorCode: 401 });
  });
});
