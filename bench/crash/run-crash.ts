/**
 * Bench `crash`: a morning's delivery through real sender processes to the sandbox enforcing
 * Telegram's limits, with N kill -9 moments at random; the killed process is started again at once.
 * On SQLite and PostgreSQL with one instance, and on PostgreSQL with two instances of which one is
 * killed each time. Lost and doubled are counted per message part from the sandbox's stored messages.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import { type Child, startChild } from '../support/child.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { type BenchDb, emit, log } from '../support/emit.ts';

export interface CrashOptions {
  dbs: BenchDb[];
  /** kill -9 moments per scenario */
  crashes: number;
  messages: number;
  /** how long a dead sender's claims block their rows */
  leaseMs: number;
  seed: number;
}

export const CRASH_FULL: Omit<CrashOptions, 'dbs'> = { crashes: 20, messages: 600, leaseMs: 5_000, seed: 7 };
export const CRASH_SMOKE: Omit<CrashOptions, 'dbs'> = { crashes: 2, messages: 60, leaseMs: 2_000, seed: 7 };

/** Every `LONG_EVERY`-th message is long enough to be sent in two parts (Telegram's 4,096 characters). */
const LONG_EVERY = 5;
const CHILD = new URL('./sender-process.ts', import.meta.url).pathname;
/** how long after a kill its in-flight request is given to reach the sandbox before the kill is marked */
const KILL_SETTLE_MS = 300;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A small deterministic generator, so a run's kill moments can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function body(i: number): string {
  const line = `Báo cáo sáng của nhóm ${i}: các nhiệm vụ đến hạn và quá hạn. `;
  return i % LONG_EVERY === 0 ? line.repeat(Math.ceil(5_000 / line.length)) : line;
}

interface Scenario {
  db: BenchDb;
  instances: number;
}

interface CrashResult {
  crashes: number;
  lost: number;
  doubled: number;
  /** the most doubled parts attributed to one kill (each extra copy to the first kill after the copy before it) */
  maxDoubledPerCrash: number;
  parts: number;
  elapsedS: number;
}

async function runScenario({ db, instances }: Scenario, options: CrashOptions): Promise<CrashResult> {
  const database = await createBenchDatabase(db, 'crash');
  const server = createSandboxServer({});
  const open = await openDatabase(database.url);
  const children: Child<{ type: string }>[] = [];
  try {
    const { apiRoot } = await server.listen(0);
    const owner = server.createUser({ first_name: 'Thư ký' });
    const sandboxChats: number[] = [];
    const inputs: EnqueueInput[] = [];
    for (let i = 0; i < options.messages; i++) {
      const chat = server.createChat({ title: `Nhóm ${i}`, type: 'supergroup', members: [{ userId: owner.id, status: 'creator' }] });
      sandboxChats.push(chat.chat.id);
      const record = await open.prisma.chat.create({ data: { platform: 'telegram', externalId: String(chat.chat.id), kind: 'unit' } });
      inputs.push({ chatId: record.id, kind: 'digest', idempotencyKey: `crash:${i}`, message: { html: body(i) }, notBefore: new Date(0) });
    }
    const env = { DATABASE_URL: database.url, CRASH_API_ROOT: apiRoot, CRASH_TOKEN: server.token, CRASH_LEASE_MS: String(options.leaseMs) };
    const start = async (): Promise<Child<{ type: string }>> => {
      const child = startChild<{ type: string }>(CHILD, env);
      await child.next((m): m is { type: string } => m.type === 'ready', 60_000);
      return child;
    };
    const outbox = createStores(open).outbox;
    await outbox.enqueueMany(inputs);
    const begin = performance.now();
    for (let i = 0; i < instances; i++) children.push(await start());
    const next = random(options.seed + instances + (db === 'postgres' ? 100 : 0));
    let crashes = 0;
    /** the sandbox's change counter at each kill: what the killed process got accepted came before it */
    const killedAt: number[] = [];
    while (crashes < options.crashes && (await outbox.pendingCount()) > 0) {
      await sleep(200 + next() * 1_300);
      const victim = children.shift()!;
      victim.process.kill('SIGKILL');
      await victim.exited;
      // A request the dead process had written may still be read and stored by the sandbox (in this
      // process, on a busy core): that is the very part that gets doubled. Let it land before the mark.
      await sleep(KILL_SETTLE_MS);
      killedAt.push(server.state.seq);
      crashes++;
      children.push(await start());
    }
    const deadline = performance.now() + 300_000;
    while ((await outbox.pendingCount()) > 0 && performance.now() < deadline) await sleep(100);
    const elapsedS = (performance.now() - begin) / 1000;
    let lost = 0;
    let doubled = 0;
    let parts = 0;
    const perKill = new Map<number, number>();
    sandboxChats.forEach((chatId, i) => {
      const expected = i % LONG_EVERY === 0 ? 2 : 1;
      // Each copy after the first exists because the sender of the copy before it died before recording
      // it: that copy's kill is the first kill after it (a part can be doubled by two crashes in a row).
      const lastSeq = new Map<string, number>();
      for (const m of server.messages(chatId).filter((stored) => stored.fromBot)) {
        const text = m.message.text ?? '';
        const previous = lastSeq.get(text);
        lastSeq.set(text, m.seq);
        if (previous === undefined) continue;
        doubled++;
        const kill = killedAt.findIndex((seq) => seq >= previous);
        perKill.set(kill, (perKill.get(kill) ?? 0) + 1);
      }
      parts += expected;
      lost += Math.max(0, expected - lastSeq.size);
    });
    return { crashes, lost, doubled, maxDoubledPerCrash: Math.max(0, ...perKill.values()), parts, elapsedS };
  } finally {
    for (const child of children) {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    await open.close();
    await server.close();
    await database.drop();
  }
}

export async function runCrashBench(options: CrashOptions): Promise<void> {
  const scenarios: Scenario[] = options.dbs.map((db) => ({ db, instances: 1 }));
  if (options.dbs.includes('postgres')) scenarios.push({ db: 'postgres', instances: 2 });
  for (const scenario of scenarios) {
    log(`crash: ${scenario.db}, ${scenario.instances} instance(s), ${options.messages} messages, ${options.crashes} kill -9`);
    const result = await runScenario(scenario, options);
    const perCrash = result.crashes > 0 ? result.doubled / result.crashes : 0;
    const extra = {
      instances: scenario.instances,
      crashes: result.crashes,
      lost: result.lost,
      doubled: result.doubled,
      doubled_per_crash: Math.round(perCrash * 1000) / 1000,
      max_doubled_per_crash: result.maxDoubledPerCrash,
      messages: options.messages,
      parts: result.parts,
      elapsed_s: Math.round(result.elapsedS * 10) / 10,
    };
    emit({ bench: 'crash', metric: 'doubled_per_crash', value: perCrash, unit: 'doubled parts ÷ kill -9', db: scenario.db, ...extra });
    emit({ bench: 'crash', metric: 'lost', value: result.lost, unit: 'message parts', db: scenario.db, ...extra });
  }
}
