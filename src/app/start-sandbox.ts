import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { projectRoot } from '../db/project-root.ts';
import { vietnamInstant } from '../core/time/zone.ts';
import { activatePlan } from '../core/usecases/activate-plan.ts';
import type { Logger } from '../logger.ts';
import { loadPlanFile } from '../plan-import/load-plan-file.ts';
import { walkClockTo } from '../scheduler/walk-clock-to.ts';
import { StartupError } from '../startup-error.ts';
import { createSandboxServer, type SandboxServer, seedSandboxChats } from '../sandbox/index.ts';
import { type App, createApp } from './create-app.ts';
import { OffsetClock } from './offset-clock.ts';
import { sandboxSeedSpec } from './sandbox-seed-spec.ts';

export const SEED_PLAN_FILE = join(projectRoot, 'plans/45-KH-BCD-2023.yaml');

export interface SandboxRun {
  app: App;
  server: SandboxServer;
  url: string;
  /** the port asked for (SANDBOX_PORT) when it was busy and another one was taken */
  busyPort?: number;
  /** the SQLite file that was emptied for this run */
  databaseFile: string;
  /** the plan imported (PLAN_FILE) when it is not the seed plan */
  planFile?: string;
  stop(): Promise<void>;
}

async function listen(server: SandboxServer, port: number): Promise<{ url: string; apiRoot: string; busyPort?: number }> {
  try {
    return await server.listen(port);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE' || port === 0) throw error;
    return { ...(await server.listen(0)), busyPort: port };
  }
}

/** What `npm start` prints about the sandbox it started: where, that it is fresh, and a busy port by number. */
export function sandboxBanner(run: Pick<SandboxRun, 'url' | 'busyPort' | 'databaseFile' | 'planFile'>): string[] {
  const lines = [`Sandbox Điều phối: mở ${run.url} trong trình duyệt.`];
  if (run.busyPort !== undefined) {
    lines.push(
      `Cổng ${run.busyPort} (SANDBOX_PORT) đang bận — có thể một sandbox khác vẫn đang chạy — nên sandbox này dùng cổng ${new URL(run.url).port}. Muốn dùng lại cổng ${run.busyPort}: dừng chương trình đang giữ nó, hoặc đặt SANDBOX_PORT khác.`,
    );
  }
  const plan = run.planFile === undefined ? 'kế hoạch mẫu' : `kế hoạch trong ${run.planFile} (PLAN_FILE)`;
  lines.push(`Đây là một sandbox mới: mỗi lần khởi động, dữ liệu của lần trước (${run.databaseFile}) được xóa và ${plan} được nhập lại từ đầu.`);
  return lines;
}

/** A port nobody listens on now (the bot's HTTP server takes it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * How the sandbox's Zalo side reaches the bot: getUpdates (the default), or, with `zaloMode:
 * 'webhook'`, the sandbox posting each update to the bot's own HTTP server, secret header and all.
 */
