import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A blocker notice's [Gỡ vướng] goes once the blocker ends, however it ends. */
describe('the steering group’s blocker notice loses its button when the blocker ends', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 vẫn thiếu kinh phí');
    h.clock.set(vietnamInstant(2023, 2, 28, 10, 0));
  });

  /**
   * The run's one notice (the second "vướng mắc" of the run edits it to "Vẫn vướng mắc", keeping its button) and the
   * edits closing it: those without the button.
   */
  async function notices() {
    const steering = await h.chat(STEERING_CHAT);
    const sent = h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith('blocker:') && !q.edits);
    expect(sent).toHaveLength(1);
    expect(sent.every((q) => q.message.buttons?.[0]?.[0]?.text === 'Gỡ vướng')).toBe(true);
    return sent.map((notice) => ({
      notice,
      edits: h.outbox.queued.filter((q) => q.edits === notice.idempotencyKey && (q.message.buttons ?? []).length === 0),
    }));
  }

  it('a later report of the unit: each notice is edited once, saying so, without buttons (an edit only, never a new message)', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 40 đã được cấp kinh phí');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 50');
    const all = await notices();
    for (const { notice, edits } of all) {
      expect(edits).toHaveLength(1);
      const [edit] = edits;
      expect(edit!.message.buttons ?? []).toEqual([]);
      expect(edit!.editOnly).toBe(true);
      const text = marksToPlainText(edit!.message.html);
      expect(text).toContain(marksToPlainText(notice.message.html));
      expect(text).toContain('Vướng mắc đã kết thúc: Công an Phường 5 báo cáo lại lúc 10:00 28/02/2023 (Đang thực hiện).');
    }
    // a press on a copy the messenger still shows (sent before the edit): a plain answer, nothing changed
    const button = all[0]!.notice.message.buttons![0]![0]!;
    await h.press(STEERING_CHAT, SECRETARY, 'data' in button ? String(button.data) : '');
    expect(h.toasts.at(-1)).toContain('không có vướng mắc nào đang chờ giải quyết');
  });

  it('/gotvuong: the notices say who resolved it', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/gotvuong P5-01');
    for (const { edits } of await notices()) {
      expect(edits).toHaveLength(1);
      expect(marksToPlainText(edits[0]!.message.html)).toContain('Đã gỡ vướng lúc 10:00 28/02/2023 bởi Thư ký Lan.');
    }
  });

  it('another "vướng mắc" of the same run keeps the notice open: still its button, no new alert', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 chưa có camera');
    const steering = await h.chat(STEERING_CHAT);
    const blockerRows = h.outbox.to(steering.id).filter((q) => q.idempotencyKey.startsWith('blocker:'));
    expect(blockerRows.filter((q) => !q.edits)).toHaveLength(1);
    expect(blockerRows.every((q) => q.message.buttons?.[0]?.[0]?.text === 'Gỡ vướng')).toBe(true);
  });
});
