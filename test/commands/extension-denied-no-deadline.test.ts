import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: an extension of P5-01 (no deadline) denied read "hạn vẫn là kế hoạch không nêu hạn riêng".
 * After a denial the unit and the steering group read that the task still has no deadline of its own.
 */
describe('an extension denied on a task with no deadline', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });
  const deny = async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-01 30/11/2023 chờ kiện toàn');
    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-01 chưa cần');
    await h.deliver();
    const [unit, steering] = [await h.chat(CAP5_CHAT), await h.chat(STEERING_CHAT)];
    const notice = h.outbox.to(unit.id).find((q) => q.idempotencyKey.startsWith('extension-decided:'));
    const ask = h.outbox
      .to(steering.id)
      .filter((q) => q.edits)
      .at(-1);
    return [notice, ask].map((q) => marksToPlainText(q?.message.html ?? ''));
  };

  it('reads naturally in Vietnamese', async () => {
    const [notice, ask] = await deny();
    expect(notice).toMatch(/^❌ Ban Chỉ đạo không đồng ý gia hạn nhiệm vụ P5-01 .*; nhiệm vụ vẫn không có hạn riêng\.\nLý do: chưa cần$/);
    expect(ask).toMatch(/❌ Đã từ chối lúc .* bởi Thư ký Lan; nhiệm vụ vẫn không có hạn riêng\.\nLý do: chưa cần$/);
  });

  it('and in English', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const [notice, ask] = await deny();
    expect(notice).toMatch(/; the task still has no deadline of its own\.\nReason: chưa cần$/);
    expect(ask).toMatch(/; the task still has no deadline of its own\.\nReason: chưa cần$/);
  });
});
