import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { readPlanSource } from '../../src/plan-import/draft/read-plan-source.ts';
import { baselineOf, buildPdf, type PdfLine, type PdfRule, type PdfRules } from '../plan/support/build-pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-pdf-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readPdf = (name: string, pages: readonly (readonly PdfLine[])[], rules?: PdfRules) => {
  const path = join(dir, name);
  writeFileSync(path, buildPdf(pages, rules));
  return readPlanSource(path);
};

/** A cell: its printed lines, or a continuation of the merged cell above (no border between), with what it prints. */
type CellSpec = string | readonly string[] | { up: true; text?: string };
const linesOfCell = (cell: CellSpec): readonly string[] => (typeof cell === 'string' ? [cell] : 'up' in cell ? (cell.text ? [cell.text] : []) : cell);

/**
 * Lays a ruled table out as a word processor prints it: each cell's lines from its column's left edge, rows as tall as
 * their tallest cell, a border above every cell but those merged with the cell above, and borders between columns.
 */
function layTable(edges: readonly number[], rows: readonly (readonly CellSpec[])[], firstLine: number) {
  const lines: [number, string][][] = [];
  const rules: PdfRule[] = [];
  let line = firstLine;
  const top = (i: number) => baselineOf(i) + 11;
  for (const row of rows) {
    const height = Math.max(1, ...row.map((c) => linesOfCell(c).length));
    row.forEach((cell, j) => {
      linesOfCell(cell).forEach((text, k) => {
        while (lines.length <= line - firstLine + k) lines.push([]);
        lines[line - firstLine + k]!.push([edges[j]! + 3, text]);
      });
      if (!(typeof cell === 'object' && 'up' in cell)) rules.push([edges[j]!, top(line), edges[j + 1]!, top(line)]);
    });
    for (const x of edges) rules.push([x, top(line + height), x, top(line)]);
    line += height;
  }
  rules.push([edges[0]!, top(line), edges[edges.length - 1]!, top(line)]);
  while (lines.length < line - firstLine) lines.push([]);
  return { lines: lines as PdfLine[], rules, next: line };
}

const EDGES = [40, 62, 262, 372, 472, 560];
const HEADER: CellSpec[] = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', ['Thời gian', 'hoàn thành']];
const HEAD: PdfLine[] = [
  'ỦY BAN NHÂN DÂN TỈNH HÒA LỘC',
  'Số: 41/KH-UBND',
  'Hòa Lộc, ngày 05 tháng 02 năm 2027',
  'KẾ HOẠCH',
  'Bảo vệ nguồn nước sinh hoạt năm 2027',
  'Phụ lục: PHÂN CÔNG NHIỆM VỤ',
];
const ROWS: CellSpec[][] = [
  [
    '1',
    ['Rà soát các công trình cấp nước', 'nông thôn, lập danh mục công trình', 'xuống cấp cần sửa chữa'],
    ['Sở Nông nghiệp', 'và Môi trường'],
    'Sở Tài chính',
    'Tháng 4/2027',
  ],
  ['2', ['Kiểm tra chất lượng nước tại các', 'trạm cấp nước tập trung'], 'Sở Y tế', ['UBND các xã,', 'phường'], ['Trước ngày', '30/6/2027']],
  ['3', ['Tuyên truyền người dân sử dụng', 'nước tiết kiệm'], ['Báo và Phát thanh,', 'Truyền hình tỉnh'], 'Sở Y tế', 'Quý III/2027'],
];
const PIPE_ROWS = [
  '| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
  '|---|---|---|---|---|',
  '| 1 | Rà soát các công trình cấp nước nông thôn, lập danh mục công trình xuống cấp cần sửa chữa | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 4/2027 |',
  '| 2 | Kiểm tra chất lượng nước tại các trạm cấp nước tập trung | Sở Y tế | UBND các xã, phường | Trước ngày 30/6/2027 |',
  '| 3 | Tuyên truyền người dân sử dụng nước tiết kiệm | Báo và Phát thanh, Truyền hình tỉnh | Sở Y tế | Quý III/2027 |',
];
const END = 'Trên đây là Kế hoạch bảo vệ nguồn nước sinh hoạt năm 2027 của UBND tỉnh.';

function appendix(rows: readonly (readonly CellSpec[])[] = ROWS) {
  const table = layTable(EDGES, [HEADER, ...rows], HEAD.length);
  return { page: [...HEAD, ...table.lines, END], rules: table.rules };
}

const tasksOf = (text: string) => draftPlan(text).tasks.map((t) => [t.title, t.lead, t.deadline?.due]);

