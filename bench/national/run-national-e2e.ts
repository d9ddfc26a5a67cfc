/**
 * Bench `national` end to end: a generated country's morning composed by the scheduler's tick (the
 * digest process) while a real outbox sender process delivers to the sandbox enforcing Telegram's
 * limits. `national_e2e_ratio_to_floor` = tick start → last message stored, ÷ (messages ÷ 30 s);
 * `first_send_s` = tick start → first message stored. Composing overlaps sending when the ratio is ≈ 1.
 */
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';
import { type Child, startChild } from '../support/child.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { type BenchDb, emit, log } from '../support/emit.ts';
import type { DigestRunResult } from './digest-process.ts';
import { DIGEST_MORNING, generateCountry } from './generate-country.ts';

export interface NationalE2eOptions {
  dbs: BenchDb[];
  size: number;
}

export const NATIONAL_E2E_FULL: Omit<NationalE2eOptions, 'dbs'> = { size: 1 };
export const NATIONAL_E2E_SMOKE: Omit<NationalE2eOptions, 'dbs'> = { size: 0.01 };

const DIGEST_PROCESS = join(import.meta.dirname, 'digest-process.ts');
const SENDER_PROCESS = join(import.meta.dirname, '..', 'crash', 'sender-process.ts');
const PER_SECOND = 30;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
type Message = { type: string; at?: number };

async function runOne(db: BenchDb, size: number): Promise<void> {
  const database = await createBenchDatabase(db, 'e2e');
  const server = createSandboxServer({});
  const children: Child<Message>[] = [];
  try {
    const migrated = await openDatabase(database.url);
    await migrated.close();
    const summary = await generateCountry(db, database.url, { size });
    const { apiRoot } = await server.listen(0);
    // The generated groups' ids (generate-country.ts) as sandbox supergroups with the bot in them.
    for (let g = 0; g < summary.groups; g++) server.createChat({ id: -1_000_000_000_000 - g, title: `Nhóm ${g + 1}`, type: 'supergroup' });
    const sender = startChild<Message>(SENDER_PROCESS, {
      DATABASE_URL: database.url,
      CRASH_API_ROOT: apiRoot,
      CRASH_TOKEN: server.token,
      CRASH_LEASE_MS: '120000',
    });
    children.push(sender);
    await sender.next((m): m is Message => m.type === 'ready', 60_000);
    // Stored messages are watched every 5 ms: the first and the last change of the sandbox's counter.
    const baseline = server.state.seq;
    let firstAt = 0;
    let lastAt = 0;
    let seen = baseline;
    const watch = setInterval(() => {
      if (server.state.seq === seen) return;
      seen = server.state.seq;
      lastAt = Date.now();
      if (firstAt === 0) firstAt = lastAt;
    }, 5);
    const digest = startChild<Message>(DIGEST_PROCESS, { DATABASE_URL: database.url, BENCH_MORNING_MS: String(DIGEST_MORNING.getTime()) });
    children.push(digest);
    const started = await digest.next((m): m is Message => m.type === 'tick-started', 120_000);
    const result = (await digest.next((m): m is Message => m.type === 'result', 1_800_000)) as unknown as DigestRunResult;
    await digest.exited;
    const open = await openDatabase(database.url, { migrate: false });
    const outbox = createStores(open).outbox;
    const deadline = Date.now() + 1_800_000;
    while ((await outbox.pendingCount()) > 0 && Date.now() < deadline) await sleep(200);
    await open.close();
    await sleep(50);
    clearInterval(watch);
    const tickAt = started.at ?? 0;
    const messages = server.state.seq - baseline;
    const elapsedS = (lastAt - tickAt) / 1000;
    const floorS = messages / PER_SECOND;
    const extra = {
      size,
      groups: summary.groups,
      digests: result.digests,
      messages,
      compose_s: Math.round(result.seconds * 100) / 100,
      elapsed_s: Math.round(elapsedS * 100) / 100,
      floor_s: Math.round(floorS * 100) / 100,
    };
    log(`national e2e: ${db} size ${size}`, extra);
    emit({
      bench: 'national',
      metric: 'national_e2e_ratio_to_floor',
      value: elapsedS / floorS,
      unit: 'ratio (07:30 → last message ÷ messages/30 s)',
      db,
      ...extra,
    });
    emit({ bench: 'national', metric: 'first_send_s', value: (firstAt - tickAt) / 1000, unit: 's (07:30 → first message stored)', db, ...extra });
  } finally {
    for (const child of children) {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    await server.close();
    await database.drop();
  }
}

export async function runNationalE2eBench(options: NationalE2eOptions): Promise<void> {
  for (const db of options.dbs) await runOne(db, options.size);
}
