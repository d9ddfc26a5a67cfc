import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { recurringNudges } from '../support/recurring-nudges.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';

/**
 * QA: on 21/03/2023 (March's report due 19/03, two days behind) the lead asked for more time (a blocker):
 * the card jumped to April as if March were reported; its "done" then moved it to May, judged "đúng hạn",
 * and once confirmed the card said no more reports were needed, while May's digest called May overdue.
 * Only a "done" settles an occurrence; March's "done" on 21/03 is two days late and April is owed next.
 */
describeOnEachDatabase('a recurring duty: only a “done” settles an occurrence, judged by that occurrence', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use(), {
      start: vietnamInstant(2023, 3, 6, 9, 0),
      adjustPlan: (plan) =>
        withMonthlyReport(plan, {
          title: 'Lập hồ sơ đề nghị áp dụng biện pháp cai nghiện bắt buộc',
          source: 'Công an Phường 5 lập hồ sơ đề nghị, báo cáo kết quả trước ngày 20 hằng tháng.',
        }),
    });
    await h.bindSteeringAndUnit();
    h.clock.set(vietnamInstant(2023, 3, 21, 9, 0));
  });
  const detail = async () => plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01'))[0]?.html);
  const card = async () => {
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('BC-01'))!;
    const chat = await h.chat(CAP5_CHAT);
    const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
    return (await refresher.render({ taskId: task.id, unitId: chat.unitId!, chatId: chat.id }, h.clock.now()))!;
  };

  it('a blocker or a progress report leaves March owed and overdue in every view', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac BC-01 cho e xin thêm thời gian tháng này, hồ sơ chưa đủ');
    expect(await detail()).toContain('kỳ cần báo cáo: tháng 03/2023, hạn 19/03/2023 (quá hạn 2 ngày)');
    expect(plain((await card()).html)).toContain('Hạn: 19/03/2023 (trước ngày 20 hằng tháng) · kỳ tháng 03/2023 — đã quá hạn');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo BC-01 60 đã nộp 1 hồ sơ');
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(overdue?.html), 'BC-01')).toContain('(tháng 03/2023) — Công an Phường 5, hạn 19/03/2023, quá hạn 2 ngày');
  });

  it('March’s “done” on 21/03 is two days late for March, and April is owed next: card, /chitiet and the request to confirm agree', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 tháng 3 xong rồi anh, đã nộp 2 hồ sơ');
    const text = await detail();
    expect(text).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (còn 29 ngày)');
    expect(text).toContain('Kỳ tháng 03/2023 (hạn 19/03/2023): báo hoàn thành 21/03/2023, trễ 2 ngày');
    expect(text).not.toContain('đúng hạn');
    const cardText = plain((await card()).html);
    expect(cardText).toContain('kỳ tháng 04/2023');
    expect(cardText).toContain('Kỳ tháng 03/2023 (hạn 19/03/2023): báo hoàn thành 21/03/2023, trễ 2 ngày');
    const steering = await h.chat(STEERING_CHAT);
    const ask = h.outbox.queued.filter((q) => q.chatId === steering.id && q.idempotencyKey.startsWith('done:')).at(-1)!;
    expect(plain(ask.message.html)).toContain('Hạn: 19/03/2023 (kỳ tháng 03/2023) · Báo lúc 09:00 21/03/2023, trễ 2 ngày');
    expect(plain(ask.message.html)).not.toContain('không nêu hạn');
  });

  it('confirmed: March is “hoàn thành quá hạn” everywhere, the card keeps asking for April with its report buttons', async () => {
    const [confirmed] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    expect(plain(confirmed?.html)).not.toContain('đúng hạn');
    const steering = await h.chat(STEERING_CHAT);
    const closed = h.outbox.queued.filter((q) => q.chatId === steering.id && q.idempotencyKey.endsWith(':closed')).at(-1)!;
    expect(plain(closed.message.html)).toContain('Hạn: 19/03/2023 (kỳ tháng 03/2023)');
    expect(plain(closed.message.html)).toContain('Hoàn thành quá hạn');
    const rendered = await card();
    const cardText = plain(rendered.html);
    expect(cardText).not.toContain('không cần báo cáo thêm');
    expect(cardText).toContain('kỳ tháng 04/2023');
    expect(cardText).toContain('Ban Chỉ đạo đã xác nhận hoàn thành kỳ tháng 03/2023');
    expect(rendered.buttons?.flat().length).toBeGreaterThan(1);
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao quý I/2023');
    const section = plain(report?.html);
    expect(section).toContain('Đã hoàn thành: 1 (11%), gồm: đúng hạn 0; quá hạn 1.');
    expect(lineOf(section, 'Công an Phường 5: chủ trì')).toContain('hoàn thành quá hạn 1;');
    expect(lineOf(await detail(), 'Kỳ tháng 03/2023')).toContain('trễ 2 ngày');
  });

  it('on 22/05 April is the overdue occurrence in the card, /chitiet and the digest, and April’s “done” is taken', async () => {
    h.clock.set(vietnamInstant(2023, 5, 22, 9, 0));
    const unitDigest = plain((await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n'));
    expect(lineOf(unitDigest, 'BC-01')).toContain('(tháng 04/2023)');
    expect(await detail()).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (quá hạn 33 ngày)');
    const cardText = plain((await card()).html);
    expect(cardText).toContain('kỳ tháng 04/2023 — đã quá hạn');
    // the status line speaks of April, owed now; March's confirmed verdict is labelled as March's
    const status = 'Trạng thái kỳ tháng 04/2023: Chưa thực hiện';
    expect(lineOf(cardText, 'Trạng thái')).toBe(`${status} (kỳ tháng 03/2023 đã báo: Hoàn thành quá hạn)`);
    expect(lineOf(await detail(), 'Trạng thái')).toBe(`${status} · Quá hạn (kỳ tháng 03/2023 đã báo: Hoàn thành quá hạn)`);
    // May is a day late too, but the nudge names the occurrence a "done" would settle: April, as /chitiet does
    const nudges = await recurringNudges(h, 'BC-01');
    expect(nudges.filter((text) => !text.startsWith('🚨'))).toEqual([expect.stringContaining('(tháng 04/2023)')]);
    expect(nudges.join('\n')).toContain('Hạn: 19/04/2023');
    expect(nudges.join('\n')).not.toContain('tháng 05/2023');
    const [accepted] = await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 4');
    expect(plain(accepted?.html)).not.toContain('không nhận thêm báo cáo');
    const after = await detail();
    expect(after).toContain('kỳ cần báo cáo: tháng 05/2023, hạn 19/05/2023 (quá hạn 3 ngày)');
    expect(after).toContain('Kỳ tháng 04/2023 (hạn 19/04/2023): báo hoàn thành 22/05/2023, trễ 33 ngày');
  });
});
