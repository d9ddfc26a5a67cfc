import { describe, expect, it } from 'vitest';
import { recurringDutiesJob, unitDigestJob, weeklySteeringDigestJob } from '../../jobs/index.ts';
import { createQueuedNudgeCheck } from '../../src/core/usecases/check-queued-nudge.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { localDateKey, vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { jobDeps } from '../jobs/seed-world.ts';

/**
 * QA: on 20/03 CAP5 reported March's report done, then the "còn 3 ngày … đề nghị báo cáo" nudge for
 * March, queued that morning and held by a rate-limit pause, still went out. The outbox asks again
 * just before sending (createQueuedNudgeCheck): a nudge for an occurrence reported since is dropped.
 */
describe('a queued nudge is checked again before it is sent', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    h.clock.set(vietnamInstant(2023, 3, 14, 8, 0)); // 3 working days before 19/03 (a Sunday: due on Friday 17/03)
  });

  async function queuedNudgeKeys(): Promise<string[]> {
    const deps = jobDeps(h.stores);
    const { slots } = await recurringDutiesJob.slots(deps, localDateKey(h.clock.now()));
    for (const slot of slots) await recurringDutiesJob.run(deps, { ...slot, now: h.clock.now(), late: false });
    return deps.outbox.messages.filter((m) => m.kind === 'nudge').map((m) => m.idempotencyKey);
  }

  it('a nudge for March is still due until March is reported done; then it is dropped, and one for another task is not', async () => {
    const keys = await queuedNudgeKeys();
    expect(keys.length).toBeGreaterThan(0);
    const check = createQueuedNudgeCheck({ stores: h.stores, calendar: vietnamCalendar });
    for (const key of keys) expect(await check.stillDue(key, h.clock.now()), key).toBe(true);

    h.clock.set(vietnamInstant(2023, 3, 14, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 3');
    for (const key of keys) expect(await check.stillDue(key, h.clock.now()), key).toBe(false);
    // not a nudge key, or a task that is gone: nothing to check, or nothing owed
    expect(await check.stillDue('digest:unit:1:2023-03-14', h.clock.now())).toBe(true);
    expect(await check.stillDue('nudge:99999:1:before_3:2023-03-14:1', h.clock.now())).toBe(false);
  });

  it('a digest is queued with the end of its relevance: the weekly one of Friday 17/03 is not sent on Monday 20/03', async () => {
    h.clock.set(vietnamInstant(2023, 3, 17, 16, 0));
    const deps = jobDeps(h.stores);
    for (const job of [weeklySteeringDigestJob, unitDigestJob]) {
      const { slots } = await job.slots(deps, '2023-03-17');
      for (const slot of slots) await job.run(deps, { ...slot, now: h.clock.now(), late: false });
    }
    const weekly = deps.outbox.messages.filter((m) => m.kind === 'digest' && m.idempotencyKey.includes('weekly'));
    expect(weekly.length).toBeGreaterThan(0);
    // the end of Sunday 19/03 in Vietnam (midnight)
    for (const m of weekly) expect(m.expiresAt?.toISOString()).toBe('2023-03-19T17:00:00.000Z');
    const daily = deps.outbox.messages.filter((m) => m.kind === 'digest' && !m.idempotencyKey.includes('weekly'));
    expect(daily.length).toBeGreaterThan(0);
    // a unit digest speaks of its day: until quiet hours begin (21:00)
    for (const m of daily) expect(m.expiresAt?.toISOString()).toBe('2023-03-17T14:00:00.000Z');
  });
});
