import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, FOCAL, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A message id the bot sent that is no task card (a receipt, the welcome, a list). */
const NOT_A_CARD = '987654';

describe('a reply to a bot message that is no task card is not lost in silence', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('a status with a task code is recorded on that task ("P5-02 đang làm được 30%")', async () => {
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, NOT_A_CARD, 'P5-02 đang làm được 30%');
    expect(handled).toBe(true);
    expect(replies[0]?.html).toContain('Đã ghi nhận (P5-02)');
    expect(await h.stores.tasks.findTaskByCode('P5-02')).toMatchObject({ percent: 30 });
  });

  it('a status with no code is answered with how to write it, and stores nothing', async () => {
    const before = await h.snapshot();
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, NOT_A_CARD, 'đã xong 100% rồi anh');
    expect(handled).toBe(true);
    expect(replies[0]?.html).toContain('Chưa ghi nhận');
    expect(replies[0]?.html).toMatch(/P5-\d\d xong rồi/);
    expect(await h.snapshot()).toEqual(before);
  });

  it('thanks or chat with no status stays unanswered', async () => {
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, NOT_A_CARD, 'cảm ơn anh nhiều');
    expect(handled).toBe(false);
    expect(replies).toEqual([]);
  });

  it('in the steering group the same words get no hint (its members do not report)', async () => {
    const { replies } = await h.replyTo(STEERING_CHAT, FOCAL, NOT_A_CARD, 'đã xong rồi nhé');
    expect(replies.map((r) => r.html).join('\n')).not.toContain('Chưa ghi nhận');
  });
});
