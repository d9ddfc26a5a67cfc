import { recurringDutiesJob } from '../../jobs/index.ts';
import type { JobSlot } from '../../jobs/types.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { localDateKey } from '../../src/core/time/zone.ts';
import { jobDeps } from '../jobs/seed-world.ts';
import { FakeOutbox } from './fake-outbox-jobs.ts';
import type { CommandHarness } from './command-harness.ts';

/**
 * The day's nudges of recurring duties, as the 08:00 job plans them at the harness's now, for one task code
 * (plain text). With an outbox kept across days, only what it newly queued (its keys send each slot once).
 */
export async function recurringNudges(h: CommandHarness, code: string, outbox = new FakeOutbox()): Promise<string[]> {
  const deps = jobDeps(h.stores, outbox);
  const queued = outbox.messages.length;
  const today = localDateKey(h.clock.now());
  const {
    slots: [slot],
  } = await recurringDutiesJob.slots(deps, today);
  if (!slot) return [];
  const run: JobSlot = { ...slot, now: h.clock.now(), late: false };
  await recurringDutiesJob.run(deps, run);
  return deps.outbox.messages
    .slice(queued)
    .map((m) => marksToPlainText(m.message.html ?? ''))
    .filter((text) => text.includes(code));
}
