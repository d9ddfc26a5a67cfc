import { describe, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const LABEL = 'Nhiệm vụ hoàn thành quá hạn theo báo cáo của đơn vị chủ trì; đơn vị không báo hoàn thành phần phối hợp';

/**
 * QA10 #3: CAP5 supports GD2-02 (due 31/05/2023) and never reported; the lead CATP reported it done on
 * 20/06 and the secretariat confirmed. CAP5's part was shown "Hoàn thành quá hạn 100%" as if CAP5 had
 * done it late. Every view now says the task was done as the lead reported and CAP5 did not report.
 */
describe('a supporting unit that never reported, after the lead’s “done” was confirmed', () => {
  let h: CommandHarness;
  const text = async (chat: string, user: typeof FOCAL, command: string) => marksToPlainText((await h.send(chat, user, command))[0]?.html ?? '');
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 6, 20, 10, 0));
    await h.send(CATP_CHAT, OTHER, '/xong GD2-02');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD2-02');
    h.clock.set(vietnamInstant(2023, 6, 21, 10, 0));
  });

  it('/chitiet names CAP5’s part truthfully, without a percent it never reported', async () => {
    const detail = await text(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    expect(detail).toContain(`• Công an Phường 5 (phối hợp): ${LABEL}`);
    expect(detail).not.toContain('• Công an Phường 5 (phối hợp): Hoàn thành quá hạn 100%');
  });

  it('CAP5’s /nhiemvu line says the same', async () => {
    const line = (await text(CAP5_CHAT, FOCAL, '/nhiemvu')).split('\n').find((l) => l.startsWith('• GD2-02 '));
    expect(line).toContain(LABEL);
    expect(line).not.toMatch(/100%/);
  });

  it('CAP5’s card reads its own part under the task’s state', async () => {
    await h.deliver();
    const chat = await h.chat(CAP5_CHAT);
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    const key = `task:${task.id}:${chat.id}`;
    const shown = h.outbox.queued.filter((q) => (q.edits === key || q.idempotencyKey === key) && q.messageId).at(-1);
    expect(marksToPlainText(shown?.message.html ?? '')).toContain(`Phần của đơn vị: ${LABEL}`);
  });

  it('CAP5’s digest counts the part done and says by whom', async () => {
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages;
    expect(marksToPlainText(digest)).toContain('phần việc đã hoàn thành 1 (1 theo báo cáo của đơn vị chủ trì, đơn vị không báo hoàn thành)');
  });

  const COUNT_NOTE = 'phần việc đã hoàn thành 1 (1 theo báo cáo của đơn vị chủ trì, đơn vị không báo hoàn thành)';

  it('the steering group’s digest says it under its unit table, as /baocao does', async () => {
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages;
    const plain = marksToPlainText(digest);
    const byUnit = plain.slice(plain.indexOf('Theo đơn vị'));
    expect(byUnit).toContain(`• Công an Phường 5 — phối hợp: ${COUNT_NOTE}`);
    // only units with such parts get the line
    expect(byUnit.match(/theo báo cáo của đơn vị chủ trì/g)).toHaveLength(1);
  });

  it('/baocao counts CAP5’s support part as the digest does, in Vietnamese and English', async () => {
    const report = await text(STEERING_CHAT, SECRETARY, '/baocao 6/2023');
    const cap5 = report.split('\n').find((l) => /^\d+\. Công an Phường 5:/.test(l));
    expect(cap5).toContain(`), ${COUNT_NOTE}.`);
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const english = await text(STEERING_CHAT, SECRETARY, '/baocao 6/2023');
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu vi');
    expect(english.split('\n').find((l) => /^\d+\. Công an Phường 5:/.test(l))).toContain(
      'parts done 1 (1 as the lead reported, not reported done by this unit).',
    );
  });

  it('the .docx names CAP5’s part as /chitiet does and counts it as the digest does', async () => {
    const docx = await readDocx((await produceHarnessReport(h, 'tháng 6/2023', 'docx')).file.bytes);
    const all = docx.paragraphs.join('\n');
    expect(all).toContain(`Công an Phường 5 — phối hợp: ${COUNT_NOTE}`);
    expect(all).toContain(`Công an Phường 5 (phối hợp): ${LABEL}`);
  });

  it('the .xlsx says the same on the task sheet, CAP5’s own sheet and the per-unit counts', async () => {
    const book = await readXlsx((await produceHarnessReport(h, 'tháng 6/2023', 'xlsx')).file.bytes);
    const rowsOf = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    };
    const cells = (r: ReturnType<typeof rowsOf>[number]) => Array.from({ length: r.cellCount }, (_, i) => String(r.getCell(i + 1).value ?? ''));
    const taskRow = rowsOf('Nhiệm vụ').find((r) => String(r.getCell(2).value).includes('(GD2-02)'))!;
    expect(cells(taskRow).join(' | ')).toContain(`Công an Phường 5 (phối hợp): ${LABEL}`);
    const ownRow = rowsOf('CAP5').find((r) => String(r.getCell(3).value).includes('(GD2-02)'))!;
    expect(cells(ownRow).join(' | ')).toContain(LABEL);
    const support = rowsOf('Tổng hợp').find((r) => r.getCell(1).value === 'Công an Phường 5' && r.getCell(2).value === 'Phối hợp')!;
    expect(cells(support).join(' | ')).toContain(COUNT_NOTE);
  });

  it('in English too', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    const detail = await text(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu vi');
    expect(detail).toContain('Task done late as the lead reported; this unit did not report its part done');
  });
});
