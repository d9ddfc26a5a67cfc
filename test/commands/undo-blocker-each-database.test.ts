import { beforeAll, describe, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

/**
 * A unit that reported "Vướng mắc" by mistake takes it back within 10 minutes ([Hoàn tác] under the receipt,
 * or /hoantac), and then every view tells the state before it: card, /chitiet, /nhiemvu, the unit digest,
 * the steering group's notice. After 10 minutes it cannot, and is told in Vietnamese how to end the blocker.
 */
describeOnEachDatabase('undoing a blocker reported by mistake', (use) => {
  let h: CommandHarness;
  const text = async (chat: string, user: typeof FOCAL, command: string) => plain((await h.send(chat, user, command))[0]?.html);
  const cardOf = async (code: string) => {
    await h.deliver();
    const chat = await h.chat(CAP5_CHAT);
    const task = (await h.stores.tasks.findTaskByCode(code))!;
    const key = `task:${task.id}:${chat.id}`;
    return plain(h.outbox.queued.filter((q) => (q.edits === key || q.idempotencyKey === key) && q.messageId).at(-1)?.message.html);
  };
  const digest = async () => plain((await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages[0]);

  beforeAll(async () => {
    h = await createHarness(use());
    h.clock.set(vietnamInstant(2023, 3, 6, 9, 0));
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 30 đã họp tổ');
    await h.deliver();
  });

  describe('within 10 minutes, by the receipt’s button', () => {
    beforeAll(async () => {
      h.clock.set(vietnamInstant(2023, 3, 6, 10, 0));
      const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
      await h.deliver();
      expect(await cardOf('P5-01')).toContain('Vướng mắc');
      const undo = receipt?.buttons?.flat().find((b) => 'fallback' in b && b.fallback === '/hoantac P5-01');
      if (!undo || !('data' in undo)) throw new Error('the blocker receipt has no [Hoàn tác]');
      h.clock.set(vietnamInstant(2023, 3, 6, 10, 9));
      const answer = await h.press(CAP5_CHAT, FOCAL, undo.data);
      expect(plain(answer.at(-1)?.html ?? h.edits.at(-1)?.html)).toContain('Đã hoàn tác báo cáo. Trạng thái trở lại: Đang thực hiện 30%');
    });

    it('/chitiet shows no blocker and the state before it', async () => {
      const detail = await text(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
      expect(detail).toContain('Trạng thái: Đang thực hiện');
      expect(detail).not.toContain('⚠️ Vướng mắc');
    });

    it('the card, /nhiemvu and the unit digest agree', async () => {
      const card = await cardOf('P5-01');
      expect(card).toContain('Trạng thái: Đang thực hiện 30%');
      expect(card).not.toContain('thiếu kinh phí');
      const line = (await text(CAP5_CHAT, FOCAL, '/nhiemvu')).split('\n').find((l) => l.startsWith('• P5-01 '));
      expect(line).toBeDefined();
      expect(line).not.toContain('Vướng mắc');
      expect(await digest()).not.toContain('thiếu kinh phí');
    });

    it('the steering group’s blocker notice says it was undone', async () => {
      await h.deliver();
      const steering = await h.chat(STEERING_CHAT);
      const shown = h.outbox.queued.filter((q) => q.chatId === steering.id).map((q) => plain(q.message.html));
      expect(shown.some((t) => t.includes('báo cáo vướng mắc được hoàn tác'))).toBe(true);
    });
  });

  describe('after 10 minutes', () => {
    let refusal: string;
    beforeAll(async () => {
      h.clock.set(vietnamInstant(2023, 3, 6, 14, 0));
      await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 chưa có địa điểm');
      h.clock.set(vietnamInstant(2023, 3, 6, 14, 11));
      refusal = await text(CAP5_CHAT, FOCAL, '/hoantac P5-01');
    });

    it('is refused in Vietnamese, saying how to end the blocker', () => {
      expect(refusal).toContain('Đã quá 10 phút nên không thể hoàn tác báo cáo vướng mắc');
      expect(refusal).toContain('/tiendo P5-01');
      expect(refusal).toContain('Thường trực gỡ vướng');
    });

    it('and every view still tells the blocker', async () => {
      expect(await text(STEERING_CHAT, SECRETARY, '/chitiet P5-01')).toContain('chưa có địa điểm');
      expect(await cardOf('P5-01')).toContain('Vướng mắc');
      expect(await digest()).toContain('chưa có địa điểm');
    });

    it('in English the same refusal reads English', async () => {
      await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
      const english = await text(CAP5_CHAT, FOCAL, '/hoantac P5-01');
      await h.send(CAP5_CHAT, FOCAL, '/ngonngu vi');
      expect(english).toContain('the blocker report cannot be undone');
    });
  });
});
