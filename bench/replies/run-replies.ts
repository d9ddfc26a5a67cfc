/**
 * Bench `replies`: free-text status replies from many users in many groups, through the sandbox over
 * HTTP, to the real bot in its own process; then the same load on a no-op grammY bot in the same run.
 */
import { join } from 'node:path';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { type BenchDb, emit, log, percentile } from '../support/emit.ts';
import { type Child, startChild } from '../support/child.ts';
import { type LoadResult, runBurst, runOpenLoop, trackAnswers } from './load.ts';
import { type BenchGroup, QUIET_SUNDAY, setupGroups } from './setup-groups.ts';
import { startTurnSampler } from './sample-turns.ts';
import { freePort, startWebhookSplitter } from './webhook-splitter.ts';

export interface RepliesOptions {
  dbs: BenchDb[];
  groups: number;
  usersPerGroup: number;
  ratePerSecond: number;
  durationMs: number;
  burst: number;
  /** PostgreSQL behind a webhook splitter with 1 and 2 instances (default on when postgres is measured) */
  scaling?: boolean;
}

export const REPLIES_FULL: Omit<RepliesOptions, 'dbs'> = { groups: 300, usersPerGroup: 4, ratePerSecond: 200, durationMs: 15_000, burst: 4_000 };
export const REPLIES_SMOKE: Omit<RepliesOptions, 'dbs'> = { groups: 10, usersPerGroup: 2, ratePerSecond: 40, durationMs: 2_000, burst: 100 };

const BOT_PROCESS = join(import.meta.dirname, 'bot-process.ts');

interface Measured {
  steady: LoadResult;
  burst: LoadResult;
  /** replies answered from the count reset on (warm-up, steady and burst) */
  handled: number;
  /** CPU time of the bot process(es) over those replies */
  cpuMs?: number;
}

type ChildMessage = { type: string; cpuMs?: number };
const isReady = (m: ChildMessage): m is ChildMessage => m.type === 'ready';
const isUsage = (m: ChildMessage): m is ChildMessage => m.type === 'usage';