describe('ruled tables in PDF plans', () => {
  it('reads a bordered appendix as pipe rows, one per table row, so its duties get their leads and deadlines', async () => {
    const { page, rules } = appendix();
    const text = await readPdf('appendix.pdf', [page], { rules: [rules] });
    expect(text.split('\n')).toEqual([...HEAD.map(String), ...PIPE_ROWS, END]);
    const tasks = tasksOf(text);
    expect(tasks).toEqual(tasksOf([...HEAD, ...PIPE_ROWS, END].join('\n')));
    expect(tasks.map(([, lead, deadline]) => [lead, deadline])).toEqual([
      [expect.stringMatching(/^SO_NN/), '2027-04-30'],
      ['SO_YT', '2027-06-29'],
      [expect.stringMatching(/^BAO_PTTH/), '2027-09-30'],
    ]);
  });

  it('reads borders drawn as thin filled rectangles under a scaling transform the same way', async () => {
    const { page, rules } = appendix();
    const text = await readPdf('rectangles.pdf', [page], { rules: [rules], style: 'rectangles', scale: 0.75 });
    expect(text.split('\n')).toEqual([...HEAD.map(String), ...PIPE_ROWS, END]);
  });

  it('repeats a lead cell merged down over several rows, printed in the middle of the merge, in each of its rows', async () => {
    const rows: CellSpec[][] = [
      ['1', 'Lập kế hoạch kiểm tra nguồn nước', '', 'Sở Tài chính', 'Tháng 3/2027'],
      ['2', 'Kiểm tra các trạm cấp nước', { up: true, text: 'Sở Y tế' }, 'UBND các xã, phường', 'Tháng 5/2027'],
      ['3', 'Tổng hợp kết quả kiểm tra', { up: true }, 'Sở Tài chính', 'Tháng 7/2027'],
    ];
    const { page, rules } = appendix(rows);
    const text = await readPdf('merged.pdf', [page], { rules: [rules] });
    expect(text).toContain('| 1 | Lập kế hoạch kiểm tra nguồn nước | Sở Y tế | Sở Tài chính | Tháng 3/2027 |');
    expect(text).toContain('| 2 | Kiểm tra các trạm cấp nước | Sở Y tế | UBND các xã, phường | Tháng 5/2027 |');
    expect(text).toContain('| 3 | Tổng hợp kết quả kiểm tra | Sở Y tế | Sở Tài chính | Tháng 7/2027 |');
    expect(tasksOf(text).map(([, lead]) => lead)).toEqual(['SO_YT', 'SO_YT', 'SO_YT']);
  });

  it('joins a table that runs over a page break: one header, a cut row made whole, a merged cell carried over', async () => {
    const first = layTable(
      EDGES,
      [
        HEADER,
        ['1', 'Lập danh mục giếng khoan', 'Sở Y tế', 'Sở Tài chính', 'Tháng 3/2027'],
        ['2', ['Quan trắc chất lượng nước', 'ngầm tại các giếng'], ['Sở Nông nghiệp', 'và Môi trường'], 'Sở Y tế', 'Quý II/2027'],
      ],
      HEAD.length,
    );
    const second = layTable(
      EDGES,
      [HEADER, ['', 'trong danh mục', '', '', ''], ['3', 'Công bố kết quả quan trắc', { up: true }, 'Sở Y tế', 'Tháng 8/2027']],
      0,
    );
    // row 2 is cut by the break (its number on the first page), and its lead is merged down into row 3
    const text = await readPdf(
      'two-pages.pdf',
      [
        [...HEAD, ...first.lines],
        [...second.lines, END],
      ],
      { rules: [first.rules, second.rules] },
    );
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      PIPE_ROWS[0],
      PIPE_ROWS[1],
      '| 1 | Lập danh mục giếng khoan | Sở Y tế | Sở Tài chính | Tháng 3/2027 |',
      '| 2 | Quan trắc chất lượng nước ngầm tại các giếng trong danh mục | Sở Nông nghiệp và Môi trường | Sở Y tế | Quý II/2027 |',
      '| 3 | Công bố kết quả quan trắc | Sở Nông nghiệp và Môi trường | Sở Y tế | Tháng 8/2027 |',
    ]);
  });

  it('leaves a framed note and an underline as plain text: a table needs two rows and two columns of borders', async () => {
    const page: PdfLine[] = [...HEAD, 'Lưu ý: các đơn vị báo cáo trước ngày 20 hằng tháng.', END];
    const underline: PdfRule = [50, baselineOf(0) - 4, 200, baselineOf(0) - 4];
    const box: PdfRule[] = [
      [45, baselineOf(6) + 11, 400, baselineOf(6) + 11],
      [45, baselineOf(6) - 4, 400, baselineOf(6) - 4],
      [45, baselineOf(6) - 4, 45, baselineOf(6) + 11],
      [400, baselineOf(6) - 4, 400, baselineOf(6) + 11],
    ];
    const text = await readPdf('framed.pdf', [page], { rules: [[underline, ...box]] });
    expect(text.split('\n')).toEqual(page.map(String));
  });

  it('reads a LibreOffice-printed appendix (wrapped, centred and merged cells over a page break) as its .docx', async () => {
    const fixture = (name: string) => new URL(`../fixtures/plan-texts/${name}`, import.meta.url);
    const fromPdf = await readPlanSource(fixture('phu-luc-bang-libreoffice.pdf').pathname);
    const fromDocx = await readPlanSource(fixture('phu-luc-bang-libreoffice.docx').pathname);
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('|'));
    expect(rows(fromPdf).length).toBeGreaterThan(20);
    // one cell merged over two rows cut 1 + 1 by the page break cannot be told from an empty cell: that row alone differs
    const differing = rows(fromPdf).filter((row, i) => row !== rows(fromDocx)[i]);
    expect(differing.length).toBeLessThanOrEqual(1);
    expect(readFileSync(fixture('phu-luc-bang-libreoffice.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