async function zaloDelivery(mode: 'polling' | 'webhook'): Promise<Partial<Config>> {
  if (mode === 'polling') return { ZALO_MODE: 'polling', ZALO_POLL_TIMEOUT_SECONDS: 5, HTTP_PORT: 0 };
  const port = await freePort();
  return {
    ZALO_MODE: 'webhook',
    HTTP_PORT: port,
    ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo-webhook`,
    ZALO_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
  };
}

/**
 * `npm start` without a token: a local Telegram-compatible server with a web chat page, the plan
 * imported into the sandbox's own SQLite file (fresh at every start, so message ids and task
 * links stay consistent with the sandbox's in-memory chats), and the real bot connected to it
 * through TELEGRAM_API_ROOT only.
 */
export async function startSandbox(
  config: Config,
  logger: Logger,
  options: { port?: number; databaseUrl?: string; startAt?: Date; zaloMode?: 'polling' | 'webhook' } = {},
): Promise<SandboxRun> {
  const planFile = config.PLAN_FILE || SEED_PLAN_FILE;
  const loaded = await loadPlanFile(planFile);
  if (!loaded.ok)
    throw new StartupError(
      `Tệp kế hoạch ${planFile} (PLAN_FILE) có lỗi: ${loaded.errors[0]?.message ?? ''} Chạy "npx dieuphoi plan lint ${planFile}" để xem hết.`,
      2,
    );
  // The sandbox lives in the plan's own time: 08:00 on the day the plan was issued.
  const [y, m, d] = loaded.plan.issueDate.split('-').map(Number) as [number, number, number];
  const clock = new OffsetClock(Date.now, options.startAt ?? vietnamInstant(y, m, d, 8, 0));
  let app: App | undefined;
  const server = createSandboxServer({
    clock: { now: () => clock.now().getTime(), set: (ms: number) => clock.set(ms) },
    // A clock button moves time as if it had passed: every nudge and digest due on the way runs, in order.
    moveClock: async (ms: number) => {
      if (!app) return clock.set(ms);
      const sender = app.sender;
      await walkClockTo(app.scheduler, { now: () => clock.now(), set: (instant) => clock.set(instant) }, new Date(ms), {
        // deliver what each stop enqueued before time moves on (a few rounds; rate-limited rows wait their turn)
        afterStop: async () => {
          for (let round = 0; round < 20 && (await sender.runOnce()).claimed > 0; round++);
        },
      });
    },
  });
  const { url, apiRoot, busyPort } = await listen(server, options.port ?? config.SANDBOX_PORT);
  const seeded = seedSandboxChats(server, sandboxSeedSpec(loaded.plan), { botInGroups: false });
  const databaseUrl = options.databaseUrl ?? 'file:./data/sandbox.db';
  const path = databaseUrl.replace(/^file:/, '');
  for (const suffix of ['', '-wal', '-shm', '-files']) rmSync(`${path}${suffix}`, { force: true, recursive: true });

  app = await createApp({
    config: {
      ...config,
      DATABASE_URL: databaseUrl,
      TELEGRAM_API_ROOT: apiRoot,
      // The sandbox's Zalo side: getUpdates on its own server (or its webhook posts), files served by the bot on a free port.
      ...(await zaloDelivery(options.zaloMode ?? 'polling')),
      PUBLIC_BASE_URL: undefined,
      FILES_DIR: `${path}-files`,
      // The secretariat is one person on both messengers (a steering group may be opened on Zalo).
      SECRETARIAT_USER_IDS: [...config.SECRETARIAT_USER_IDS, `telegram:${seeded.secretariatUserId}`, `zalo:${seeded.secretariatUserId}`],
    },
    logger,
    clock,
    token: server.token,
    apiRoot,
    zalo: { token: server.zaloToken, apiRoot: `${apiRoot}/zalo` },
    pollingTimeoutSeconds: 5,
  });
  const actor = { id: String(seeded.secretariatUserId), name: 'Thường trực BCĐ' };
  const summary = await app.deps.stores.plans.importPlan(loaded.plan, { actor, at: clock.now(), sourceFile: planFile });
  await activatePlan({ stores: app.deps.stores, outbox: app.deps.outbox }, { planId: summary.planId, actor, now: clock.now() });
  await app.start();
  // People add the bot to their groups, as in Telegram: each group gets the bot's introduction.
  const creatorOf = (chatId: number) => [...(server.state.chats.get(chatId)?.members ?? [])].find(([, status]) => status === 'creator')?.[0];
  for (const chatId of [seeded.steeringChatId, ...Object.values(seeded.unitChatIds)]) {
    const by = creatorOf(chatId);
    if (by !== undefined) server.addBotToChat(chatId, by, true);
  }
  const running = app;
  return {
    app: running,
    server,
    url,
    ...(busyPort !== undefined ? { busyPort } : {}),
    databaseFile: path,
    ...(planFile !== SEED_PLAN_FILE ? { planFile } : {}),
    async stop() {
      await running.stop();
      await server.close();
    },
  };
}
