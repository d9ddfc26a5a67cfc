import { describe, expect, it } from 'vitest';
import { statusPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const START = vietnamInstant(2023, 3, 6, 9, 0);
const MINUTE = 60_000;

/**
 * QA11: the [Vướng mắc] button told the steering group "(chưa nêu lý do)" before the unit was even
 * asked for the reason. The unit is asked first; the committee is told once, with the reason, or
 * without one when none came within 10 minutes.
 */
describe('a blocker button asks for the reason before the steering group is told', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: START }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  async function blockerNotices() {
    const steering = await h.chat(STEERING_CHAT);
    return h.outbox.queued.filter((q) => q.chatId === steering.id && q.idempotencyKey.startsWith('blocker:'));
  }

  async function pressBlocker() {
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const replies = await h.press(CAP5_CHAT, FOCAL, statusPayload(task.id, 'bl'), await h.taskMessageId(CAP5_CHAT, 'P5-01'));
    return replies.map((r) => marksToPlainText(r.html)).join('\n');
  }

  it('the reason given after the press goes out in the one notice, at once; nothing went out before', async () => {
    const receipt = await pressBlocker();
    expect(receipt).toContain('Hãy nêu rõ vướng mắc: /vuongmac P5-01');
    const [waiting] = await blockerNotices();
    expect(waiting!.notBefore.getTime()).toBe(START.getTime() + 10 * MINUTE);
    h.clock.set(new Date(START.getTime() + 2 * MINUTE));
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 chưa được cấp kinh phí');
    const notices = await blockerNotices();
    expect(notices).toHaveLength(1);
    const text = marksToPlainText(notices[0]!.message.html);
    expect(text).toContain('chưa được cấp kinh phí');
    expect(text).not.toContain('chưa nêu lý do');
    expect(notices[0]!.notBefore.getTime()).toBe(START.getTime() + 2 * MINUTE);
    expect(notices[0]!.message.buttons?.[0]?.[0]?.text).toBe('Gỡ vướng');
  });

  it('no reason within 10 minutes: the notice goes then, without one, and a later reason edits it (no second alert)', async () => {
    await pressBlocker();
    const [waiting] = await blockerNotices();
    expect(marksToPlainText(waiting!.message.html)).toContain('(chưa nêu lý do)');
    h.clock.set(new Date(START.getTime() + 11 * MINUTE));
    await h.deliver();
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu xe');
    const notices = await blockerNotices();
    expect(notices.filter((q) => !q.edits)).toHaveLength(1);
    expect(notices.filter((q) => q.edits).map((q) => q.editOnly)).toEqual([true]);
  });
});
