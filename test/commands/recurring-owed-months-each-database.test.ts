import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { createOwedMonthsScenario, OWED_MONTHS_NOW } from '../support/owed-months-scenario.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';
import { FakeOutbox } from '../support/fake-outbox-jobs.ts';
import { recurringNudges } from '../support/recurring-nudges.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const linesOf = (text: string, needle: string) => text.split('\n').filter((line) => line.includes(needle));
const sectionOf = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
const TITLE = '• BC-01 Báo cáo kết quả chuyển hóa hằng tháng';
const CATP = 'Công an thành phố Trà Vinh';
const CAP5 = 'Công an Phường 5';

/**
 * QA7: on 22/06/2023 the supporting unit (CATP) owes March to June and the lead (CAP5) owes June, its May
 * report sent late on 25/05 awaiting confirmation (test/support/owed-months-scenario.ts). Every view names
 * each unit-month, from overdue-periods.ts.
 */
describeOnEachDatabase('a monthly duty whose units owe several months: every view names each unit-month', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('/quahan lists each unit’s every overdue month, the lead’s late May awaiting confirmation included (#1)', async () => {
    const steering = plain((await h.send(STEERING_CHAT, SECRETARY, '/quahan'))[0]?.html);
    expect(linesOf(steering, 'BC-01')).toEqual([
      `${TITLE} (tháng 03/2023) — ${CATP} (phối hợp), hạn 19/03/2023, quá hạn 95 ngày`,
      `${TITLE} (tháng 04/2023) — ${CATP} (phối hợp), hạn 19/04/2023, quá hạn 64 ngày`,
      `${TITLE} (tháng 05/2023) — ${CAP5} (chủ trì), hạn 19/05/2023, báo hoàn thành 25/05/2023, trễ 6 ngày, chờ xác nhận`,
      `${TITLE} (tháng 05/2023) — ${CATP} (phối hợp), hạn 19/05/2023, quá hạn 34 ngày`,
      `${TITLE} (tháng 06/2023) — ${CAP5} (chủ trì), hạn 19/06/2023, quá hạn 3 ngày`,
      `${TITLE} (tháng 06/2023) — ${CATP} (phối hợp), hạn 19/06/2023, quá hạn 3 ngày`,
    ]);
    const lead = plain((await h.send(CAP5_CHAT, FOCAL, '/quahan'))[0]?.html);
    expect(linesOf(lead, 'BC-01')).toEqual([
      `${TITLE} (tháng 05/2023) — ${CAP5}, hạn 19/05/2023, báo hoàn thành 25/05/2023, trễ 6 ngày, chờ xác nhận`,
      `${TITLE} (tháng 06/2023) — ${CAP5}, hạn 19/06/2023, quá hạn 3 ngày`,
    ]);
    const support = plain((await h.send(CATP_CHAT, OTHER, '/quahan'))[0]?.html);
    expect(linesOf(support, 'BC-01').map((line) => /\(tháng (\d\d)\/2023\) — Công an thành phố Trà Vinh \(phối hợp\)/.exec(line)?.[1])).toEqual([
      '03',
      '04',
      '05',
      '06',
    ]);
  });

  it('/baocao section III has one line per overdue month per unit (#2)', async () => {
    const text = plain((await h.send(STEERING_CHAT, SECRETARY, '/baocao'))[0]?.html);
    const lines = linesOf(sectionOf(text, 'III.', 'IV.'), '[BC-01]').map((line) => line.replace(/^\d+\. /, ''));
    const head = '[BC-01] Báo cáo kết quả chuyển hóa hằng tháng';
    expect(lines).toEqual([
      `${head} (tháng 03/2023) — đơn vị chưa báo cáo: ${CATP} (phối hợp); hạn 19/03/2023; quá hạn 95 ngày.`,
      `${head} (tháng 04/2023) — đơn vị chưa báo cáo: ${CATP} (phối hợp); hạn 19/04/2023; quá hạn 64 ngày.`,
      `${head} (tháng 05/2023) — đơn vị chủ trì: ${CAP5}; hạn 19/05/2023; báo hoàn thành 25/05/2023, trễ 6 ngày, chờ xác nhận.`,
      `${head} (tháng 05/2023) — đơn vị chưa báo cáo: ${CATP} (phối hợp); hạn 19/05/2023; quá hạn 34 ngày.`,
      `${head} (tháng 06/2023) — đơn vị chưa báo cáo: ${CAP5} (chủ trì); hạn 19/06/2023; quá hạn 3 ngày.`,
      `${head} (tháng 06/2023) — đơn vị chưa báo cáo: ${CATP} (phối hợp); hạn 19/06/2023; quá hạn 3 ngày.`,
    ]);
  });

  it('the .docx section III has the same lines as /baocao’s (#2)', async () => {
    const docx = await readDocx((await produceHarnessReport(h, 'tháng 6/2023', 'docx')).file.bytes);
    const lines = docx.paragraphs.filter((p) => p.includes('(BC-01) — ')).map((p) => p.replace(/^\d+\. Báo cáo kết quả chuyển hóa hằng tháng /, ''));
    expect(lines).toEqual([
      `(tháng 03/2023) (BC-01) — đơn vị chưa báo cáo: ${CATP} (phối hợp); thời hạn 19/03/2023; quá hạn 95 ngày.`,
      `(tháng 04/2023) (BC-01) — đơn vị chưa báo cáo: ${CATP} (phối hợp); thời hạn 19/04/2023; quá hạn 64 ngày.`,
      `(tháng 05/2023) (BC-01) — đơn vị chủ trì: ${CAP5}; thời hạn 19/05/2023; báo hoàn thành 25/05/2023, trễ 6 ngày, chờ xác nhận.`,
      `(tháng 05/2023) (BC-01) — đơn vị chưa báo cáo: ${CATP} (phối hợp); thời hạn 19/05/2023; quá hạn 34 ngày.`,
      `(tháng 06/2023) (BC-01) — đơn vị chưa báo cáo: ${CAP5} (chủ trì); thời hạn 19/06/2023; quá hạn 3 ngày.`,
      `(tháng 06/2023) (BC-01) — đơn vị chưa báo cáo: ${CATP} (phối hợp); thời hạn 19/06/2023; quá hạn 3 ngày.`,
    ]);
  });

  it('/chitiet shows a line per owed month with the units owing it (#3)', async () => {
    const text = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01'))[0]?.html);
    const from = text.indexOf('Các kỳ quá hạn:');
    expect(from).toBeGreaterThan(text.indexOf('Trạng thái kỳ'));
    expect(text.slice(from).split('\n').slice(1, 5)).toEqual([
      `• Kỳ tháng 03/2023 (hạn 19/03/2023): ${CATP} (phối hợp) — quá hạn 95 ngày`,
      `• Kỳ tháng 04/2023 (hạn 19/04/2023): ${CATP} (phối hợp) — quá hạn 64 ngày`,
      `• Kỳ tháng 05/2023 (hạn 19/05/2023): ${CAP5} (chủ trì) — báo hoàn thành 25/05/2023, trễ 6 ngày, chờ xác nhận; ${CATP} (phối hợp) — quá hạn 34 ngày`,
      `• Kỳ tháng 06/2023 (hạn 19/06/2023): ${CAP5} (chủ trì) — quá hạn 3 ngày; ${CATP} (phối hợp) — quá hạn 3 ngày`,
    ]);
  });

  it('each unit’s card names the overdue months it owes; the lead’s late May is the lead’s on CATP’s card', async () => {
    await h.deliver();
    const task = (await h.stores.tasks.findTaskByCode('BC-01'))!;
    const card = async (chatId: string) => {
      const chat = await h.chat(chatId);
      const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
      return plain((await refresher.render({ taskId: task.id, unitId: chat.unitId!, chatId: chat.id }, h.clock.now()))?.html);
    };
    const support = await card(CATP_CHAT);
    expect(support).toContain('Các kỳ còn nợ (quá hạn): tháng 03/2023, tháng 04/2023, tháng 05/2023, tháng 06/2023');
    expect(support).toContain(`↳ Chủ trì: ${CAP5} — Kỳ tháng 05/2023 (hạn 19/05/2023): báo hoàn thành 25/05/2023, trễ 6 ngày`);
    expect(support.split('\n')).not.toContain('Kỳ tháng 05/2023 (hạn 19/05/2023): báo hoàn thành 25/05/2023, trễ 6 ngày');
    const lead = await card(CAP5_CHAT);
    expect(lead).toContain('Kỳ tháng 05/2023 (hạn 19/05/2023): báo hoàn thành 25/05/2023, trễ 6 ngày');
    expect(lead).not.toContain('Các kỳ còn nợ');
  });

  it('in English a supporting unit reads “(supporting)” in /quahan and /chitiet (#4)', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const overdue = plain((await h.send(STEERING_CHAT, SECRETARY, '/quahan'))[0]?.html);
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01'))[0]?.html);
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu vi');
    expect(overdue).toContain(`(03/2023) — ${CATP} (supporting), due 19/03/2023, 95 days overdue`);
    expect(detail).toContain(`• ${CATP} (supporting): `);
    expect(detail).toContain(`not yet reported by: ${CATP} (supporting)`);
    expect(`${overdue}\n${detail}`).not.toContain('(support)');
  });

  it('the unit sheet’s awaiting-confirmation note names the unit whose report waits (#6)', async () => {
    const book = await readXlsx((await produceHarnessReport(h, 'tháng 5/2023', 'xlsx')).file.bytes);
    const own = book.getWorksheet('CATP')!;
    const row = Array.from({ length: own.rowCount - 1 }, (_, i) => own.getRow(i + 2)).find((r) => String(r.getCell(3).value).includes('(BC-01)'))!;
    expect(String(row.getCell(10).value)).toContain(`${CAP5} (chủ trì) đã báo cáo hoàn thành kỳ tháng 05/2023, chờ Thường trực xác nhận`);
    expect(String(row.getCell(10).value)).not.toMatch(/(^|; )Đã báo cáo hoàn thành/);
  });
});

