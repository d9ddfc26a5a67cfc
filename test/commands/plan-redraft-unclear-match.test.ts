import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const SEED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt');

/** The drafted workbook's task rows: the code and the title, the review flag and reasons. */
async function draftedRows(h: CommandHarness) {
  const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
  const bytes = summary?.attachments?.[0]?.bytes;
  if (!bytes) throw new Error(`no workbook in ${summary?.html}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  const headers: string[] = [];
  sheet?.getRow(1).eachCell((cell, column) => {
    headers[column] = String(cell.value);
  });
  const rows: Record<string, string>[] = [];
  sheet?.eachRow((row, index) => {
    if (index === 1) return;
    const values: Record<string, string> = {};
    row.eachCell((cell, column) => {
      values[headers[column] ?? ''] = cell.text;
    });
    rows.push(values);
  });
  return { bytes, rows };
}

/**
 * QA: the seed plan drafted again gave GD3-01 ("Sơ kết công tác chuyển hóa…", with a 20 % report) to
 * another duty that only shares the plan's topic phrase ("Đồng thời, xem xét, đưa công tác chuyển hóa
 * địa bàn là một trong những tiêu chí…"): the report sat on the wrong task after activation.
 */
describe('a plan drafted again never gives a task’s code to a duty that only looks like it', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('BCD_TP', CAP5_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD3-01 20 đã chuẩn bị nội dung sơ kết');
  });

  it('the clause stored with GD3-01 picks its duty (not the one sharing the topic words): nothing is archived', async () => {
    const { bytes, rows } = await draftedRows(h);
    const byTitle = (start: string) => rows.find((row) => row['Nhiệm vụ']?.startsWith(start));
    expect(byTitle('Đồng thời, xem xét, đưa công tác chuyển hóa địa bàn')?.['Mã']).not.toBe('GD3-01');
    // its clause is still in the document: the task stays as the committee wrote it
    expect(byTitle('Sơ kết công tác chuyển hóa; đánh giá Phường 5')?.['Mã']).toBe('GD3-01');
    expect(rows.map((row) => row['Mã'])).toEqual(expect.arrayContaining(['GD1-01', 'GD2-01', 'GD2-02', 'GD3-01', 'GD3-02', 'GD3-03', 'P5-01', 'P5-02']));

    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes });
    expect(marksToPlainText(preview?.html ?? '')).not.toContain('sẽ được lưu trữ');
  });
});
