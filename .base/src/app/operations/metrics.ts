import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChatOrderStats } from '../../core/ports/chat-order.ts';
import type { SendOutcome } from '../../outbox/outbox-sender.ts';

export interface MetricsSources {
  /** rows waiting to be sent (pending or being sent) */
  outboxDepth(): Promise<number>;
  /** whether this instance runs the scheduler, and when it last ticked */
  scheduler(): { leader: boolean; lastTickAt: Date | null };
  now(): Date;
  /** the chat turns across instances (PostgreSQL); absent on SQLite */
  chatTurns?(): ChatOrderStats;
}

/** What the bot records as it works; GET /metrics renders it (Prometheus text format). */
export interface BotMetrics {
  /** an update handled, by kind, and how long from its arrival to the end of its handling (its reply) */
  updateHandled(kind: string, seconds: number): void;
  sendOutcome(outcome: SendOutcome): void;
  /** a scheduled slot started this long after its time */
  jobStarted(job: string, lagSeconds: number): void;
  contentType: string;
  render(): Promise<string>;
}

/**
 * The bot's metrics in a registry of their own (no process-wide state): updates handled, reply
 * latency, outbox depth, sends by result, scheduled-job lag, scheduler leadership, and Node's
 * process metrics.
 */
export function createBotMetrics(sources: MetricsSources): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dieuphoi_' });
  const updates = new Counter({ name: 'dieuphoi_updates_handled_total', help: 'Updates handled, by kind', labelNames: ['kind'], registers: [registry] });
  const latency = new Histogram({
    name: 'dieuphoi_update_duration_seconds',
    help: 'From an update reaching the bot to the end of its handling (the reply sent)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sends = new Counter({
    name: 'dieuphoi_outbox_sends_total',
    help: 'Outbox rows handled by the sender, by result',
    labelNames: ['result'],
    registers: [registry],
  });
  const jobLag = new Histogram({
    name: 'dieuphoi_job_lag_seconds',
    help: 'How late a scheduled slot started after its time',
    labelNames: ['job'],
    buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600],
    registers: [registry],
  });
  new Gauge({
    name: 'dieuphoi_outbox_depth',
    help: 'Outbox rows waiting to be sent',
    registers: [registry],
    async collect() {
      this.set(await sources.outboxDepth());
    },
  });
  new Gauge({
    name: 'dieuphoi_scheduler_leader',
    help: '1 when this instance runs the scheduled jobs',
    registers: [registry],
    collect() {
      this.set(sources.scheduler().leader ? 1 : 0);
    },
  });
  new Gauge({
    name: 'dieuphoi_scheduler_tick_age_seconds',
    help: 'Seconds since the scheduler last ticked on this instance (-1: never)',
    registers: [registry],
    collect() {
      const last = sources.scheduler().lastTickAt;
      this.set(last ? (sources.now().getTime() - last.getTime()) / 1000 : -1);
    },
  });
  const chatTurns = sources.chatTurns;
  if (chatTurns) {
    new Gauge({
      name: 'dieuphoi_chat_turns',
      help: "Chat turns now: held (update being handled), waiting for the lock in PostgreSQL, waiting for a contended turn's connection",
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const now = chatTurns();
        this.set({ state: 'held' }, now.holding);
        this.set({ state: 'waiting_lock' }, now.waitingLock);
        this.set({ state: 'waiting_connection' }, now.waitingConnection);
      },
    });
    new Gauge({
      name: 'dieuphoi_chat_turns_taken',
      help: 'Chat turns taken since start, by path: shared (the chat was free) or contended (waited on a connection of its own)',
      labelNames: ['path'],
      registers: [registry],
      collect() {
        const now = chatTurns();
        this.set({ path: 'shared' }, now.turns - now.contendedTurns);
        this.set({ path: 'contended' }, now.contendedTurns);
      },
    });
  }
  return {
    updateHandled(kind, seconds) {
      updates.inc({ kind });
      latency.observe(seconds);
    },
    sendOutcome: (outcome) => sends.inc({ result: outcome }),
    jobStarted: (job, lagSeconds) => jobLag.observe({ job }, Math.max(0, lagSeconds)),
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}
