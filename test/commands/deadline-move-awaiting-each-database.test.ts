import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { confirmPayload, returnPayload } from '../../src/core/actions/action-payload.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: /doihan on a task whose "done" awaits the secretariat's confirmation left the views disagreeing
 * (the steering group's request to confirm still judged the report by the old deadline). The report
 * stays awaiting; the deadline moves; the one verdict (report time against the task's deadline) uses
 * the new deadline in the card, /chitiet, /nhiemvu, /baocao, the digest and the request to confirm,
 * and /doihan says so. GD2-02 (due 31/05/2023) is reported done on 05/06/2023, five days late.
 */
describeOnEachDatabase('/doihan on a task awaiting confirmation of its “done”', (use) => {
  let h: CommandHarness;
  let moved: string;
  beforeAll(async () => {
    h = await createHarness(use(), { start: vietnamInstant(2023, 6, 5, 9, 0) });
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CATP_CHAT, FOCAL, '/xong GD2-02 đã xong đợt cao điểm');
    h.clock.advance(60_000);
    moved = (await plain(STEERING_CHAT, '/doihan GD2-02 30/06/2023 điều chỉnh theo thực tế')).join('\n');
  });
  async function plain(chat: string, text: string): Promise<string[]> {
    return (await h.send(chat, SECRETARY, text)).map((r) => marksToPlainText(r.html));
  }
  const lineOf = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';
  const VERDICT = 'hạn 30/06/2023 · báo hoàn thành 05/06/2023, đúng hạn';

  it('the report stays awaiting, the deadline moves, and /doihan says how the report is now judged', async () => {
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    expect(task.status).toBe('awaiting_confirmation');
    expect(task.dueAt).toEqual(vietnamInstant(2023, 6, 30, 23, 59, 59, 999));
    expect(moved).toBe(
      'Đã đổi hạn nhiệm vụ GD2-02: 31/05/2023 → 30/06/2023.\nBáo cáo hoàn thành của Công an thành phố Trà Vinh lúc 09:00 05/06/2023 vẫn chờ xác nhận; theo hạn mới tính là đúng hạn (theo hạn cũ: trễ 5 ngày). Tin hỏi xác nhận ở nhóm Ban Chỉ đạo đã được sửa theo hạn mới.',
    );
  });

  it('the card, /chitiet, /nhiemvu, the digest and the request to confirm all judge it by the new deadline', async () => {
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    const [unitChat, steering] = [await h.chat(CATP_CHAT), await h.chat(STEERING_CHAT)];
    const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
    const card = marksToPlainText((await refresher.render({ taskId: task.id, unitId: unitChat.unitId!, chatId: unitChat.id }, h.clock.now()))?.html ?? '');
    expect(card).toContain('Hạn: 30/06/2023 (báo hoàn thành 05/06/2023, đúng hạn)\nTrạng thái: Chờ xác nhận 100%');
    const detail = (await plain(STEERING_CHAT, '/chitiet GD2-02')).join('\n');
    expect(detail).toContain('Hạn: 30/06/2023 (báo hoàn thành 05/06/2023, đúng hạn)\nTrạng thái: Chờ xác nhận 100% · Trong hạn');
    expect(lineOf((await plain(CATP_CHAT, '/nhiemvu')).join('\n'), 'GD2-02')).toContain(VERDICT);
    const digest = marksToPlainText((await previewDigest(h.stores, steering, h.clock.now(), vietnamCalendar)).messages.join('\n'));
    expect(lineOf(digest, 'GD2-02')).toContain(VERDICT);
    const asks = h.outbox.queued.filter((q) => q.chatId === steering.id && q.idempotencyKey.startsWith('done:'));
    const ask = asks.at(-1)!;
    expect(ask.edits).toBe(asks[0]!.idempotencyKey);
    expect(marksToPlainText(ask.message.html)).toContain('Hạn: 30/06/2023 · Báo lúc 09:00 05/06/2023, đúng hạn');
    expect(ask.message.buttons?.flat().map((b) => ('data' in b ? b.data : ''))).toEqual([confirmPayload(task.id), returnPayload(task.id)]);
    for (const view of [card, detail, digest, marksToPlainText(ask.message.html)]) expect(lineOf(view, 'trễ 5 ngày')).toBe('');
  });

  it('/baocao counts it open and on time, and confirming makes it done on time', async () => {
    const before = (await plain(STEERING_CHAT, '/baocao')).join('\n');
    expect(lineOf(before, 'Công an thành phố Trà Vinh: chủ trì')).toContain('chưa hoàn thành trong hạn 2; chưa hoàn thành quá hạn 1');
    await plain(STEERING_CHAT, '/xacnhan GD2-02');
    const after = (await plain(STEERING_CHAT, '/baocao')).join('\n');
    expect(after).toContain('- Đã hoàn thành: 1 (13%), gồm: đúng hạn 1; quá hạn 0.');
  });
});
