import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: /giao to a unit with no connected group said "Đã giao lại…" and nothing else, so the task
 * reached nobody. Like the plan import's summary, the answer names the task's units with no group
 * and how to connect one (/moi CODE).
 */
describe('/giao names the units of the task that have no group yet', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('a lead without a group is named, with /moi and its code', async () => {
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, '/giao GD3-03 MTTQ_TP không | theo chỉ đạo');
    const text = marksToPlainText(reply?.html ?? '');
    expect(text).toContain('Đã giao lại nhiệm vụ GD3-03: chủ trì Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Trà Vinh');
    expect(text).toContain('⚠️ 1 đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ: Mặt trận Tổ quốc thành phố.');
    expect(text).toContain('gửi /moi MTTQ_TP');
  });

  it('units with a connected group are not named; none missing, no warning', async () => {
    const [some] = await h.send(STEERING_CHAT, SECRETARY, '/giao GD3-03 CAP5 MTTQ_TP | theo chỉ đạo');
    expect(marksToPlainText(some?.html ?? '')).toContain('⚠️ 1 đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ: Mặt trận Tổ quốc thành phố.');
    const [none] = await h.send(STEERING_CHAT, SECRETARY, '/giao GD3-03 CAP5 không | chỉ Công an Phường 5');
    expect(none?.html).not.toContain('⚠️');
  });

  it('in English too', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, '/giao GD3-03 MTTQ_TP không | as directed');
    expect(marksToPlainText(reply?.html ?? '')).toMatch(/⚠️ 1 unit.*\/moi MTTQ_TP/s);
  });
});
