import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** P5-02 has no deadline in the plan: reported done, it is neither on time nor late. */
describe('a task with no deadline is never called on time or late', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
  });

  it('awaiting confirmation: /nhiemvu and /chitiet say "không có hạn · báo hoàn thành 27/02/2023", no "đúng hạn"', async () => {
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const line = marksToPlainText(list?.html ?? '')
      .split('\n')
      .find((l) => l.startsWith('• P5-02 '));
    expect(line).toContain('không có hạn · báo hoàn thành 27/02/2023');
    expect(line).not.toContain('đúng hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).not.toContain('đúng hạn');
  });

  it('/baocao names the tasks with no deadline apart, not as "trong hạn"', async () => {
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = replies.map((r) => marksToPlainText(r.html)).join('\n');
    expect(text).toMatch(/- Chưa hoàn thành: \d+ \(\d+%\), gồm: trong hạn \d+; quá hạn \d+; không có hạn 2\./);
  });

  it('confirmed: the answers and the unit’s notice say "Hoàn thành", with no deadline, not "đúng hạn"', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    expect(marksToPlainText(answer?.html ?? '')).not.toContain('đúng hạn');
    const cap5 = await h.chat(CAP5_CHAT);
    const notice = h.outbox.to(cap5.id).find((q) => q.message.html.includes('đã xác nhận nhiệm vụ'));
    const text = marksToPlainText(notice?.message.html ?? '');
    expect(text).toContain('báo hoàn thành');
    expect(text).toContain('không có hạn');
    expect(text).not.toContain('đúng hạn');
    expect(text).not.toContain('không nêu hạn riêng');
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const line = marksToPlainText(list?.html ?? '')
      .split('\n')
      .find((l) => l.startsWith('• P5-02 '));
    expect(line).not.toContain('đúng hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).not.toContain('đúng hạn');
  });
});
