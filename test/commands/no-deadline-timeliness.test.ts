import { describe, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** P5-02 has no deadline in the plan: reported done, it is neither on time nor late. */
describe('a task with no deadline is never called on time or late', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
  });

  it('awaiting confirmation: /nhiemvu and /chitiet say "không có hạn · báo hoàn thành 27/02/2023", no "đúng hạn"', async () => {
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const line = marksToPlainText(list?.html ?? '')
      .split('\n')
      .find((l) => l.startsWith('• P5-02 '));
    expect(line).toContain('không có hạn · báo hoàn thành 27/02/2023');
    expect(line).not.toContain('đúng hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).not.toContain('đúng hạn');
  });

  it('/baocao names the tasks with no deadline apart, not as "trong hạn"', async () => {
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = replies.map((r) => marksToPlainText(r.html)).join('\n');
    expect(text).toMatch(/- Chưa hoàn thành: \d+ \(\d+%\), gồm: trong hạn \d+; quá hạn \d+; không có hạn 2\./);
  });

  it('open with no deadline: /baocao, .docx, .xlsx (summary and rows) and the steering digest count them apart, the same', async () => {
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = replies.map((r) => marksToPlainText(r.html)).join('\n');
    expect(text).toContain('- Chưa hoàn thành: 8 (100%), gồm: trong hạn 6; quá hạn 0; không có hạn 2.');
    const files = replies.flatMap((r) => r.attachments ?? []);
    const { paragraphs } = await readDocx(files.find((f) => f.fileName.endsWith('.docx'))!.bytes);
    expect(paragraphs.join('\n')).toContain(
      '- Chưa hoàn thành: 8 (100%), gồm: chưa hoàn thành trong hạn 6; chưa hoàn thành quá hạn 0; chưa hoàn thành (không có hạn) 2.',
    );
    const book = await readXlsx(files.find((f) => f.fileName.endsWith('.xlsx'))!.bytes);
    const summary = book.getWorksheet('Tổng hợp')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const column = (title: string) => header.indexOf(title) + 1;
    const cap5Lead = summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === 'Công an Phường 5' && r.getCell(2).value === 'Chủ trì')!;
    expect(cap5Lead.getCell(column('Chưa hoàn thành (không có hạn)')).value).toBe(2);
    expect(cap5Lead.getCell(column('Chưa hoàn thành, trong hạn')).value).toBe(0);
    const tasks = book.getWorksheet('Nhiệm vụ')!;
    for (const code of ['P5-01', 'P5-02']) {
      const cells = row(tasks.getRows(1, tasks.rowCount)!.find((r) => row(r).some((cell) => cell.includes(`(${code})`)))!);
      expect(cells, code).toContain('Không có hạn');
      expect(cells, code).toContain('Chưa hoàn thành (không có hạn)');
      expect(cells, code).not.toContain('Chưa hoàn thành, trong hạn');
    }
    const steering = await h.chat(STEERING_CHAT);
    const [digest = ''] = (await previewDigest(h.stores, steering, h.clock.now(), vietnamCalendar)).messages;
    const plain = marksToPlainText(digest);
    expect(plain).toContain('• Chưa hoàn thành, trong hạn: 6\n• Chưa hoàn thành, quá hạn: 0\n• Chưa hoàn thành (không có hạn): 2');
    expect(plain).toContain('CKH: chưa hoàn thành (không có hạn)');
  });

  it('confirmed: the answers and the unit’s notice say "Hoàn thành", with no deadline, not "đúng hạn"', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    expect(marksToPlainText(answer?.html ?? '')).not.toContain('đúng hạn');
    const cap5 = await h.chat(CAP5_CHAT);
    const notice = h.outbox.to(cap5.id).find((q) => q.message.html.includes('đã xác nhận nhiệm vụ'));
    const text = marksToPlainText(notice?.message.html ?? '');
    expect(text).toContain('báo hoàn thành');
    expect(text).toContain('không có hạn');
    expect(text).not.toContain('đúng hạn');
    expect(text).not.toContain('không nêu hạn riêng');
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const line = marksToPlainText(list?.html ?? '')
      .split('\n')
      .find((l) => l.startsWith('• P5-02 '));
    expect(line).not.toContain('đúng hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).not.toContain('đúng hạn');
  });

  it('confirmed: every count says "Hoàn thành (không có hạn)", none counts it "đúng hạn" (/chitiet, /kehoach, /baocao, .docx, .xlsx)', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).toContain('Trạng thái: Hoàn thành (không có hạn)');
    const [overview] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
    expect(marksToPlainText(overview?.html ?? '')).toContain('hoàn thành đúng hạn 0 · hoàn thành quá hạn 0 · hoàn thành (không có hạn) 1');
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = replies.map((r) => marksToPlainText(r.html)).join('\n');
    expect(text).toMatch(/- Đã hoàn thành: 1 \(\d+%\), gồm: đúng hạn 0; quá hạn 0; không có hạn 1\./);
    const files = replies.flatMap((r) => r.attachments ?? []);
    const docx = files.find((f) => f.fileName.endsWith('.docx'))!;
    const { paragraphs } = await readDocx(docx.bytes);
    expect(paragraphs.join('\n')).toContain('gồm: hoàn thành đúng hạn 0; hoàn thành quá hạn 0; hoàn thành (không có hạn) 1.');
    expect(paragraphs).toContain('Hoàn thành (không có hạn)');
    const book = await readXlsx(files.find((f) => f.fileName.endsWith('.xlsx'))!.bytes);
    const summary = book.getWorksheet('Tổng hợp')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Đơn vị',
      'Vai trò',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Hoàn thành (không có hạn)',
      'Chưa hoàn thành, trong hạn',
      'Chưa hoàn thành, quá hạn',
      'Chưa hoàn thành (không có hạn)',
      'Ghi chú',
    ]);
    const cap5Lead = summary
      .getRows(2, summary.rowCount - 1)!
      .find((row) => row.getCell(1).value === 'Công an Phường 5' && row.getCell(2).value === 'Chủ trì')!;
    expect(cap5Lead.getCell(4).value).toBe(0);
    expect(cap5Lead.getCell(6).value).toBe(1);
    const tasks = book.getWorksheet('Nhiệm vụ')!;
    const p502 = tasks.getRows(1, tasks.rowCount)!.find((r) => row(r).some((cell) => cell.includes('P5-02')))!;
    expect(row(p502)).toContain('Hoàn thành (không có hạn)');
    expect(row(p502)).not.toContain('Hoàn thành đúng hạn');
  });
});

const row = (r: { values: unknown }) => (r.values as unknown[]).map((v) => String(v ?? ''));
