import { afterEach, describe, expect, it } from 'vitest';
import { checkZalo } from '../../../src/channels/zalo/check-zalo.ts';
import { createZaloApi, ZaloApiError, ZaloNetworkError } from '../../../src/channels/zalo/zalo-api.ts';
import { scrubSecrets } from '../../../src/logger.ts';
import { StartupError } from '../../../src/startup-error.ts';
import { FAKE_ZALO_TOKEN, startFakeZaloApi } from './support/fake-zalo-api.ts';

describe('Zalo API client', () => {
  let fake: Awaited<ReturnType<typeof startFakeZaloApi>> | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('POSTs JSON to <root>/bot<token>/<method> and returns result', async () => {
    fake = await startFakeZaloApi();
    const api = createZaloApi({ token: FAKE_ZALO_TOKEN, apiRoot: `${fake.root}/` });
    expect(await api.getMe()).toMatchObject({ account_name: 'Điều phối' });
    expect(await api.sendMessage('g1', 'Xin chào')).toMatchObject({ message_id: 'zm-1' });
    await api.sendPhoto('g1', 'https://bot.example.vn/tep/a/b.png', 'Biểu đồ');
    await api.setWebhook('https://bot.example.vn/zalo', 'secret-123');
    expect(fake.calls.map((c) => [c.method, c.body])).toEqual([
      ['getMe', {}],
      ['sendMessage', { chat_id: 'g1', text: 'Xin chào' }],
      ['sendPhoto', { chat_id: 'g1', photo: 'https://bot.example.vn/tep/a/b.png', caption: 'Biểu đồ' }],
      ['setWebhook', { url: 'https://bot.example.vn/zalo', secret_token: 'secret-123' }],
    ]);
  });

  it('turns getUpdates 408 into "nothing yet" and returns the one update otherwise', async () => {
    fake = await startFakeZaloApi();
    const api = createZaloApi({ token: FAKE_ZALO_TOKEN, apiRoot: fake.root });
    fake.queue('getUpdates', { json: { ok: true, result: { event_name: 'message.text.received' } } });
    expect(await api.getUpdates(1)).toEqual({ event_name: 'message.text.received' });
    expect(await api.getUpdates(1)).toBeNull();
    expect(fake.calls.at(-1)?.body).toEqual({ timeout: '1' });
  });

  it('raises ZaloApiError with code and description, never the token', async () => {
    fake = await startFakeZaloApi();
    const api = createZaloApi({ token: FAKE_ZALO_TOKEN, apiRoot: fake.root });
    fake.queue('sendMessage', { status: 400, json: { ok: false, error_code: 400, description: 'text is too long' } });
    const error = await api.sendMessage('g1', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ errorCode: 400, description: 'text is too long' });
    expect(String((error as Error).message)).not.toContain(FAKE_ZALO_TOKEN.split(':')[1]);
  });

  it('at start-up: a refused token and an unreachable API get clear Vietnamese errors without the token', async () => {
    fake = await startFakeZaloApi();
    const refused = await checkZalo(createZaloApi({ token: '1:not-the-right-token', apiRoot: fake.root })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as StartupError).message).toContain('Zalo không chấp nhận ZALO_BOT_TOKEN');
    expect((refused as StartupError).message).not.toContain('not-the-right-token');
    expect((refused as StartupError).exitCode).toBe(2);
    const root = fake.root;
    await fake.close();
    fake = undefined;
    const api = createZaloApi({ token: FAKE_ZALO_TOKEN, apiRoot: root });
    await expect(api.getMe()).rejects.toBeInstanceOf(ZaloNetworkError);
    const unreachable = (await checkZalo(api).catch((e: unknown) => e)) as StartupError;
    expect(unreachable.message).toContain(`Không kết nối được tới Zalo Bot API tại ${root}`);
    expect(unreachable.message).toContain('máy chủ từ chối kết nối');
    expect(unreachable.message).not.toContain(FAKE_ZALO_TOKEN);
    expect(unreachable.exitCode).toBe(1);
  });
});

describe('scrubbing a Zalo token from log text', () => {
  it('hides a token in a request URL whatever characters it holds', () => {
    expect(scrubSecrets('POST https://bot-api.zaloplatforms.com/bot1234567890:a.b~c+d=e%f/sendMessage failed')).toBe(
      'POST https://bot-api.zaloplatforms.com/bot<ẩn>/sendMessage failed',
    );
  });
});
