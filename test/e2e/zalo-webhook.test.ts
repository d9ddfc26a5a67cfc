import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../src/sandbox/index.ts';
import { type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

/**
 * ZALO_MODE=webhook against the sandbox: the bot sets its webhook on the sandbox's Zalo side, which
 * then posts every update to the bot's HTTP server with the secret header instead of queueing it
 * for getUpdates; the bot stores each update before it answers.
 */
describe('Zalo webhook mode against the sandbox', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let zaloChat: number;
  let member: number;
  const zaloCall = async (method: string) => {
    const response = await fetch(`${server.address!.apiRoot}/zalo/bot${server.zaloToken}/${method}`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    return { status: response.status, body: (await response.json()) as { ok: boolean; result?: { url?: string; last_error_message?: string } } };
  };

  beforeAll(async () => {
    sandbox = await startE2eSandbox({ zaloMode: 'webhook' });
    server = sandbox.run.server;
    const chat = [...server.state.chats.values()].find((c) => c.platform === 'zalo')!;
    zaloChat = chat.chat.id;
    member = [...chat.members.keys()][0]!;
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('the bot’s setWebhook is accepted: getWebhookInfo shows its URL and getUpdates is refused while it is set', async () => {
    const info = await zaloCall('getWebhookInfo');
    expect(info.body.result?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zalo-webhook$/);
    expect((await zaloCall('getUpdates')).status).toBe(409);
  });

  it('a mention in the Zalo group is posted to the bot, stored, handled and answered', async () => {
    const since = mark(server);
    server.sendUserMessage({ chatId: zaloChat, fromUserId: member, text: '@Điều phối /trogiup' });
    const answer = await waitForBotMessage(server, zaloChat, since, 'Các lệnh của bot Điều phối');
    expect(answer.message.text).toContain('@Điều phối /nhiemvu');
    const stored = await waitFor('the update stored and handled', async () => {
      const rows = await sandbox.run.app.db.prisma.inboundUpdate.findMany({ where: { platform: 'zalo' } });
      return rows.length === 1 && rows[0]!.status === 'done' ? rows : undefined;
    });
    expect(stored).toHaveLength(1);
    expect(server.state.zaloUpdates).toEqual([]);
    expect((await zaloCall('getWebhookInfo')).body.result?.last_error_message).toBeUndefined();
  });

  it('a post without the secret header is refused by the bot and stores nothing', async () => {
    const url = (await zaloCall('getWebhookInfo')).body.result!.url!;
    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ ok: true, result: {} }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
    expect(await sandbox.run.app.db.prisma.inboundUpdate.count({ where: { platform: 'zalo' } })).toBe(1);
  });
});
