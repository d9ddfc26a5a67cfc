/**
 * Runs jobs exactly once per slot. Every minute (node-cron, Asia/Ho_Chi_Minh) tick(now) asks each job for
 * today's slots and runs those whose time has come and that are still relevant. A slot is claimed in the
 * database before anything is composed, so two processes never both run it; a claim left 'running' by a
 * dead process is taken over after a lease, and the outbox's idempotency keys keep that rerun from
 * doubling anything. On start, catchUp(now) runs what was missed while still relevant and records the
 * rest as skipped; a tick after the clock moved past slots (a jump, a sleeping machine) does the same
 * for the days it passed. Jobs read those skipped rows (a digest folds the ones it stands for).
 */
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { AnyJobDefinition, JobDeps, PlannedSlot, SlotPlan } from '../../jobs/types.ts';
import { addDays } from '../core/time/local-date.ts';
import type { Clock } from '../core/time/clock.ts';
import { ALWAYS_LEADER, type Leadership } from '../core/ports/leadership.ts';
import { localDateKey, TIME_ZONE } from '../core/time/zone.ts';
import { SlotMemory } from './slot-memory.ts';

export interface SchedulerOptions {
  jobs: readonly AnyJobDefinition[];
  deps: JobDeps;
  clock: Clock;
  /** identifies this process in slot rows */
  owner?: string;
  /** a claim still 'running' after this long belongs to a dead process */
  leaseMs?: number;
  /** how far back catchUp looks for missed slots */
  catchUpDays?: number;
  /** wait before a failed slot is tried again */
  retryDelayMs?: number;
  /**
   * Several instances on one PostgreSQL database: only the holder of the leadership ticks; another
   * takes over at its next tick after the leader's connection dies. Default: always the leader.
   */
  leadership?: Leadership;
  /** a slot is about to run, this long after its time (metrics) */
  onSlotStarted?: (job: string, lagMs: number) => void;
}

export interface SchedulerStatus {
  leader: boolean;
  /** the last tick or catch-up this instance ran as leader */
  lastTickAt: Date | null;
}

export interface TickReport {
  ran: string[];
  skipped: string[];
  failed: string[];
}

export interface Scheduler {
  tick(now?: Date): Promise<TickReport>;
  catchUp(now?: Date): Promise<TickReport>;
  /** The earliest time a slot is due strictly after `after` and no later than `until`, or null. */
  nextSlotAt(after: Date, until: Date): Promise<Date | null>;
  start(): Promise<void>;
  /** Stops ticking and gives up the leadership. */
  stop(): Promise<void>;
  status(): SchedulerStatus;
}

