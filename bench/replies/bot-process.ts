/**
 * The bot under test, in its own process so the load generator and the sandbox get the other core.
 * BENCH_BOT=real: the real bot from createApp (no reply throttling); BENCH_BOT=noop: grammY + runner
 * answering "ok" to every message without touching the database.
 */
import { writeFileSync } from 'node:fs';
import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ChatOrder } from '../../src/core/ports/chat-order.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { installQueryCounter } from '../support/count-queries.ts';

const mode = process.env.BENCH_BOT ?? 'real';
const apiRoot = process.env.BENCH_API_ROOT ?? '';
const token = process.env.BENCH_TOKEN ?? '';
const clockAt = Number(process.env.BENCH_CLOCK_MS ?? Date.now());

function send(message: object): void {
  process.send?.(message);
}

async function startNoop(): Promise<() => Promise<void>> {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.on('message', (ctx) => ctx.reply('ok', { reply_parameters: { message_id: ctx.msg.message_id } }));
  await bot.init();
  const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}

/** The real bot's chat order, for BENCH_SAMPLE_TURNS (the turns' pool sampled during the run). */
let chatOrder: ChatOrder | undefined;

async function startReal(): Promise<() => Promise<void>> {
  // BENCH_WEBHOOK_URL: webhook mode behind the bench's splitter (several instances), on BENCH_WEBHOOK_PORT.
  const webhook = process.env.BENCH_WEBHOOK_URL
    ? {
        BOT_MODE: 'webhook',
        BOT_TOKEN: token,
        WEBHOOK_URL: process.env.BENCH_WEBHOOK_URL,
        WEBHOOK_PORT: process.env.BENCH_WEBHOOK_PORT,
        WEBHOOK_SECRET: 'bench-webhook-secret-0001',
      }
    : {};
  const loaded = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, LOG_LEVEL: 'silent', TELEGRAM_API_ROOT: apiRoot, ...webhook });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const app = await createApp({
    config: loaded.config,
    logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent', false),
    clock: new ManualClock(clockAt),
    token,
    apiRoot,
    throttleReplies: false,
    pollingTimeoutSeconds: 1,
  });
  await app.start();
  // Diagnostic: BENCH_SENDER=off measures the reply path without the outbox sender in the process.
  if (process.env.BENCH_SENDER === 'off') await app.sender.stop();
  chatOrder = app.deps.chatOrder;
  traceTurns(chatOrder);
  return () => app.stop();
}

/**
 * Where an update could stop, counted at each hop and printed at the stop: POSTs received by the
 * webhook server and answered, then runs entered into the chat order, granted their turn, settled.
 * Compared with the splitter's counts, they say whether a missing reply was lost before the bot.
 */
const trace = { requests: 0, answered: 0, entered: 0, granted: 0, settled: 0, failed: 0 };
const requestOn = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (request.method === 'POST') {
      trace.requests++;
      response.on('finish', () => trace.answered++);
    }
  }
  return Reflect.apply(requestOn, this, [event, ...args]) as boolean;
} as typeof Server.prototype.emit;
function traceTurns(order: ChatOrder | undefined): void {
  if (!order) return;
  const run = order.run.bind(order);
  order.run = (key, work) => {
    trace.entered++;
    return run(key, () => {
      trace.granted++;
      return work();
    }).then(
      (value) => {
        trace.settled++;
        return value;
      },
      (error: unknown) => {
        trace.failed++;
        throw error;
      },
    );
  };
}

const cpuMsOf = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;

const counter = process.env.BENCH_COUNT_QUERIES ? installQueryCounter() : null;

/** BENCH_LOOP_DELAY=1: the bot's event-loop delay over the measured window, printed at the stop. */
const loopDelay = process.env.BENCH_LOOP_DELAY ? monitorEventLoopDelay({ resolution: 5 }) : null;
const ms = (ns: number) => Math.round(ns / 1e5) / 10;

/**
 * BENCH_CPU_PROF_WINDOW=<dir>: a V8 CPU profile of the measured window only (from the count reset
 * after start-up to the stop), so start-up and module loading do not drown the reply path.
 */
async function startWindowProfile(dir: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `window-${mode}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

async function main(): Promise<void> {
  const stop = mode === 'noop' ? await startNoop() : await startReal();
  const profileDir = process.env.BENCH_CPU_PROF_WINDOW;
  let stopProfile: Promise<() => Promise<void>> | null = null;
  let cpuSince = process.cpuUsage();
  process.on('message', (message: { type?: string }) => {
    // This process's CPU time since the reset: what a reply costs the bot, however loaded the machine.
    if (message.type === 'usage') {
      const used = process.cpuUsage(cpuSince);
      send({ type: 'usage', cpuMs: (used.user + used.system) / 1000 });
    }
    if (message.type === 'turns') send({ type: 'turns', stats: chatOrder?.stats?.() ?? null, cpuMs: cpuMsOf(process.cpuUsage()) });
    if (message.type === 'reset-count') {
      cpuSince = process.cpuUsage();
      counter?.reset();
      loopDelay?.reset();
      loopDelay?.enable();
      if (profileDir && !stopProfile) stopProfile = startWindowProfile(profileDir);
    }
    if (message.type !== 'stop') return;
    process.stderr.write(`[bench bot ${process.pid}] ${JSON.stringify(trace)}\n`);
    if (loopDelay)
      process.stderr.write(
        `[bench bot ${process.pid}] event-loop delay ms: p50 ${ms(loopDelay.percentile(50))} p90 ${ms(loopDelay.percentile(90))} p99 ${ms(loopDelay.percentile(99))} max ${ms(loopDelay.max)}\n`,
      );
    if (counter)
      process.stderr.write(
        `[bench bot] ${counter.total} statements\n${counter
          .top(40)
          .map(([sql, n]) => `${n}\t${sql}`)
          .join('\n')}\n[bench bot] milliseconds inside SQLite by statement\n${counter
          .slowest(15)
          .map(([sql, ms]) => `${ms.toFixed(0)}\t${sql}`)
          .join('\n')}\n`,
      );
    void (stopProfile ?? Promise.resolve(async () => {}))
      .then((finish) => finish())
      .then(stop)
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
  send({ type: 'ready' });
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench bot] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
