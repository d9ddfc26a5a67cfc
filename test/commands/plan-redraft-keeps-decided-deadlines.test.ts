import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const SEED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt');

async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  if (!sheet) throw new Error('no task sheet');
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    headers[column] = String(cell.value);
  });
  const row = (code: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((r, index) => {
      if (index > 1 && r.getCell(1).text === code) found = r;
    });
    if (!found) throw new Error(`no row ${code}`);
    const values: Record<string, string> = {};
    found.eachCell((cell, column) => {
      values[headers[column] ?? ''] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text;
    });
    return { cells: found, values, column: (header: string) => headers.indexOf(header) };
  };
  return { workbook, row };
}

/**
 * QA: after an approved extension (GD2-02 → 15/06/2023) and a /doihan (GD2-01 → 15/10/2023), the plan
 * drafted again and activated put both back to the document's dates; the difference only said "hạn
 * 15/10/2023 → 31/08/2023" and nobody was told.
 */
describe('a plan drafted again keeps the deadlines the committee decided after import', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CATP_CHAT, FOCAL, '/giahan GD2-02 15/06/2023 cần thêm thời gian truy quét');
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-01 15/10/2023 theo đề nghị của UBND phường');
  });

  it('the workbook carries both decided deadlines with the document’s dates in “Lý do”; a file putting one back is warned loudly', async () => {
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
    expect(marksToPlainText(summary?.html ?? '')).toContain('📅 2 nhiệm vụ trong bảng giữ hạn Ban Chỉ đạo đã gia hạn/đổi sau khi nhập');
    const { workbook, row } = await openWorkbook(summary?.attachments?.[0]?.bytes ?? new Uint8Array());
    expect(row('GD2-01').values['Hạn']).toBe('2023-10-15');
    expect(row('GD2-01').values['Lý do']).toContain('Ban Chỉ đạo đã gia hạn/đổi hạn nhiệm vụ GD2-01 đến 15/10/2023; văn bản ghi: 31/08/2023.');
    expect(row('GD2-02').values['Hạn']).toBe('2023-06-15');

    // sent back as drafted: the decided deadlines stay, nothing warns of them
    const [kept] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(marksToPlainText(kept?.html ?? '')).not.toMatch(/GD2-0[12]:[^\n]*(: |; )hạn \d/);
    expect(kept?.html).not.toContain('đã được gia hạn/đổi sau khi nhập');

    // the secretariat puts GD2-01 back to the document's date: warned before Kích hoạt
    const gd201 = row('GD2-01');
    gd201.cells.getCell(gd201.column('Hạn')).value = new Date(Date.UTC(2023, 7, 31));
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(marksToPlainText(preview?.html ?? '')).toContain(
      '⚠️ 1 nhiệm vụ có hạn đã được gia hạn/đổi sau khi nhập sẽ trở về hạn trong tệp: GD2-01 (15/10/2023 → 31/08/2023).',
    );
  });
});
