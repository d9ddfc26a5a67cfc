import { describe, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { recurringNudges } from '../support/recurring-nudges.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';
/** The heading of the digest or list section a line is under. */
const sectionOfLine = (text: string, needle: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(needle));
  for (let i = at; i >= 0; i--)
    if (/^(🔴|🟠|⚠️|↩️|🔵|🟣|Quá hạn|Sắp đến hạn|Hoàn thành|Chưa thực hiện|Đang thực hiện|Chờ xác nhận)/u.test(lines[i]!)) return lines[i]!;
  return '';
};

/**
 * QA5 #1, #4, #5: a monthly duty (due the 19th) led by CAP5 and supported by CATP. CAP5 reports March
 * on 15/03 and the committee confirms it; CATP never reports March. Every view of CATP's part says what
 * its nudges say: due soon before the 19th, overdue after, never "Hoàn thành" for the lead's report.
 */
describe('a supporting unit that has not reported the month the lead reported owes it in every view', () => {
  let h: CommandHarness;
  withHarness(
    { per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan, { support: ['CATP'] }) },
    async (harness) => {
      h = harness;
      await h.bindSteeringAndUnit();
      await h.bindSteeringAndUnit('CATP', CATP_CHAT);
      h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
      await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 3');
      await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    },
  );
  const digestOf = async (chat: string) => plain((await previewDigest(h.stores, await h.chat(chat), h.clock.now(), vietnamCalendar)).messages.join('\n'));

  it('before the 19th (Friday 17/03) CATP’s March is due soon, as its nudge says, not done', async () => {
    h.clock.set(vietnamInstant(2023, 3, 17, 9, 0));
    const nudges = await recurringNudges(h, 'BC-01');
    expect(nudges.some((text) => text.includes('(tháng 03/2023)') && text.includes('phối hợp'))).toBe(true);
    const digest = await digestOf(CATP_CHAT);
    expect(digest).toContain('phần việc đã hoàn thành 0');
    expect(sectionOfLine(digest, 'BC-01')).toContain('Sắp đến hạn');
    const [list] = await h.send(CATP_CHAT, OTHER, '/nhiemvu');
    expect(sectionOfLine(plain(list?.html), 'BC-01')).toContain('Sắp đến hạn');
    expect(lineOf(plain(list?.html), 'BC-01')).not.toContain('100%');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    const support = lineOf(plain(detail?.html), 'Công an thành phố Trà Vinh (phối hợp):');
    expect(support).not.toContain('Hoàn thành');
    expect(support).toContain('kỳ tháng 03/2023, hạn 19/03/2023 (còn 2 ngày)');
    // the plan-wide counts do not call March done while CATP owes it
    const steering = await digestOf(STEERING_CHAT);
    expect(steering).not.toMatch(/Hoàn thành đúng hạn: 1/);
  });

  it('after the 19th CATP’s /quahan, /nhiemvu and card name CATP’s own overdue March, with no percent', async () => {
    h.clock.set(vietnamInstant(2023, 3, 20, 9, 0));
    const [own] = await h.send(CATP_CHAT, OTHER, '/quahan');
    const line = lineOf(plain(own?.html), 'BC-01');
    expect(line).toContain('(tháng 03/2023) — Công an thành phố Trà Vinh (phối hợp), hạn 19/03/2023, quá hạn 1 ngày');
    expect(line).not.toContain('Công an Phường 5');
    const [steering] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(steering?.html), 'BC-01')).toContain('(tháng 03/2023) — Công an thành phố Trà Vinh (phối hợp), hạn 19/03/2023, quá hạn 1 ngày');
    const [list] = await h.send(CATP_CHAT, OTHER, '/nhiemvu');
    expect(sectionOfLine(plain(list?.html), 'BC-01')).toContain('Quá hạn');
    expect(lineOf(plain(list?.html), 'BC-01')).not.toContain('100%');
    const digest = await digestOf(CATP_CHAT);
    expect(digest).toContain('phần việc đã hoàn thành 0');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    const support = lineOf(plain(detail?.html), 'Công an thành phố Trà Vinh (phối hợp):');
    expect(support).not.toContain('Hoàn thành');
    expect(support).not.toContain('100%');
    // the task's March is not done while CATP owes it; the lead's report is named as the lead's
    expect(lineOf(plain(detail?.html), 'Trạng thái')).toBe(
      'Trạng thái kỳ tháng 03/2023: Chưa hoàn thành · Quá hạn (đơn vị chủ trì đã báo: Hoàn thành đúng hạn)',
    );
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('BC-01'))!;
    const chat = await h.chat(CATP_CHAT);
    const card = await createTaskCardRefresher({ stores: h.stores, outbox: h.outbox }).render(
      { taskId: task.id, unitId: chat.unitId!, chatId: chat.id },
      h.clock.now(),
    );
    expect(lineOf(plain(card?.html), 'Trạng thái')).not.toContain('Hoàn thành');
  });

  it('the March report’s appendix names CATP as owing March and shows no other month’s or unit’s result as done', async () => {
    h.clock.set(vietnamInstant(2023, 4, 5, 9, 0));
    const result = await produceHarnessReport(h, 'tháng 3/2023', 'xlsx');
    const sheet = (await readXlsx(result.file.bytes)).getWorksheet('Nhiệm vụ')!;
    const row = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find((r) => String(r.getCell(2).value).includes('(BC-01)'))!;
    expect(String(row.getCell(8).value)).toBe('Chưa hoàn thành, quá hạn');
    expect(`${row.getCell(8).value} ${row.getCell(9).value}`).toContain('Công an thành phố');
    // CATP's own sheet shows its own part: no report of its own, not CAP5's
    const own = (await readXlsx(result.file.bytes)).getWorksheet('CATP')!;
    const ownRow = Array.from({ length: own.rowCount - 1 }, (_, i) => own.getRow(i + 2)).find((r) => String(r.getCell(3).value).includes('(BC-01)'))!;
    expect(String(ownRow.getCell(8).value)).toBe('Chưa có báo cáo');
    expect(String(ownRow.getCell(9).value)).toBe('Chưa hoàn thành, quá hạn');
    // the .docx says, in II.1 as the text /baocao does in I, who has not reported March (overdue counted to the period's end)
    const text = plain((await h.send(STEERING_CHAT, SECRETARY, '/baocao 3/2023'))[0]?.html);
    const month =
      'tháng 03/2023 (hạn 19/03/2023): chưa hoàn thành, quá hạn 12 ngày (chưa báo: Công an thành phố Trà Vinh (phối hợp); Công an Phường 5 (chủ trì) báo 15/03/2023)';
    expect(text).toContain(month);
    const docx = await readDocx((await produceHarnessReport(h, 'tháng 3/2023', 'docx')).file.bytes);
    const general = docx.paragraphs.slice(
      docx.paragraphs.findIndex((p) => p.startsWith('1. Kết quả chung')),
      docx.paragraphs.findIndex((p) => p.startsWith('2. Kết quả theo đơn vị')),
    );
    expect(general.join('\n')).toContain(month);
  });

  it('April’s appendix row shows no result of CATP’s late March report as April’s', async () => {
    // CATP reports on 20/04: the "done" settles March (late); CAP5 has not reported April (due 19/04)
    h.clock.set(vietnamInstant(2023, 4, 20, 9, 0));
    await h.send(CATP_CHAT, OTHER, '/xong BC-01 báo cáo tháng 3');
    h.clock.set(vietnamInstant(2023, 5, 5, 9, 0));
    const result = await produceHarnessReport(h, 'tháng 4/2023', 'xlsx');
    const sheet = (await readXlsx(result.file.bytes)).getWorksheet('Nhiệm vụ')!;
    const row = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find((r) => String(r.getCell(2).value).includes('(BC-01)'))!;
    expect(String(row.getCell(7).value)).not.toContain('Hoàn thành');
    expect(String(row.getCell(8).value)).toBe('Chưa hoàn thành, quá hạn');
    expect(String(row.getCell(9).value)).toContain('Chưa báo kỳ tháng 04/2023: Công an Phường 5 (chủ trì), Công an thành phố Trà Vinh (phối hợp)');
  });

  it('the lead’s April late report awaiting confirmation is not put on CATP’s overdue March in steering /quahan (#2)', async () => {
    h.clock.set(vietnamInstant(2023, 4, 21, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 4');
    const [steering] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    const line = lineOf(plain(steering?.html), 'BC-01');
    expect(line).toContain('(tháng 03/2023) — Công an thành phố Trà Vinh (phối hợp), hạn 19/03/2023, quá hạn 33 ngày');
    expect(line).not.toContain('chờ xác nhận');
    // the lead's late April is a line of its own, the lead's, and CATP's April another (each unit-period, QA7 #1)
    expect(plain(steering?.html)).toContain(
      '(tháng 04/2023) — Công an Phường 5 (chủ trì), hạn 19/04/2023, báo hoàn thành 21/04/2023, trễ 2 ngày, chờ xác nhận\n' +
        '• BC-01 Báo cáo kết quả chuyển hóa hằng tháng (tháng 04/2023) — Công an thành phố Trà Vinh (phối hợp), hạn 19/04/2023, quá hạn 2 ngày',
    );
    const [own] = await h.send(CATP_CHAT, OTHER, '/quahan');
    expect(lineOf(plain(own?.html), 'BC-01')).not.toContain('chờ xác nhận');
    // the lead's report is named as the lead's, as CATP's /nhiemvu names it, after CATP's own March and April
    expect(plain(own?.html)).toContain('(phối hợp), hạn 19/04/2023, quá hạn 2 ngày\n  ↳ Chủ trì: Công an Phường 5 — Chờ xác nhận');
  });

  it('the lead’s digest shows its April due soon and counts no part done while it is (#5)', async () => {
    const doneCount = (text: string) => Number(/phần việc đã hoàn thành (\d+)/.exec(text)?.[1]);
    // on 20/03 March is done and April a month away: the part counts done
    h.clock.set(vietnamInstant(2023, 3, 20, 9, 0));
    const before = doneCount(await digestOf(CAP5_CHAT));
    h.clock.set(vietnamInstant(2023, 4, 17, 9, 0));
    const digest = await digestOf(CAP5_CHAT);
    expect(doneCount(digest)).toBe(before - 1);
    expect(sectionOfLine(digest, 'BC-01')).toContain('Sắp đến hạn');
    expect(lineOf(digest, 'BC-01')).toContain('(tháng 04/2023)');
  });

  it('April’s escalation names every unit that still owes April, CATP too though it also owes March (#12)', async () => {
    const escalations: string[] = [];
    for (let day = 20; day <= 28; day++) {
      h.clock.set(vietnamInstant(2023, 4, day, 8, 0));
      escalations.push(...(await recurringNudges(h, 'BC-01')).filter((text) => text.startsWith('🚨') && text.includes('(tháng 04/2023)')));
    }
    expect(escalations.length).toBeGreaterThan(0);
    for (const text of escalations)
      expect(lineOf(text, 'Đơn vị chưa hoàn thành')).toBe('Đơn vị chưa hoàn thành: Công an Phường 5 (chủ trì), Công an thành phố Trà Vinh (phối hợp)');
  });

  it('the lead’s /nhiemvu names the April it owes beside its March report, as its card does (#6)', async () => {
    h.clock.set(vietnamInstant(2023, 3, 20, 9, 0));
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const line = lineOf(plain(list?.html), 'BC-01');
    expect(line).toContain('(tháng 03/2023) — hạn 19/03/2023 · báo hoàn thành 15/03/2023, đúng hạn');
    expect(line).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (còn 30 ngày)');
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('BC-01'))!;
    const chat = await h.chat(CAP5_CHAT);
    const card = await createTaskCardRefresher({ stores: h.stores, outbox: h.outbox }).render(
      { taskId: task.id, unitId: chat.unitId!, chatId: chat.id },
      h.clock.now(),
    );
    expect(lineOf(plain(card?.html), 'Trạng thái')).toBe('Trạng thái kỳ tháng 04/2023: Chưa thực hiện (kỳ tháng 03/2023 đã báo: Hoàn thành đúng hạn)');
  });

  it('the confirmation of CAP5’s March tells CATP it was the lead’s period, not that the duty is done', async () => {
    const notice = async (chatId: string) => {
      const chat = await h.chat(chatId);
      return plain(h.outbox.queued.find((q) => q.chatId === chat.id && q.idempotencyKey.startsWith('confirm:'))?.message.html);
    };
    expect(await notice(CATP_CHAT)).toContain('đã xác nhận báo cáo kỳ tháng 03/2023 của đơn vị chủ trì (Công an Phường 5)');
    expect(await notice(CATP_CHAT)).toContain('phần của đơn vị xem bằng /chitiet BC-01');
    expect(await notice(CAP5_CHAT)).toContain('Ban Chỉ đạo đã xác nhận nhiệm vụ BC-01');
  });

  it('the steering /nhiemvu does not list March done the day CAP5’s report is confirmed, while CATP owes it', async () => {
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const text = plain(list?.html);
    expect(sectionOfLine(text, 'BC-01')).not.toContain('Hoàn thành');
    expect(lineOf(text, 'BC-01')).toContain('(tháng 03/2023) — hạn 19/03/2023 (còn 4 ngày)');
  });
});