describeOnEachDatabase('a monthly duty whose units owe several months: reports, confirmations and blockers', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('the supporting unit’s receipt for March names the months it still owes, never “đã hoàn thành” (#5)', async () => {
    const [receipt] = await h.send(CATP_CHAT, OTHER, '/xong BC-01 báo cáo tháng 3');
    const text = plain(receipt?.html);
    expect(text).toContain('Đã ghi nhận (BC-01, tháng 03/2023)');
    expect(text).not.toContain('đã hoàn thành');
    expect(text).toContain('đơn vị còn nợ báo cáo kỳ tháng 04/2023, tháng 05/2023, tháng 06/2023 (đã quá hạn)');
  });

  it('a supporting unit’s blocker outlives the confirmation of the lead’s May (#9)', async () => {
    await h.send(CATP_CHAT, OTHER, '/vuongmac BC-01 chưa có số liệu tháng 4');
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    // the reply names the month confirmed (#8)
    expect(plain(reply?.html)).toBe('Đã xác nhận hoàn thành nhiệm vụ BC-01 (kỳ tháng 05/2023): Hoàn thành quá hạn.');
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01'))[0]?.html);
    expect(detail).toContain('⚠️ Vướng mắc (Công an thành phố, từ 22/06/2023');
    const report = plain((await h.send(STEERING_CHAT, SECRETARY, '/baocao'))[0]?.html);
    expect(report.slice(report.indexOf('IV.'))).toContain('chưa có số liệu tháng 4');
  });

  it('the lead’s June report and its confirmation name June; CATP’s blocker still stands', async () => {
    h.clock.set(vietnamInstant(2023, 6, 23, 9, 0));
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 6');
    expect(plain(receipt?.html)).not.toContain('còn nợ');
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    expect(plain(reply?.html)).toBe('Đã xác nhận hoàn thành nhiệm vụ BC-01 (kỳ tháng 06/2023): Hoàn thành quá hạn.');
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01'))[0]?.html);
    expect(detail).toContain('⚠️ Vướng mắc (Công an thành phố, từ 22/06/2023');
    h.clock.set(OWED_MONTHS_NOW);
  });
});