const MINUTE = 60_000;
const LATE_AFTER_MS = 5 * MINUTE;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { jobs, deps, clock } = options;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const leaseMs = options.leaseMs ?? 10 * MINUTE;
  const retryDelayMs = options.retryDelayMs ?? 5 * MINUTE;
  const catchUpDays = options.catchUpDays ?? 7;
  const leadership = options.leadership ?? ALWAYS_LEADER;
  // Without a leadership this process always leads and its first tick is an ordinary tick.
  let leading = options.leadership === undefined;
  const { slots: slotStore } = deps.stores;
  const memory = new SlotMemory();
  let task: ScheduledTask | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function claim(slot: PlannedSlot, now: Date): Promise<boolean> {
    if (await slotStore.claimSlot(slot.job, slot.key, owner, now)) return true;
    return slotStore.reclaimStaleSlot(slot.job, slot.key, owner, new Date(now.getTime() - leaseMs), now);
  }

  async function runSlot(job: AnyJobDefinition, plan: SlotPlan<unknown>, slot: PlannedSlot, now: Date, report: TickReport): Promise<void> {
    if (!memory.shouldTry(slot.key, now)) return;
    if (!(await claim(slot, now))) {
      // Done, or running elsewhere: look again after a lease in case that process dies.
      memory.retryAfter(slot.key, new Date(now.getTime() + leaseMs), slot.relevantUntil);
      return;
    }
    const lagMs = now.getTime() - slot.scheduledAt.getTime();
    const late = lagMs >= LATE_AFTER_MS;
    options.onSlotStarted?.(slot.job, lagMs);
    try {
      const result = await job.run(deps, { ...slot, now, late }, plan.batch);
      await slotStore.finishSlot(slot.job, slot.key, 'done', now, result.detail ?? `enqueued ${result.enqueued}`);
      memory.done(slot.key, slot.relevantUntil);
      report.ran.push(slot.key);
      if (late) deps.logger.info({ job: slot.job, slot: slot.key, scheduledAt: slot.scheduledAt }, 'caught up a missed slot');
    } catch (error) {
      deps.logger.error({ job: slot.job, slot: slot.key, err: error }, 'scheduled job failed; it will be retried');
      await slotStore.releaseSlot(slot.job, slot.key).catch(() => undefined);
      memory.retryAfter(slot.key, new Date(now.getTime() + retryDelayMs), slot.relevantUntil);
      report.failed.push(slot.key);
    }
  }

  async function skipSlot(slot: PlannedSlot, now: Date, report: TickReport): Promise<void> {
    if (!memory.shouldTry(slot.key, now)) return;
    memory.done(slot.key, slot.relevantUntil);
    if (await slotStore.hasSlot(slot.job, slot.key)) return;
    if (!(await slotStore.claimSlot(slot.job, slot.key, owner, now))) return;
    await slotStore.finishSlot(slot.job, slot.key, 'skipped', now, 'missed (bot down or clock moved past it); no longer relevant');
    deps.logger.info(
      { job: slot.job, slot: slot.key, scheduledAt: slot.scheduledAt },
      'skipped a missed slot that is no longer relevant (recorded for the next run)',
    );
    report.skipped.push(slot.key);
  }

  /**
   * Runs the day's due slots that are still relevant. `missedAfter`: a slot whose relevance ended
   * after that instant (and before now) is recorded as skipped, so the job's next run can say so;
   * null leaves expired slots alone.
   */
  async function runDay(localDate: string, now: Date, report: TickReport, missedAfter: Date | null): Promise<void> {
    for (const job of jobs) {
      // The plan (slots and the batch read for them) lives for this tick only.
      let plan: SlotPlan<unknown>;
      try {
        plan = await job.slots(deps, localDate);
      } catch (error) {
        deps.logger.error({ job: job.name, localDate, err: error }, 'could not list the slots of a job');
        continue;
      }
      for (const slot of plan.slots) {
        if (slot.scheduledAt.getTime() > now.getTime()) continue;
        if (now.getTime() < slot.relevantUntil.getTime()) await runSlot(job, plan, slot, now, report);
        else if (missedAfter && slot.relevantUntil.getTime() > missedAfter.getTime()) await skipSlot(slot, now, report);
      }
    }
  }

  const emptyReport = (): TickReport => ({ ran: [], skipped: [], failed: [] });

  /** The last instant a tick or catch-up looked at: slots that expired since then were never seen in time. */
  let lastSeen: Date | null = null;

  async function tickAsLeader(now: Date): Promise<TickReport> {
    const report = emptyReport();
    const today = localDateKey(now);
    const since = lastSeen && lastSeen.getTime() < now.getTime() ? lastSeen : null;
    // Days the clock passed since the last tick (a jump, a sleeping machine) come first.
    let day = since ? localDateKey(since) : today;
    const oldest = addDays(today, -catchUpDays);
    if (day < oldest) day = oldest;
    for (; day < today; day = addDays(day, 1)) await runDay(day, now, report, since);
    await runDay(today, now, report, since);
    if (!lastSeen || now.getTime() > lastSeen.getTime()) lastSeen = now;
    memory.forget(now);
    return report;
  }

  async function catchUpAsLeader(now: Date): Promise<TickReport> {
    const report = emptyReport();
    const today = localDateKey(now);
    for (let back = catchUpDays; back >= 0; back--) await runDay(addDays(today, -back), now, report, new Date(0));
    if (!lastSeen || now.getTime() > lastSeen.getTime()) lastSeen = now;
    return report;
  }

  /** 'standby' while another instance leads; 'new' on the tick this instance took over (it catches up first). */
  async function role(): Promise<'standby' | 'new' | 'leader'> {
    const was = leading;
    leading = await leadership.acquire();
    if (!leading) {
      if (was) deps.logger.warn({ owner }, 'scheduler: leadership lost; another instance will tick');
      return 'standby';
    }
    if (was) return 'leader';
    deps.logger.info({ owner }, 'scheduler: this instance leads (runs the scheduled jobs)');
    return 'new';
  }

  async function nextSlotAt(after: Date, until: Date): Promise<Date | null> {
    let next: Date | null = null;
    for (let day = localDateKey(after); day <= localDateKey(until); day = addDays(day, 1)) {
      for (const job of jobs) {
        const plan = await job.slots(deps, day).catch(() => ({ slots: [] as PlannedSlot[] }));
        for (const { scheduledAt } of plan.slots) {
          const t = scheduledAt.getTime();
          if (t > after.getTime() && t <= until.getTime() && (!next || t < next.getTime())) next = scheduledAt;
        }
      }
      // Slots of a later day are later than any of this one.
      if (next) return next;
    }
    return next;
  }

  const scheduler: Scheduler = {
    tick(now = clock.now()) {
      return serialize(async () => {
        const current = await role();
        if (current === 'standby') return emptyReport();
        return current === 'new' ? catchUpAsLeader(now) : tickAsLeader(now);
      });
    },
    catchUp(now = clock.now()) {
      return serialize(async () => ((await role()) === 'standby' ? emptyReport() : catchUpAsLeader(now)));
    },
    nextSlotAt,
    async start() {
      await scheduler.catchUp(clock.now());
      task = cron.schedule(
        '* * * * *',
        async () => {
          await scheduler.tick(clock.now());
        },
        { timezone: TIME_ZONE, name: 'dieuphoi-scheduler', noOverlap: true },
      );
    },
    async stop() {
      void task?.stop();
      task = null;
      // A tick in progress is not waited for (its slots are claimed once in JobRun either way).
      leading = false;
      await leadership.release();
    },
    status: () => ({ leader: leading, lastTickAt: lastSeen }),
  };
  return scheduler;
}
