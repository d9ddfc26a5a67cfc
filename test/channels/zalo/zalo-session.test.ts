import { describe, expect, it } from 'vitest';
import { createZaloSession, downloadZaloPhoto } from '../../../src/channels/zalo/zalo-session.ts';
import { ZALO_CAPABILITIES } from '../../../src/channels/zalo/zalo-capabilities.ts';
import type { ZaloTransport } from '../../../src/channels/zalo/zalo-transport.ts';

const fetchBytes = (bytes: number, status = 200) => (async () => new Response(new Uint8Array(bytes), { status })) as unknown as typeof fetch;

describe('Zalo channel session', () => {
  it('downloads a photo by its URL within the size the handler allows', async () => {
    expect(await downloadZaloPhoto('https://zalo.example/p.jpg', 100, fetchBytes(10))).toHaveLength(10);
    await expect(downloadZaloPhoto('https://zalo.example/p.jpg', 100, fetchBytes(101))).rejects.toThrow('photo too large');
    await expect(downloadZaloPhoto('https://zalo.example/p.jpg', 100, fetchBytes(0, 404))).rejects.toThrow('HTTP 404');
    await expect(downloadZaloPhoto('file:///etc/passwd', 100, fetchBytes(1))).rejects.toThrow('not a photo URL');
  });

  it('answers through the transport in the event’s chat, with Zalo capabilities and nobody as chat admin', async () => {
    const replies: [string, string][] = [];
    const transport = {
      capabilities: ZALO_CAPABILITIES,
      reply: async (chatId: string, message: { html: string }) => {
        replies.push([chatId, message.html]);
        return [{ messageId: 'z1' }];
      },
    } as unknown as ZaloTransport;
    const session = createZaloSession({ transport, botName: 'Điều phối', chatExternalId: 'g-42' });
    expect(await session.reply({ html: 'Xin chào' })).toEqual([{ messageId: 'z1' }]);
    expect(replies).toEqual([['g-42', 'Xin chào']]);
    expect(session.capabilities).toMatchObject({ buttons: false, replyThreads: false, textLimit: 2000 });
    expect(session.botUsername).toBe('Điều phối');
    expect(await session.isChatAdmin('u1', 'g-42')).toBe(false);
    expect(session.editActionMessage).toBeUndefined();
    expect(session.react).toBeUndefined();
  });
});
