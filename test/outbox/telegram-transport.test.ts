import { Api, GrammyError, HttpError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyTelegramError, createTelegramTransport } from '../../src/channels/telegram/telegram-transport.ts';
import { mentionMark } from '../../src/core/text/mention.ts';
import { TransportError, type TransportFailure } from '../../src/outbox/transport.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';

const GROUP = -1_009_876_543_210;
const PART = { index: 0, total: 1 };

async function failureOf(promise: Promise<unknown>): Promise<TransportFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TransportError);
    return (error as TransportError).failure;
  }
  throw new Error('expected the send to fail');
}

describe('classifyTelegramError', () => {
  const grammyError = (error_code: number, description: string, parameters = {}) =>
    new GrammyError('call failed', { ok: false, error_code, description, parameters }, 'sendMessage', {});

  it('maps Telegram answers to what the sender does', () => {
    expect(classifyTelegramError(grammyError(429, 'Too Many Requests: retry after 35', { retry_after: 35 }))).toEqual({
      kind: 'rate_limited',
      retryAfterSeconds: 35,
    });
    expect(classifyTelegramError(grammyError(403, 'Forbidden: bot was kicked from the group chat')).kind).toBe('forbidden');
    expect(classifyTelegramError(grammyError(400, 'Bad Request: chat not found')).kind).toBe('forbidden');
    expect(classifyTelegramError(grammyError(400, "Bad Request: can't parse entities"))).toEqual({
      kind: 'bad_request',
      description: "Bad Request: can't parse entities",
    });
    expect(classifyTelegramError(grammyError(502, 'Bad Gateway')).kind).toBe('server');
    const http = new HttpError('Network request for sendMessage to bot123456:SECRETSECRETSECRETSECRETSECRET1 failed', new Error('x'));
    const network = classifyTelegramError(http);
    expect(network.kind).toBe('network');
    expect(JSON.stringify(network)).not.toContain('SECRET');
  });
});

describe('telegram transport against the sandbox Bot API', () => {
  let server: SandboxServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(options: Parameters<typeof createSandboxServer>[0] = {}) {
    server = createSandboxServer(options);
    const { apiRoot } = await server.listen();
    server.createUser({ id: 501, first_name: 'Nguyễn Thị Lan' });
    server.createChat({ id: GROUP, title: 'Công an Phường 5', type: 'supergroup', members: [{ userId: 501, status: 'creator' }] });
    return { server, transport: createTelegramTransport(new Api(server.token, { apiRoot })) };
  }

  it('sends HTML with inline buttons, a reply and silently, and returns the message id', async () => {
    const { server, transport } = await start();
    const first = await transport.send(String(GROUP), { html: 'Nhiệm vụ <b>GD1-01</b>' }, PART);
    const second = await transport.send(
      String(GROUP),
      {
        html: '<i>Đã ghi nhận</i> &amp; cảm ơn',
        buttons: [
          [
            { text: 'Hoàn tác', data: 'undo:1' },
            { text: 'Mở', url: 'https://example.org' },
          ],
        ],
        replyToMessageId: first.messageId,
        silent: true,
      },
      PART,
    );
    const stored = server.messages(GROUP).filter((m) => m.fromBot);
    expect(stored.map((m) => String(m.message.message_id))).toEqual([first.messageId, second.messageId]);
    const last = stored[1]!.message as unknown as Record<string, unknown>;
    expect(last.text).toBe('Đã ghi nhận & cảm ơn');
    expect(JSON.stringify(last.reply_markup)).toContain('undo:1');
    expect((last.reply_to_message as { message_id: number } | undefined)?.message_id).toBe(Number(first.messageId));
  });

  it('sends a neutral mention as a Telegram user link (the outbox stores the mark, the transport renders it)', async () => {
    const { server, transport } = await start();
    await transport.send(String(GROUP), { html: `${mentionMark({ externalUserId: '501', displayName: 'Nguyễn Thị Lan' })}: đề nghị báo cáo` }, PART);
    const [sent] = server.messages(GROUP).filter((m) => m.fromBot);
    const message = sent!.message as unknown as { text: string; entities?: { type: string; url?: string; user?: { id: number } }[] };
    expect(message.text).toBe('Nguyễn Thị Lan: đề nghị báo cáo');
    expect(JSON.stringify(message.entities)).toMatch(/tg:\/\/user\?id=501|"id":501/);
  });

  it('reports a refused message as bad_request, a kicked bot as forbidden, and a flood as rate_limited', async () => {
    const { server, transport } = await start({ rateLimit: { perChatPerMinute: 3 } });
    expect((await failureOf(transport.send(String(GROUP), { html: '   ' }, PART))).kind).toBe('bad_request');
    // a composer's unclosed mark is repaired by the renderer rather than losing the message
    await transport.send(String(GROUP), { html: '<b>không đóng' }, PART);
    const repaired = server
      .messages(GROUP)
      .filter((m) => m.fromBot)
      .at(-1)?.message as unknown as { text: string; entities?: { type: string }[] };
    expect(repaired.text).toBe('không đóng');
    expect(repaired.entities?.[0]?.type).toBe('bold');
    await transport.send(String(GROUP), { html: 'một' }, PART);
    await transport.send(String(GROUP), { html: 'hai' }, PART);
    const flood = await failureOf(transport.send(String(GROUP), { html: 'ba' }, PART));
    expect(flood.kind).toBe('rate_limited');
    expect(flood.kind === 'rate_limited' && flood.retryAfterSeconds).toBeGreaterThan(0);
    server.setRateLimit({ enabled: false });
    server.removeBotFromChat(GROUP);
    expect((await failureOf(transport.send(String(GROUP), { html: 'bốn' }, PART))).kind).toBe('forbidden');
  });
});
