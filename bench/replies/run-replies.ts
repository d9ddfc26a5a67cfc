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

export interface RepliesOptions {
  dbs: BenchDb[];
  groups: number;
  usersPerGroup: number;
  ratePerSecond: number;
  durationMs: number;
  burst: number;
}

export const REPLIES_FULL: Omit<RepliesOptions, 'dbs'> = { groups: 300, usersPerGroup: 4, ratePerSecond: 350, durationMs: 15_000, burst: 4_000 };
export const REPLIES_SMOKE: Omit<RepliesOptions, 'dbs'> = { groups: 10, usersPerGroup: 2, ratePerSecond: 40, durationMs: 2_000, burst: 100 };

const BOT_PROCESS = join(import.meta.dirname, 'bot-process.ts');

interface Measured {
  steady: LoadResult;
  burst: LoadResult;
}

type ChildMessage = { type: string };
const isReady = (m: ChildMessage): m is ChildMessage => m.type === 'ready';

async function withBot<T>(mode: 'real' | 'noop', server: SandboxServer, databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const apiRoot = server.address!.apiRoot;
  const child: Child<ChildMessage> = startChild(BOT_PROCESS, {
    BENCH_BOT: mode,
    BENCH_API_ROOT: apiRoot,
    BENCH_TOKEN: server.token,
    BENCH_CLOCK_MS: String(QUIET_SUNDAY.getTime()),
    DATABASE_URL: databaseUrl,
  });
  try {
    await child.next(isReady, 120_000);
    child.send({ type: 'reset-count' });
    return await work();
  } finally {
    child.send({ type: 'stop' });
    const code = await Promise.race([child.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    if (code === 'timeout') child.process.kill('SIGKILL');
  }
}

async function measure(server: SandboxServer, groups: BenchGroup[], options: RepliesOptions): Promise<Measured> {
  const tracker = trackAnswers(server);
  // Warm-up: JIT, prepared statements, connection pool.
  await runBurst(server, groups, tracker, { count: Math.min(200, options.burst), drainMs: 30_000, seed: 3 });
  const steady = await runOpenLoop(server, groups, tracker, { ratePerSecond: options.ratePerSecond, durationMs: options.durationMs, drainMs: 30_000 });
  const burst = await runBurst(server, groups, tracker, { count: options.burst, drainMs: 60_000 });
  return { steady, burst };
}

function report(db: BenchDb, m: Measured, options: RepliesOptions, noopCapacity: number | null, bot: string): void {
  const sorted = [...m.steady.latenciesMs].sort((a, b) => a - b);
  const extra = { bot, groups: options.groups, offered_per_s: options.ratePerSecond, sent: m.steady.sent, answered: m.steady.answered };
  const steadyRate = m.steady.answered / (m.steady.spanMs / 1000);
  const capacity = m.burst.answered / (m.burst.spanMs / 1000);
  emit({ bench: 'replies', metric: 'replies_per_s', value: steadyRate, unit: 'replies/s', db, ...extra });
  emit({ bench: 'replies', metric: 'p50_ms', value: percentile(sorted, 50), unit: 'ms', db, ...extra });
  emit({ bench: 'replies', metric: 'p99_ms', value: percentile(sorted, 99), unit: 'ms', db, ...extra });
  emit({ bench: 'replies', metric: 'capacity_replies_per_s', value: capacity, unit: 'replies/s', db, bot, n: m.burst.sent, answered: m.burst.answered });
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
      results.set(db, await withBot('real', server, database.url, () => measure(server, groups, options)));
      if (noop === null) {
        log('replies: no-op bot');
        noop = await withBot('noop', server, database.url, () => measure(server, groups, options));
      }
    } finally {
      await server.close();
      await database.drop();
    }
  }
  const noopCapacity = noop ? noop.burst.answered / (noop.burst.spanMs / 1000) : null;
  for (const [db, measured] of results) report(db, measured, options, noopCapacity, 'real');
  if (noop) report(options.dbs[0]!, noop, options, null, 'noop');
}
