import { describe, expect, it } from 'vitest';
import { deadlineNudgesJob } from '../../jobs/deadline-nudges.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { jobDeps } from '../jobs/seed-world.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';

/**
 * An overdue task held up by a blocker: the escalation names the plan and the blocked unit and carries
 * [Gỡ vướng], and the blocked unit is not asked for progress as if it had said nothing (QA15 #6).
 */
describe('the escalation of an overdue task with a blocker not cleared', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 5, 20, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 chờ Chủ tịch ký tờ trình');
  });

  it('says so to the steering group, with the button to clear it, and tells the unit to report once cleared', async () => {
    const deps = jobDeps(h.stores);
    const now = vietnamInstant(2023, 6, 5, 8, 0);
    const slot = {
      job: deadlineNudgesJob.name,
      key: 'test',
      chatId: null,
      localDate: '2023-06-05',
      scheduledAt: now,
      relevantUntil: vietnamInstant(2023, 6, 6, 0, 0),
      now,
      late: false,
    };
    await deadlineNudgesJob.run(deps, slot);
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    const nudges = deps.outbox.messages.filter((q) => q.kind === 'nudge' && q.link?.taskId === task.id);
    const escalation = nudges.find((q) => q.link?.unitId === null);
    expect(escalation).toBeDefined();
    const text = marksToPlainText(escalation!.message.html);
    expect(text).toContain('· KH 45/KH-BCĐ');
    expect(text).toContain('Công an Phường 5 (phối hợp, đang vướng mắc)');
    expect(escalation!.message.buttons?.flat().map((b) => ('fallback' in b ? b.fallback : ''))).toContain('/gotvuong GD2-02');
    const cap5 = (await h.chat(CAP5_CHAT)).id;
    const unitNudge = nudges.find((q) => q.chatId === cap5);
    expect(marksToPlainText(unitNudge?.message.html ?? '')).toContain('đang ghi vướng mắc chưa gỡ');
  });
});
