import { describe, expect, it } from 'vitest';
import type { ZaloApi } from '../../../src/channels/zalo/zalo-api.ts';
import { ZaloApiError, ZaloNetworkError } from '../../../src/channels/zalo/zalo-api.ts';
import { ZALO_CAPABILITIES } from '../../../src/channels/zalo/zalo-capabilities.ts';
import { zaloPlainText } from '../../../src/channels/zalo/zalo-text.ts';
import { classifyZaloError, createZaloTransport } from '../../../src/channels/zalo/zalo-transport.ts';
import type { OutgoingMessage } from '../../../src/core/model/outgoing.ts';
import type { FileShelf } from '../../../src/files/file-shelf.ts';
import { messageParts } from '../../../src/outbox/message-parts.ts';
import { TransportError } from '../../../src/outbox/transport.ts';

function fakeApi(fail?: (method: string) => Error | null) {
  const sent: { method: string; chatId: string; text?: string; photo?: string; caption?: string }[] = [];
  let id = 0;
  const api = {
    async sendMessage(chatId: string, text: string) {
      const error = fail?.('sendMessage');
      if (error) throw error;
      sent.push({ method: 'sendMessage', chatId, text });
      return { message_id: `z${++id}` };
    },
    async sendPhoto(chatId: string, photo: string, caption?: string) {
      sent.push({ method: 'sendPhoto', chatId, photo, ...(caption ? { caption } : {}) });
      return { message_id: `z${++id}` };
    },
  } as unknown as ZaloApi;
  return { api, sent };
}

const shelf: FileShelf = {
  async put(file) {
    return { url: `https://bot.example.vn/tep/0123/${encodeURIComponent(file.fileName)}?exp=1&sig=ab`, expiresAt: new Date('2026-03-05T01:00:00Z') };
  },
  async serve() {
    return false;
  },
};

const noPacing = { perSecond: 30, chatIntervalMs: 0 };

async function sendAll(message: OutgoingMessage, options: { fail?: (method: string) => Error | null } = {}) {
  const { api, sent } = fakeApi(options.fail);
  const transport = createZaloTransport({ api, shelf, pacing: noPacing });
  const parts = messageParts(message, transport.capabilities);
  const ids: string[] = [];
  for (const [index, part] of parts.entries()) ids.push((await transport.send('g1', part, { index, total: parts.length })).messageId);
  return { sent, ids };
}

