import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const SEED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt');
/** Paragraph III.2 holds two duties: the 6-month report (NV14) and the yearly one, "báo cáo năm …" (NV15). */
const WARD_TEXT = readFileSync('test/fixtures/plan-texts/18-KH-BCD-2023-ma-tuy-phuong-5.txt');

async function workbookOf(bytes: Uint8Array | undefined): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
  return workbook;
}

/** Sends a workbook back and presses Kích hoạt; returns the preview's text. */
async function activate(h: CommandHarness, workbook: ExcelJS.Workbook): Promise<string> {
  const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
  const button = preview?.buttons?.[0]?.[0];
  if (!button || !('data' in button) || !button.data) throw new Error(`no Kích hoạt in ${preview?.html}`);
  await h.press(STEERING_CHAT, SECRETARY, button.data);
  return marksToPlainText(preview?.html ?? '');
}

/** A date cell (Excel keeps the day at UTC midnight) as dd/MM/yyyy. */
const dayText = (date: Date) => `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;

/** The Tasks sheet row whose code is `code`, as cell texts by header. */
function row(workbook: ExcelJS.Workbook, code: string): Record<string, string> {
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  const headers: string[] = [];
  sheet?.getRow(1).eachCell((cell, column) => {
    headers[column] = String(cell.value);
  });
  let found: Record<string, string> = {};
  sheet?.eachRow((r) => {
    if (r.getCell(1).text !== code) return;
    found = {};
    r.eachCell((cell, column) => {
      found[headers[column] ?? ''] = cell.value instanceof Date ? dayText(cell.value) : cell.text;
    });
  });
  return found;
}

function setCell(workbook: ExcelJS.Workbook, code: string, header: string, value: string): void {
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  let column = 0;
  sheet?.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) column = index;
  });
  sheet?.eachRow((r) => {
    if (r.getCell(1).text === code) r.getCell(column).value = value;
  });
}

/**
 * QA: sending the plan's document again, unchanged, proposed changes to tasks the committee had
 * reviewed (their titles, the deadlines it set) and could archive one. A duty whose clause the
 * document still has is now the task as the committee keeps it: the re-import changes nothing.
 */
describe('the same plan document sent again changes nothing the committee reviewed', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('BCD_TP');
  });

  it('after importing the drafted plan with a title and a deadline edited in Excel, the document again keeps both and changes no task', async () => {
    const [first] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
    const drafted = await workbookOf(first?.attachments?.[0]?.bytes);
    setCell(drafted, 'GD3-03', 'Nhiệm vụ', 'Rà soát, đề xuất địa bàn chuyển hóa năm 2024 (Ban Chỉ đạo sửa)');
    setCell(drafted, 'GD3-03', 'Hạn', '20/12/2023');
    await activate(h, drafted);
    const stored = await h.stores.tasks.findTaskByCode('GD3-03');
    expect(stored?.title).toBe('Rà soát, đề xuất địa bàn chuyển hóa năm 2024 (Ban Chỉ đạo sửa)');

    const [again] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
    expect(marksToPlainText(again?.html ?? '')).toMatch(/\d+ nhiệm vụ có đoạn văn bản không đổi được giữ nguyên/);
    const redrafted = await workbookOf(again?.attachments?.[0]?.bytes);
    expect(row(redrafted, 'GD3-03')).toMatchObject({ 'Nhiệm vụ': 'Rà soát, đề xuất địa bàn chuyển hóa năm 2024 (Ban Chỉ đạo sửa)', Hạn: '20/12/2023' });

    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, {
      fileName: 'kh-lan-2.xlsx',
      bytes: new Uint8Array(await redrafted.xlsx.writeBuffer()),
    });
    const text = marksToPlainText(preview?.html ?? '');
    expect(text).not.toMatch(/Mới \(|Thay đổi \(|lưu trữ/);
    expect(text).toMatch(/Giữ nguyên: 9/);
  });

  it('a drafted plan keeps the committee’s criteria (and their measurements) and unit groups, so Kích hoạt archives none', async () => {
    const before = (await h.stores.criteria.listCriteria()).map((c) => c.code).sort();
    expect(before.length).toBeGreaterThan(1);
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
    expect(marksToPlainText(summary?.html ?? '')).toContain(`📏 Bảng giữ ${before.length} tiêu chí của kế hoạch đang theo dõi`);
    const preview = await activate(h, await workbookOf(summary?.attachments?.[0]?.bytes));
    expect(preview).not.toContain('lưu trữ');
    expect((await h.stores.criteria.listCriteria()).map((c) => c.code).sort()).toEqual(before);
    const [giao] = await h.send(STEERING_CHAT, SECRETARY, '/giao GD2-02 CAP5 CTXH_P5 | phân công lại');
    expect(giao?.html).not.toContain('Không xác định được đơn vị');
  });

  it('a duty split from a paragraph, its lead set by the secretariat, is kept like its sibling and not counted for review', async () => {
    const [first] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-18.txt', bytes: WARD_TEXT });
    const drafted = await workbookOf(first?.attachments?.[0]?.bytes);
    expect(row(drafted, 'NV15')['Trích dẫn văn bản']).toMatch(/^báo cáo năm trước ngày 10\/12\/2023/);
    // every drafted placeholder lead (NHOM_DON_VI, "các đơn vị") must be replaced by one unit before import
    for (const code of ['NV14', 'NV15', 'NV17']) setCell(drafted, code, 'Chủ trì', 'CAP5');
    await activate(h, drafted);

    const [again] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-18.txt', bytes: WARD_TEXT });
    const summary = marksToPlainText(again?.html ?? '');
    const redrafted = await workbookOf(again?.attachments?.[0]?.bytes);
    expect(row(redrafted, 'NV15')).toMatchObject({ 'Nhiệm vụ': 'Báo cáo năm', 'Chủ trì': 'CAP5' });
    expect(row(redrafted, 'NV15')['Cần kiểm tra'] ?? '').toBe('');
    const highlighted = ['NV01', 'NV02', 'NV03', 'NV04', 'NV05', 'NV06', 'NV07', 'NV08', 'NV09', 'NV10', 'NV11', 'NV12', 'NV13', 'NV14', 'NV15', 'NV16', 'NV17']
      .map((code) => row(redrafted, code))
      .filter((cells) => (cells['Cần kiểm tra'] ?? '') !== '').length;
    expect(summary).toContain(`trong đó ${highlighted} cần kiểm tra`);
    expect(summary).toMatch(/17 nhiệm vụ có đoạn văn bản không đổi được giữ nguyên/);

    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, {
      fileName: 'kh-18-lan-2.xlsx',
      bytes: new Uint8Array(await redrafted.xlsx.writeBuffer()),
    });
    const text = marksToPlainText(preview?.html ?? '');
    expect(text).not.toMatch(/Mới \(|Thay đổi \(|lưu trữ/);
    expect(text).toMatch(/Giữ nguyên: 17/);
  });
});
