import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { StartupError } from '../../src/startup-error.ts';
import { FAKE_ZALO_TOKEN, startFakeZaloApi } from '../channels/zalo/support/fake-zalo-api.ts';
import { waitFor } from '../e2e/helpers.ts';

const SECRET = 'zalo-webhook-secret-value';

describe('the app on Zalo only', () => {
  let app: App | undefined;
  let fake: Awaited<ReturnType<typeof startFakeZaloApi>> | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.stop();
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    app = undefined;
  });

  async function start(extra: Record<string, string>) {
    fake = await startFakeZaloApi();
    dir = await mkdtemp(join(tmpdir(), 'dieuphoi-zalo-app-'));
    const loaded = loadConfig({
      LOG_LEVEL: 'silent',
      DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      ZALO_BOT_TOKEN: FAKE_ZALO_TOKEN,
      ZALO_API_ROOT: fake.root,
      PUBLIC_BASE_URL: 'https://bot.example.vn',
      FILE_LINK_SECRET: 'f'.repeat(40),
      FILES_DIR: join(dir, 'files'),
      HTTP_PORT: '0',
      ...extra,
    });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    app = await createApp({ config: loaded.config, logger: createLogger('silent', false), clock: new ManualClock(new Date('2026-03-02T01:00:00Z')) });
    await app.start();
    return { fake, app };
  }

  it('runs without a Telegram token: webhook set, an update stored and answered through Zalo, a wrong secret refused', async () => {
    const { fake: api, app: running } = await start({
      ZALO_MODE: 'webhook',
      ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo/hook',
      ZALO_WEBHOOK_SECRET: SECRET,
    });
    expect(api.calls.find((c) => c.method === 'setWebhook')?.body).toEqual({ url: 'https://bot.example.vn/zalo/hook', secret_token: SECRET });
    const url = `http://127.0.0.1:${running.http()!.port}/zalo/hook`;
    const update = {
      event_name: 'message.text.received',
      message: { message_id: 'm1', from: { id: 'u-1', display_name: 'Nguyễn Văn An' }, chat: { id: 'u-1', chat_type: 'PRIVATE' }, date: 1, text: '/trogiup' },
    };
    const refused = await fetch(url, { method: 'POST', body: JSON.stringify(update), headers: { 'x-bot-api-secret-token': 'not-the-secret' } });
    expect(refused.status).toBe(401);
    expect(await running.db.prisma.inboundUpdate.count()).toBe(0);
    const accepted = await fetch(url, { method: 'POST', body: JSON.stringify({ ok: true, result: update }), headers: { 'x-bot-api-secret-token': SECRET } });
    expect(accepted.status).toBe(200);
    const answer = await waitFor('the /trogiup answer on Zalo', () => api.calls.find((c) => c.method === 'sendMessage'));
    expect(answer.body.chat_id).toBe('u-1');
    expect(String(answer.body.text)).not.toMatch(/<\/?b>/);
    expect(String(answer.body.text).length).toBeLessThanOrEqual(2000);
    await waitFor('the update marked done', async () => ((await running.db.prisma.inboundUpdate.findFirst())?.status === 'done' ? true : undefined));
  });

  it('polls getUpdates in polling mode after removing any webhook', async () => {
    const { fake: api } = await start({});
    await waitFor('a getUpdates call', () => api.calls.find((c) => c.method === 'getUpdates'));
    expect(api.calls.map((c) => c.method).slice(0, 2)).toEqual(['getMe', 'deleteWebhook']);
  });

  it('refuses to start with neither a Telegram nor a Zalo token', async () => {
    const loaded = loadConfig({ LOG_LEVEL: 'silent' });
    if (!loaded.ok) throw new Error('default config');
    const error = await createApp({ config: loaded.config, logger: createLogger('silent', false), clock: new ManualClock(new Date()) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).message).toContain('cần ít nhất một trong hai');
  });
});
