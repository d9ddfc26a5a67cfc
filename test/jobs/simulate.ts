/** Drives schedulers over a period on a fake clock and records what they enqueue. */
import { format } from 'date-fns';
import { ALL_JOBS } from '../../jobs/index.ts';
import type { JobDeps } from '../../jobs/types.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import type { ManualClock } from '../../src/core/time/clock.ts';
import { inVietnam, vietnamInstant } from '../../src/core/time/zone.ts';
import { createScheduler, type Scheduler } from '../../src/scheduler/create-scheduler.ts';

export interface SentRecord {
  chat: string;
  kind: string;
  key: string;
  notBefore: string;
  line: string;
}

const STEP_MS = 30 * 60_000;

export const localTime = (instant: Date) => format(inVietnam(instant), 'yyyy-MM-dd HH:mm');

export function at(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(local);
  return vietnamInstant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

export function newScheduler(deps: JobDeps, clock: ManualClock, owner: string): Scheduler {
  return createScheduler({ jobs: ALL_JOBS, deps, clock, owner });
}

/** Ticks every 30 minutes from `from` to `to` inclusive (local times). */
export async function runPeriod(scheduler: Scheduler, clock: ManualClock, from: string, to: string): Promise<void> {
  for (let t = at(from).getTime(); t <= at(to).getTime(); t += STEP_MS) {
    clock.set(t);
    await scheduler.tick(clock.now());
  }
}

export function describeSent(messages: readonly EnqueueInput[], chatNames: Record<string, number>): SentRecord[] {
  const nameOf = new Map(Object.entries(chatNames).map(([name, id]) => [id, name]));
  return messages.map((m) => ({
    chat: (m.chatId !== null ? nameOf.get(m.chatId) : undefined) ?? String(m.chatId),
    kind: m.kind,
    key: m.idempotencyKey,
    notBefore: localTime(m.notBefore),
    line:
      marksToPlainText(m.message.html)
        .split('\n')
        .find((l) => l.trim() !== '') ?? '',
  }));
}
