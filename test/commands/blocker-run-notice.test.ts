import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: after "/vuongmac P5-01 thiếu xe", a reply "gần xong rồi nhưng còn vướng xe" sent the steering group a second
 * "⚠️ … báo vướng mắc" with [Gỡ vướng], as if new. A blocker report continuing an unbroken run is no new alert:
 * the run's first notice is edited to say the unit is still blocked, with its latest words.
 */
describe('a blocker report continuing a run of blocker reports', () => {
  let h: CommandHarness;
  let steeringId: number;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    steeringId = (await h.chat(STEERING_CHAT)).id;
  });
  const notices = () => h.outbox.to(steeringId).filter((q) => q.idempotencyKey.startsWith('blocker:'));
  const newAlerts = () => notices().filter((q) => !q.edits);

  it('edits the first notice in place ("vẫn vướng mắc", the latest words, buttons kept) and sends no new one', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu xe');
    await h.deliver();
    h.clock.advance(3_600_000);
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    await h.replyTo(CAP5_CHAT, FOCAL, card, 'gần xong rồi nhưng còn vướng xe');
    h.clock.advance(3_600_000);
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 vẫn chưa có xe');
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect((await h.stores.reports.history(task.id, 5)).filter((r) => r.status === 'blocked')).toHaveLength(3);
    expect(newAlerts()).toHaveLength(1);
    const [first] = newAlerts();
    const edits = notices().filter((q) => q.edits === first!.idempotencyKey);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    const shown = edits.at(-1)!;
    expect(shown.messageId).toBe(first!.messageId);
    expect(shown.editOnly).toBe(true);
    expect(marksToPlainText(shown.message.html)).toBe(
      `⚠️ Công an Phường 5 báo vướng mắc ở nhiệm vụ P5-01 ${task.title}\nNội dung: thiếu xe\n🔁 Vẫn vướng mắc (đơn vị báo lại lúc 11:00 06/03/2023): vẫn chưa có xe`,
    );
    expect(shown.message.buttons).toEqual(first!.message.buttons);
  });

  it('a blocker after the committee resolved the last one is a new alert', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu xe');
    await h.send(STEERING_CHAT, SECRETARY, '/gotvuong P5-01 đã điều xe');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    expect(newAlerts().map((q) => marksToPlainText(q.message.html).split('\n')[1])).toEqual(['Nội dung: thiếu xe', 'Nội dung: thiếu kinh phí']);
  });

  it('a blocker after a progress report in between is a new alert', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu xe');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 60');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    expect(newAlerts()).toHaveLength(2);
  });
});