async function stopChild(child: Child<ChildMessage>): Promise<void> {
  child.send({ type: 'stop' });
  const code = await Promise.race([child.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
  if (code === 'timeout') child.process.kill('SIGKILL');
}

/**
 * The bot under test in `instances` processes: one polls the sandbox; several (PostgreSQL) run in
 * webhook mode behind the splitter, as behind a reverse proxy. One polling instance of the no-op bot.
 */
async function withBot(
  mode: 'real' | 'noop',
  server: SandboxServer,
  databaseUrl: string,
  work: (phase: (name: string) => void) => Promise<Measured>,
  instances = 0,
): Promise<Measured> {
  const env = {
    BENCH_BOT: mode,
    BENCH_API_ROOT: server.address!.apiRoot,
    BENCH_TOKEN: server.token,
    BENCH_CLOCK_MS: String(QUIET_SUNDAY.getTime()),
    DATABASE_URL: databaseUrl,
  };
  const splitter = instances > 0 ? await startWebhookSplitter() : null;
  const children: Child<ChildMessage>[] = [];
  try {
    if (!splitter) children.push(startChild(BOT_PROCESS, env));
    else {
      const ports: number[] = [];
      for (let i = 0; i < instances; i++) ports.push(await freePort());
      splitter.setTargets(ports);
      for (const port of ports) children.push(startChild(BOT_PROCESS, { ...env, BENCH_WEBHOOK_URL: splitter.url, BENCH_WEBHOOK_PORT: String(port) }));
    }
    for (const child of children) await child.next(isReady, 120_000);
    for (const child of children) child.send({ type: 'reset-count' });
    const sampleFile = process.env.BENCH_SAMPLE_TURNS;
    const sampler =
      sampleFile && mode === 'real' && databaseUrl.startsWith('postgres')
        ? await startTurnSampler(sampleFile, databaseUrl, children, instances > 0 ? `webhook-${instances}` : 'polling')
        : null;
    let measured: Measured;
    try {
      measured = await work((name) => sampler?.phase(name));
    } finally {
      await sampler?.stop();
    }
    let cpuMs = 0;
    for (const child of children) {
      child.send({ type: 'usage' });
      cpuMs += (await child.next(isUsage, 10_000)).cpuMs ?? 0;
    }
    return { ...measured, cpuMs };
  } finally {
    for (const child of children) await stopChild(child);
    await splitter?.close();
  }
}

async function measure(server: SandboxServer, groups: BenchGroup[], options: RepliesOptions, phase: (name: string) => void): Promise<Measured> {
  const tracker = trackAnswers(server);
  phase('warm-up');
  // Warm-up: JIT, prepared statements, connection pool.
  const warm = await runBurst(server, groups, tracker, { count: Math.min(200, options.burst), drainMs: 30_000, seed: 3 });
  phase('steady');
  const steady = await runOpenLoop(server, groups, tracker, { ratePerSecond: options.ratePerSecond, durationMs: options.durationMs, drainMs: 30_000 });
  phase('burst');
  const burst = await runBurst(server, groups, tracker, { count: options.burst, drainMs: 60_000 });
  return { steady, burst, handled: warm.answered + steady.answered + burst.answered };
}

function report(db: BenchDb, m: Measured, options: RepliesOptions, noopCapacity: number | null, bot: string, more: { instances?: number } = {}): void {
  const sorted = [...m.steady.latenciesMs].sort((a, b) => a - b);
  const instances = more.instances ?? 1;
  const extra = { bot, instances, groups: options.groups, offered_per_s: options.ratePerSecond, sent: m.steady.sent, answered: m.steady.answered };
  const steadyRate = m.steady.answered / (m.steady.spanMs / 1000);
  const capacity = m.burst.answered / (m.burst.spanMs / 1000);
  emit({ bench: 'replies', metric: 'replies_per_s', value: steadyRate, unit: 'replies/s', db, ...extra });
  emit({ bench: 'replies', metric: 'p50_ms', value: percentile(sorted, 50), unit: 'ms', db, ...extra });
  emit({ bench: 'replies', metric: 'p99_ms', value: percentile(sorted, 99), unit: 'ms', db, ...extra });
  emit({
    bench: 'replies',
    metric: 'capacity_replies_per_s',
    value: capacity,
    unit: 'replies/s',
    db,
    bot,
    instances,
    n: m.burst.sent,
    answered: m.burst.answered,
  });
  if (m.cpuMs !== undefined && m.handled > 0) {
    // The figure that does not move with the machine's load: capacity ≈ 1000 ÷ this on one free core.
    emit({ bench: 'replies', metric: 'bot_cpu_ms_per_reply', value: m.cpuMs / m.handled, unit: 'ms of bot CPU/reply', db, bot, instances, replies: m.handled });
  }
  if (noopCapacity !== null) {
    emit({
      bench: 'replies',
      metric: 'ratio_to_noop',
      value: capacity / noopCapacity,
      unit: 'ratio (capacity replies/s ÷ no-op bot capacity)',
      db,
      noop_capacity_per_s: Math.round(noopCapacity),
    });
  }
}

export async function runRepliesBench(options: RepliesOptions): Promise<void> {
  const results = new Map<BenchDb, Measured>();
  let noop: Measured | null = null;
  for (const db of options.dbs) {
    const database = await createBenchDatabase(db, 'replies');
    const server = createSandboxServer({ rateLimit: { enabled: false } });
    try {
      await server.listen(0);
      const groups = await setupGroups(server, database.url, { groups: options.groups, usersPerGroup: options.usersPerGroup });
      log(`replies: ${db}, ${groups.length} groups, ${groups.reduce((n, g) => n + g.taskMessages.length, 0)} task messages`);
      results.set(db, await withBot('real', server, database.url, (phase) => measure(server, groups, options, phase)));
      if (noop === null) {
        log('replies: no-op bot');
        noop = await withBot('noop', server, database.url, (phase) => measure(server, groups, options, phase));
      }
    } finally {
      await server.close();
      await database.drop();
    }
  }
  const noopCapacity = noop ? noop.burst.answered / (noop.burst.spanMs / 1000) : null;
  for (const [db, measured] of results) report(db, measured, options, noopCapacity, 'real');
  if (noop) report(options.dbs[0]!, noop, options, null, 'noop');
  if (options.dbs.includes('postgres') && options.scaling !== false) {
    const sqlite = results.get('sqlite');
    await runScaling(options, sqlite ? capacityOf(sqlite) : null);
  }
}

const capacityOf = (m: Measured) => m.burst.answered / (m.burst.spanMs / 1000);

/**
 * PostgreSQL behind a webhook splitter: one instance, then two on one database (each update of a
 * chat may land on either: the per-chat turn keeps their order). `scaling_ratio_2_instances` =
 * capacity with two ÷ capacity with one, both in webhook mode.
 */
async function runScaling(options: RepliesOptions, sqliteCapacity: number | null): Promise<void> {
  const capacity = new Map<number, number>();
  for (const instances of [1, 2]) {
    const database = await createBenchDatabase('postgres', 'replies');
    // A token of Telegram's shape: webhook mode checks BOT_TOKEN in the configuration.
    const server = createSandboxServer({ rateLimit: { enabled: false }, token: '123456:bench-webhook-token-0000000000' });
    try {
      await server.listen(0);
      const groups = await setupGroups(server, database.url, { groups: options.groups, usersPerGroup: options.usersPerGroup });
      log(`replies: postgres, ${instances} webhook instance(s)`);
      const measured = await withBot('real', server, database.url, (phase) => measure(server, groups, options, phase), instances);
      report('postgres', measured, options, null, `real-webhook-${instances}`, { instances });
      capacity.set(instances, capacityOf(measured));
    } finally {
      await server.close();
      await database.drop();
    }
  }
  emit({
    bench: 'replies',
    metric: 'scaling_ratio_2_instances',
    value: capacity.get(2)! / capacity.get(1)!,
    unit: 'ratio (capacity with 2 instances ÷ with 1, PostgreSQL, webhook)',
    db: 'postgres',
    instances: 2,
    capacity_1_per_s: Math.round(capacity.get(1)!),
    capacity_2_per_s: Math.round(capacity.get(2)!),
    ...(sqliteCapacity !== null ? { ratio_to_sqlite_1_instance: Math.round((capacity.get(2)! / sqliteCapacity) * 1000) / 1000 } : {}),
  });
}
