import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';

/** The secretariat's return and blocker resolution are stored on the unit's part: no view shows them as the unit's own progress. */
describe('the secretariat’s acts are named as its own in every view', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  async function reportCells(code: string): Promise<{ docx: string; xlsx: string }> {
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const files = replies.flatMap((r) => r.attachments ?? []);
    const { xml } = await readDocx(files.find((f) => f.fileName.endsWith('.docx'))!.bytes);
    const appendix = xml.slice(xml.indexOf('PHỤ LỤC'));
    const rows = [...appendix.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
    );
    const book = await readXlsx(files.find((f) => f.fileName.endsWith('.xlsx'))!.bytes);
    const tasks = book.getWorksheet('Nhiệm vụ')!;
    const row = tasks.getRows(2, tasks.rowCount - 1)!.find((r) => String(r.getCell(2).value).includes(`(${code})`))!;
    return { docx: rows.find((r) => r[1]?.includes(`(${code})`))![6]!, xlsx: String(row.getCell(7).value) };
  }

  it('a return: /chitiet, the .docx and the .xlsx say "Thường trực BCĐ trả lại: <lý do>", never the unit’s "Đang thực hiện"', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02 đã xong');
    await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-02 chưa có biên bản nghiệm thu');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    const text = marksToPlainText(detail?.html ?? '');
    expect(text).toMatch(/— Thư ký Lan \(thường trực BCĐ\) trả lại phần của Công an Phường 5: chưa có biên bản nghiệm thu/);
    expect(text).not.toContain('Đang thực hiện — chưa có biên bản');
    const { docx, xlsx } = await reportCells('P5-02');
    expect(docx).toBe('27/02/2023, Công an Phường 5 — Thường trực BCĐ trả lại: chưa có biên bản nghiệm thu');
    expect(xlsx).toBe(docx);
  });

  it('a resolved blocker: named "Thường trực BCĐ gỡ vướng mắc", not as the unit’s progress', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/gotvuong P5-01 đã cấp kinh phí');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    expect(marksToPlainText(detail?.html ?? '')).toContain('Thư ký Lan (thường trực BCĐ) gỡ vướng mắc phần của Công an Phường 5: đã cấp kinh phí');
    const { docx } = await reportCells('P5-01');
    expect(docx).toBe('27/02/2023, Công an Phường 5 — Thường trực BCĐ gỡ vướng mắc: đã cấp kinh phí');
  });

  it('a confirmation: named "Thường trực BCĐ xác nhận hoàn thành"', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02 đã xong');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02');
    expect(marksToPlainText(detail?.html ?? '')).toContain('Thư ký Lan (thường trực BCĐ) xác nhận hoàn thành phần của Công an Phường 5');
  });
});
