import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.ts';
import { checkHealth, type HealthSources } from '../../src/app/operations/health.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';

const NOW = new Date('2026-11-26T03:00:00Z');

function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  return {
    pingDatabase: async () => {},
    outboxDepth: async () => 3,
    outboxNextDueAt: async () => new Date(NOW.getTime() - 90_000),
    scheduler: () => ({ leader: true, lastTickAt: new Date(NOW.getTime() - 30_000) }),
    now: () => NOW,
    ...overrides,
  };
}

describe('health check', () => {
  it('is ok with a reachable database and a scheduler that ticked; reports the backlog', async () => {
    const report = await checkHealth(sources());
    expect(report).toMatchObject({
      status: 'ok',
      database: { ok: true },
      outbox: { depth: 3, overdueSeconds: 90 },
      scheduler: { leader: true, lagSeconds: 30 },
    });
  });

  it('fails when the database does not answer', async () => {
    const report = await checkHealth(sources({ pingDatabase: async () => Promise.reject(new Error('connection refused')) }));
    expect(report).toMatchObject({ status: 'fail', database: { ok: false }, outbox: { depth: null } });
    expect(JSON.stringify(report)).not.toContain('connection refused');
  });

  it('fails when the leading scheduler has not ticked for over three minutes; a standby instance is fine', async () => {
    const stale = { lastTickAt: new Date(NOW.getTime() - 200_000) };
    expect((await checkHealth(sources({ scheduler: () => ({ leader: true, ...stale }) }))).status).toBe('fail');
    expect((await checkHealth(sources({ scheduler: () => ({ leader: false, ...stale }) }))).status).toBe('ok');
  });
});

describe.each(PROVIDERS)('GET /healthz and /metrics of the running bot (polling, HTTP_PORT) [%s]', (provider) => {
  let testDb: TestDatabase;
  let server: SandboxServer;
  let app: App;
  let base: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    server = createSandboxServer({});
    const { apiRoot } = await server.listen(0);
    const loaded = loadConfig({ DATABASE_URL: testDb.url, TELEGRAM_API_ROOT: apiRoot, HTTP_PORT: '0', LOG_LEVEL: 'silent' });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    app = await createApp({
      config: loaded.config,
      logger: createLogger('silent', false),
      clock: new ManualClock(NOW),
      token: server.token,
      apiRoot,
      pollingTimeoutSeconds: 1,
    });
    await app.start();
    base = `http://127.0.0.1:${app.http()!.port}`;
  });

  afterAll(async () => {
    await app?.stop();
    await server?.close();
    await testDb?.drop();
  });

  it('answers 200 with the database, outbox depth and scheduler lag', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true }, outbox: { depth: 0 }, scheduler: { leader: true, lagSeconds: 0 } });
  });

  it('counts handled updates and their latency, outbox depth and sends in Prometheus text', async () => {
    const user = server.createUser({ first_name: 'Lan' });
    // A private chat's id is the user's.
    const reply = server.nextBotMessage(user.id, 10_000);
    server.sendUserMessage({ chatId: user.id, fromUserId: user.id, text: '/trogiup' });
    await reply;
    let text = '';
    for (let attempt = 0; attempt < 50 && !/dieuphoi_updates_handled_total\{kind="message"\} [1-9]/.test(text); attempt++) {
      text = await (await fetch(`${base}/metrics`)).text();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toMatch(/dieuphoi_updates_handled_total\{kind="message"\} [1-9]/);
    expect(text).toMatch(/dieuphoi_update_duration_seconds_count [1-9]/);
    expect(text).toContain('dieuphoi_outbox_depth 0');
    expect(text).toContain('# TYPE dieuphoi_outbox_sends_total counter');
    expect(text).toContain('dieuphoi_scheduler_leader 1');
    expect(text).toContain('# TYPE dieuphoi_job_lag_seconds histogram');
    // PostgreSQL: the update took its chat's turn, free, on a shared connection; SQLite takes no turn.
    if (provider === 'postgresql') {
      expect(text).toMatch(/dieuphoi_chat_turns_taken\{path="shared"\} [1-9]/);
      expect(text).toContain('dieuphoi_chat_turns_taken{path="contended"} 0');
      expect(text).toContain('dieuphoi_chat_turns{state="held"} 0');
    } else expect(text).not.toContain('dieuphoi_chat_turns');
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });
});