describeOnEachDatabase('a monthly duty whose units owe several months: escalations', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('each month is escalated once across the days, every unit named with its role (#7)', async () => {
    const outbox = new FakeOutbox();
    const escalated: { day: number; month: string; units: string }[] = [];
    for (let day = 20; day <= 28; day++) {
      h.clock.set(vietnamInstant(2023, 6, day, 8, 0));
      for (const text of (await recurringNudges(h, 'BC-01', outbox)).filter((m) => m.startsWith('🚨'))) {
        const month = /\(tháng (\d\d\/2023)\)/.exec(text)?.[1] ?? '';
        escalated.push({ day, month, units: text.split('\n').find((line) => line.startsWith('Đơn vị chưa hoàn thành')) ?? '' });
      }
      // CATP reports March at 09:00 on 22/06: April becomes the month it is furthest behind on
      if (day === 22) {
        h.clock.set(vietnamInstant(2023, 6, 22, 9, 0));
        await h.send(CATP_CHAT, OTHER, '/xong BC-01 báo cáo tháng 3');
      }
    }
    // March caught up on the first run (this outbox never sent it), June on the 22nd (three working days
    // late), April once CATP is behind on it; none again on a later day
    expect(escalated).toEqual([
      { day: 20, month: '03/2023', units: `Đơn vị chưa hoàn thành: ${CATP} (phối hợp)` },
      { day: 22, month: '06/2023', units: `Đơn vị chưa hoàn thành: ${CAP5} (chủ trì), ${CATP} (phối hợp)` },
      { day: 23, month: '04/2023', units: `Đơn vị chưa hoàn thành: ${CATP} (phối hợp)` },
    ]);
    h.clock.set(OWED_MONTHS_NOW);
  });
});
