import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { createOwedMonthsScenario, OWED_MONTHS_NOW } from '../support/owed-months-scenario.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { readDocx } from '../support/read-office.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const FIGURES = 'Quá hạn: 3 nhiệm vụ, 8 lượt (nhiệm vụ định kỳ: 1 nhiệm vụ, 6 lượt, mỗi kỳ mỗi đơn vị còn nợ là một lượt)';
const CAP5_FIGURES = 'Quá hạn: 2 nhiệm vụ, 3 lượt (nhiệm vụ định kỳ: 1 nhiệm vụ, 2 lượt, mỗi kỳ mỗi đơn vị còn nợ là một lượt)';

/**
 * QA9: on 22/06/2023 the plan has 3 overdue tasks (GD1-01, GD2-02 and the monthly BC-01), which /quahan
 * lists as 8 entries: BC-01's supporting unit owes March to June, its lead June and its late May awaits
 * confirmation (test/support/owed-months-scenario.ts). Every view that counts them prints one figures line
 * (QA9 #1, #5).
 */
describeOnEachDatabase('overdue figures: a count of tasks is never read against a list of entries', (use) => {
  let h: CommandHarness;
  const steering = async (command: string) => plain((await h.send(STEERING_CHAT, SECRETARY, command))[0]?.html).split('\n');
  const digest = async (chatId: string, at: Date) => plain((await previewDigest(h.stores, await h.chat(chatId), at, vietnamCalendar)).messages[0]).split('\n');
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('/quahan prints the figures under its title, in a unit group the unit’s own (#1)', async () => {
    expect((await steering('/quahan')).slice(0, 2)).toEqual(['⏰ Nhiệm vụ quá hạn (ngày 22/06/2023)', FIGURES]);
    const own = plain((await h.send(CAP5_CHAT, FOCAL, '/quahan'))[0]?.html).split('\n');
    expect(own[1]).toBe(CAP5_FIGURES);
    expect(own.filter((line) => line.startsWith('• '))).toHaveLength(3);
  });

  it('/kehoach, /baocao section III and the daily digests print the same figures (#1)', async () => {
    const plan = await steering('/kehoach');
    expect(plan).toContain(FIGURES);
    expect(plan.find((line) => line.startsWith('Tổng số'))).toContain('quá hạn 3 ·');
    const report = (await steering('/baocao')).join('\n');
    const section = report.slice(report.indexOf('III.'), report.indexOf('IV.')).split('\n');
    expect(section[1]).toBe(FIGURES);
    expect(section.filter((line) => /^\d+\. /.test(line))).toHaveLength(8);
    const daily = await digest(STEERING_CHAT, OWED_MONTHS_NOW);
    expect(daily).toContain('• Chưa hoàn thành, quá hạn: 3');
    expect(daily).toContain(FIGURES);
    const unit = await digest(CAP5_CHAT, OWED_MONTHS_NOW);
    expect(unit.slice(unit.indexOf('🔴 Quá hạn: 2'), unit.indexOf('🔴 Quá hạn: 2') + 2)).toEqual(['🔴 Quá hạn: 2', CAP5_FIGURES]);
  });

  it('the weekly digest prints the figures and says the full list is at /quahan (#1)', async () => {
    const weekly = await digest(STEERING_CHAT, vietnamInstant(2023, 6, 23, 8, 0));
    expect(weekly[0]).toContain('Tổng hợp tuần');
    expect(weekly).toContain(FIGURES);
    expect(weekly).toContain('🔴 Nhiệm vụ quá hạn (3) — mỗi nhiệm vụ một dòng; danh sách đầy đủ từng lượt: /quahan');
  });

  it('the .docx section III has the figures line the chat /baocao prints (#5)', async () => {
    const docx = await readDocx((await produceHarnessReport(h, 'tháng 6/2023', 'docx')).file.bytes);
    const from = docx.paragraphs.indexOf('III. NHIỆM VỤ QUÁ HẠN');
    expect(docx.paragraphs[from + 1]).toBe(FIGURES);
  });

  it('in English the figures read “tasks” and “entries”', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const lines = await steering('/quahan');
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu vi');
    expect(lines[1]).toBe('Overdue tasks: 3, entries: 8 (recurring tasks: 1, with 6 entries: one per period each unit owes)');
  });
});

/**
 * QA9 #6: the lead (CAP5) is up to date (May confirmed, June reported late on 22/06 and confirmed) while
 * the supporting unit (CATP) still owes March to June. The task is overdue wherever the plan is counted,
 * for CATP's months; the lead's own part is done wherever the lead's part is shown.
 */
describeOnEachDatabase('a lead up to date while a supporting unit owes: every view reads the same', (use) => {
  let h: CommandHarness;
  const FIGURES_6 = 'Quá hạn: 3 nhiệm vụ, 6 lượt (nhiệm vụ định kỳ: 1 nhiệm vụ, 4 lượt, mỗi kỳ mỗi đơn vị còn nợ là một lượt)';
  const text = async (chatId: string, user: typeof SECRETARY, command: string) => plain((await h.send(chatId, user, command))[0]?.html);
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    h.clock.set(vietnamInstant(2023, 6, 22, 10, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 6');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    h.clock.set(vietnamInstant(2023, 6, 22, 11, 0));
  });

  it('/chitiet: the task overdue for CATP’s March, the lead’s part done for June', async () => {
    const detail = await text(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(detail).toContain('Trạng thái kỳ tháng 03/2023: Chưa thực hiện · Quá hạn (kỳ tháng 06/2023 đã báo: Hoàn thành quá hạn)');
    expect(detail).toContain('• Công an Phường 5 (chủ trì): Hoàn thành quá hạn (kỳ tháng 06/2023)');
    expect(detail).toContain('• Công an thành phố Trà Vinh (phối hợp): Chưa thực hiện · kỳ tháng 03/2023, hạn 19/03/2023 (quá hạn 95 ngày)');
  });

  it('/kehoach and the steering digest count it overdue, with CATP’s four months as entries', async () => {
    const plan = (await text(STEERING_CHAT, SECRETARY, '/kehoach')).split('\n');
    expect(plan.find((line) => line.startsWith('Tổng số'))).toContain('quá hạn 3 ·');
    expect(plan).toContain(FIGURES_6);
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages;
    expect(plain(digest).split('\n')).toEqual(expect.arrayContaining(['• Chưa hoàn thành, quá hạn: 3', FIGURES_6]));
  });

  it('the lead’s /nhiemvu and digest show its own part done, not overdue', async () => {
    const list = (await text(CAP5_CHAT, FOCAL, '/nhiemvu')).split('\n');
    expect(list.slice(list.indexOf('Hoàn thành (1)') + 1)[0]).toMatch(
      /^• BC-01 .*\(tháng 06\/2023\) — hạn 19\/06\/2023 · báo hoàn thành 22\/06\/2023, trễ 3 ngày/,
    );
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages;
    const lines = plain(digest).split('\n');
    expect(lines[1]).toContain('phần việc đã hoàn thành 1');
    expect(lines.filter((line) => line.startsWith('• BC-01 '))).toEqual([]);
  });
});
