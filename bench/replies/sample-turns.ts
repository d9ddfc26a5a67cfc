/**
 * BENCH_SAMPLE_TURNS=<file.jsonl>: while the replies bench runs the bot on PostgreSQL, every 100 ms
 * PostgreSQL's sessions of the bench database (pg_stat_activity by application, state and wait
 * event) and each instance's chat turns (ChatOrder.stats: waiting for a connection, waiting for the
 * lock, holding, and the time spent in each). Written as JSON lines; a summary per phase on stderr.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import type { ChatOrderStats } from '../../src/core/ports/chat-order.ts';
import { log } from '../support/emit.ts';
import type { Child } from '../support/child.ts';

type ChildMessage = { type: string; stats?: ChatOrderStats | null; cpuMs?: number };
const isTurns = (m: ChildMessage): m is ChildMessage => m.type === 'turns';

interface Row {
  app: string;
  state: string;
  wait: string;
  n: number;
}

interface Sample {
  at: number;
  phase: string;
  sessions: Row[];
  instances: (ChatOrderStats | null)[];
  /** CPU ms used so far by each instance, and by this process (sandbox, load, splitter) */
  botCpuMs: number[];
  benchCpuMs: number;
}

export interface TurnSampler {
  phase(name: string): void;
  stop(): Promise<void>;
}

const SESSIONS = `SELECT coalesce(nullif(application_name, ''), '?') AS app, coalesce(state, '?') AS state,
  coalesce(wait_event_type || ':' || wait_event, 'cpu/none') AS wait, count(*)::int AS n
  FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1, 2, 3`;

export async function startTurnSampler(file: string, databaseUrl: string, children: Child<ChildMessage>[], label: string): Promise<TurnSampler> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-sampler' });
  await client.connect();
  const samples: Sample[] = [];
  let phase = 'start';
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const at = Date.now();
    const askBots = children.map((child) => {
      child.send({ type: 'turns' });
      return child.next(isTurns, 5_000);
    });
    const used = process.cpuUsage();
    void Promise.all([client.query<Row>(SESSIONS), Promise.all(askBots)])
      .then(([sessions, answers]) => {
        const benchCpuMs = (used.user + used.system) / 1000;
        samples.push({
          at,
          phase,
          sessions: sessions.rows,
          instances: answers.map((m) => m.stats ?? null),
          botCpuMs: answers.map((m) => m.cpuMs ?? 0),
          benchCpuMs,
        });
      })
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, 100);
  return {
    phase(name) {
      phase = name;
    },
    async stop() {
      clearInterval(timer);
      while (busy) await new Promise((resolve) => setTimeout(resolve, 20));
      await client.end();
      appendFileSync(file, samples.map((s) => JSON.stringify({ label, ...s })).join('\n') + '\n');
      writeFileSync(`${file}.${label}.summary.txt`, summarize(samples, label));
      log(summarize(samples, label));
    },
  };
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** Per phase: mean sessions by (application, state, wait event), mean turn gauges, and where the turns' time went. */
function summarize(samples: Sample[], label: string): string {
  const lines: string[] = [];
  for (const phase of [...new Set(samples.map((s) => s.phase))]) {
    const inPhase = samples.filter((s) => s.phase === phase);
    if (inPhase.length < 2) continue;
    const spanMs = inPhase.at(-1)!.at - inPhase[0]!.at;
    const busy = (from: number, to: number) => `${fixed(((to - from) / spanMs) * 100, 0)} %`;
    lines.push(
      `[turns ${label}] phase ${phase}: ${inPhase.length} samples over ${fixed(spanMs / 1000)} s; CPU of one core: bench process ${busy(inPhase[0]!.benchCpuMs, inPhase.at(-1)!.benchCpuMs)}, ` +
        inPhase[0]!.botCpuMs.map((from, i) => `instance ${i + 1} ${busy(from, inPhase.at(-1)!.botCpuMs[i]!)}`).join(', '),
    );
    const sums = new Map<string, number>();
    for (const s of inPhase)
      for (const r of s.sessions) sums.set(`${r.app} | ${r.state} | ${r.wait}`, (sums.get(`${r.app} | ${r.state} | ${r.wait}`) ?? 0) + r.n);
    for (const [key, sum] of [...sums].sort((a, b) => b[1] - a[1])) lines.push(`  sessions ${fixed(sum / inPhase.length)}\t${key}`);
    const first = inPhase[0]!;
    const last = inPhase.at(-1)!;
    last.instances.forEach((end, i) => {
      const start = first.instances[i];
      if (!end || !start) return;
      const mean = (pick: (st: ChatOrderStats) => number) => inPhase.reduce((n, s) => n + (s.instances[i] ? pick(s.instances[i]!) : 0), 0) / inPhase.length;
      const turns = end.turns - start.turns;
      const per = (ms: number) => (turns > 0 ? fixed(ms / turns) : '-');
      lines.push(
        `  instance ${i + 1}: mean waiting for a connection ${fixed(mean((s) => s.waitingConnection))}, waiting for the lock ${fixed(mean((s) => s.waitingLock))}, holding ${fixed(mean((s) => s.holding))}, connections ${fixed(mean((s) => s.connections))}; ` +
          `${turns} turns (${end.contendedTurns === undefined ? '-' : end.contendedTurns - start.contendedTurns} contended), ms per turn: connection ${per(end.connectionWaitMs - start.connectionWaitMs)}, lock ${per(end.lockWaitMs - start.lockWaitMs)}, held ${per(end.holdMs - start.holdMs)}`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}