describe('Zalo transport', () => {
  it('splits a long message cleanly into parts of at most 2,000 characters, in order, as plain text', async () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `<b>P5-${String(i + 1).padStart(2, '0')}</b> Nhiệm vụ số ${i + 1}: ${'rà soát hồ sơ & báo cáo '.repeat(6).trim()}`,
    );
    const { sent, ids } = await sendAll({ html: paragraphs.join('\n\n') });
    expect(sent.length).toBeGreaterThan(2);
    for (const part of sent) {
      expect(part.text!.length).toBeLessThanOrEqual(2000);
      expect(part.text).not.toMatch(/<\/?b>|&amp;/);
    }
    // cut between paragraphs: every part starts with a task code, and nothing is lost
    for (const part of sent) expect(part.text).toMatch(/^P5-\d\d /);
    expect(sent.map((p) => p.text).join('\n\n')).toBe(zaloPlainText(paragraphs.join('\n\n')));
    expect(ids).toEqual(sent.map((_, i) => `z${i + 1}`));
  });

  it('writes buttons out as the commands to type and links as their address', async () => {
    const { sent } = await sendAll({
      html: '<b>P5-01</b> Rà soát thủ tục — hạn 15/03/2026',
      buttons: [
        [
          { text: 'Xong', data: 'done:1', fallback: '/xong P5-01' },
          { text: 'Vướng', data: 'block:1', fallback: '/vuong P5-01' },
        ],
        [{ text: 'Hướng dẫn', url: 'https://example.vn/hd' }],
      ],
    });
    expect(sent).toEqual([
      {
        method: 'sendMessage',
        chatId: 'g1',
        text: 'P5-01 Rà soát thủ tục — hạn 15/03/2026\n\nXong: /xong P5-01\nVướng: /vuong P5-01\nHướng dẫn: https://example.vn/hd',
      },
    ]);
  });

  it('sends a document as a signed download link and a photo through sendPhoto by its link', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { sent } = await sendAll({
      html: 'Báo cáo tuần',
      attachments: [
        { kind: 'document', fileName: 'bao-cao.docx', mimeType: 'application/octet-stream', bytes },
        { kind: 'photo', fileName: 'bieu-do.png', mimeType: 'image/png', bytes },
      ],
    });
    expect(sent[0]).toEqual({ method: 'sendMessage', chatId: 'g1', text: 'Báo cáo tuần' });
    expect(sent[1]?.text).toBe(
      '📎 bao-cao.docx\nTải về: https://bot.example.vn/tep/0123/bao-cao.docx?exp=1&sig=ab\n(Đường dẫn dùng được đến 08:00 05/03/2026.)',
    );
    expect(sent[2]).toEqual({ method: 'sendPhoto', chatId: 'g1', photo: 'https://bot.example.vn/tep/0123/bieu-do.png?exp=1&sig=ab' });
  });

  it('writes a member mention as "@Name"', () => {
    expect(zaloPlainText('Nhắc <mention id="u-9">Trần Thị &amp; Bình</mention>: P5-01 quá hạn')).toBe('Nhắc @Trần Thị & Bình: P5-01 quá hạn');
  });

  it('renders marks away: links keep their address, entities are decoded', () => {
    expect(zaloPlainText('<i>a</i> &lt;b&gt; <a href="https://x.vn/?a=1&amp;b=2">mở</a> <a href="https://y.vn">https://y.vn</a>')).toBe(
      'a <b> mở (https://x.vn/?a=1&b=2) https://y.vn',
    );
  });

  it('classifies errors: slow down → retry later, chat gone, bad request, server and network → retry', () => {
    expect(classifyZaloError(new ZaloApiError('sendMessage', 429, 'Too many requests, retry after 12'))).toEqual({
      kind: 'rate_limited',
      retryAfterSeconds: 12,
    });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 400, 'Quota exceeded'))).toMatchObject({ kind: 'rate_limited' });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 403, 'Forbidden'))).toMatchObject({ kind: 'forbidden' });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 400, 'Bot is not a member of the group'))).toMatchObject({ kind: 'forbidden' });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 400, 'text is too long'))).toEqual({ kind: 'bad_request', description: 'text is too long' });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 401, 'Unauthorized'))).toMatchObject({ kind: 'server' });
    expect(classifyZaloError(new ZaloApiError('sendMessage', 502, 'Bad Gateway'))).toMatchObject({ kind: 'server' });
    expect(classifyZaloError(new ZaloNetworkError('sendMessage', 'ECONNRESET', 'ECONNRESET'))).toEqual({ kind: 'network', description: 'ECONNRESET' });
  });

  it('throws TransportError with the class so the outbox acts on it', async () => {
    const error = await sendAll({ html: 'x' }, { fail: () => new ZaloApiError('sendMessage', 403, 'Forbidden') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).failure.kind).toBe('forbidden');
  });

  it('keeps one second between messages to a chat; a longer wait goes back to the outbox as a pause', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const { api, sent } = fakeApi();
    const transport = createZaloTransport({
      api,
      shelf,
      pacing: { perSecond: 2, chatIntervalMs: 1_000, maxWaitMs: 1_500 },
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    const part = { index: 0, total: 1 };
    await transport.send('g1', { html: 'một' }, part);
    await transport.send('g1', { html: 'hai' }, part);
    expect(sleeps).toEqual([1_000]);
    await transport.send('g2', { html: 'ba' }, part);
    // two per second for the bot: g3 waits for the window
    const slow = createZaloTransport({ api, shelf, pacing: { perSecond: 1, chatIntervalMs: 5_000, maxWaitMs: 1_500 }, now: () => now, sleep: async () => {} });
    await slow.send('g1', { html: 'bốn' }, part);
    const paused = await slow.send('g1', { html: 'năm' }, part).catch((e: unknown) => e);
    expect((paused as TransportError).failure).toEqual({ kind: 'rate_limited', retryAfterSeconds: 5 });
    expect(sent.map((s) => s.text)).toEqual(['một', 'hai', 'ba', 'bốn']);
  });

  it('answers a command directly: split like outbox rows, waiting its turn instead of failing on the pacing', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const { api, sent } = fakeApi();
    const transport = createZaloTransport({
      api,
      shelf,
      pacing: { perSecond: 5, chatIntervalMs: 5_000, maxWaitMs: 1_500 },
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    const long = Array.from({ length: 3 }, (_, i) => `P5-0${i + 1} ${'nội dung '.repeat(200).trim()}`).join('\n\n');
    const ids = await transport.reply('g1', { html: long, buttons: [[{ text: 'Xong', data: 'x', fallback: '/xong P5-01' }]] });
    expect(ids).toHaveLength(3);
    expect(sleeps).toEqual([5_000, 5_000]);
    expect(sent.at(-1)?.text).toMatch(/Xong: \/xong P5-01$/);
  });

  it('declares Zalo limits: 2,000 characters, no buttons, edits or reply threads, mention-only groups', () => {
    expect(ZALO_CAPABILITIES).toMatchObject({ textLimit: 2000, buttons: false, edits: false, replyThreads: false, groupReading: 'mentions_only' });
  });
});
