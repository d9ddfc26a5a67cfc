import { foldVietnamese } from '../text/fold.ts';
import { isAssignmentHeader } from './pipe-table.ts';

/**
 * A Word table pasted as text can lose its tabs and give one cell per line: the header labels ("STT",
 * "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện") on consecutive lines,
 * then every cell of every row on a line of its own, an empty cell as a blank line, a long cell wrapped
 * onto two lines. Such a table is rewritten as a pipe table (read by pipe-table.ts): the cells after the
 * header are regrouped into rows by the kind of text each column holds (a row number, a duty, a unit, a
 * time), so wrapped cells and rows without a number still land in their columns.
 */
export function cellLinesToPipes(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) {
      out.push(lines[i]!);
      continue;
    }
    const end = tableEnd(lines, header.end);
    out.push(`| ${header.cells.join(' | ')} |`);
    for (const row of regroupRows(lines.slice(header.end, end), header.kinds)) out.push(`| ${row.join(' | ')} |`);
    i = end - 1;
  }
  return out;
}

type ColumnKind = 'number' | 'content' | 'unit' | 'time' | 'other';
type LineKind = 'number' | 'text' | 'unit' | 'time' | 'continuation' | 'blank';

const NUMBER_LABEL = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?$/u;
const NUMBER_HEADER = /^(?:tt|stt|so tt|so thu tu)$/;

/** 3 to 8 short lines in a row whose labels form an assignment header (a content and a lead column at least) */
function headerAt(lines: readonly string[], at: number): { cells: string[]; kinds: ColumnKind[]; end: number } | undefined {
  const first = lines[at]?.trim() ?? '';
  if (first === '' || first.length > 40 || first.includes('|') || first.includes('\t')) return undefined;
  const cells: string[] = [];
  for (let i = at; i < lines.length && cells.length < 8; i++) {
    const cell = lines[i]!.trim();
    // a label is a few words, never a numbered heading ("II. NỘI DUNG VÀ PHÂN CÔNG") or a sentence
    if (cell === '' || cell.length > 40 || /[.;:]$/.test(cell) || /^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s/u.test(cell)) break;
    cells.push(cell);
    const kinds = cells.map(columnKind);
    // the header ends at its last label: the next line is a row's number or group label, or no label at all
    const next = lines[i + 1]?.trim() ?? '';
    if (cells.length >= 3 && isAssignmentHeader(cells) && kinds.includes('time') && !isLabelLine(next)) {
      return { cells, kinds, end: i + 1 };
    }
  }
  return undefined;
}

function isLabelLine(line: string): boolean {
  const f = foldVietnamese(line);
  return /^(?:(?:co quan|don vi) (?:chu tri|phoi hop|thuc hien)|phoi hop|thoi (?:gian|han)|ghi chu|san pham|ket qua|kinh phi)\b/.test(f) && line.length <= 40;
}

function columnKind(label: string): ColumnKind {
  const f = foldVietnamese(label);
  if (NUMBER_HEADER.test(f)) return 'number';
  if (/thoi gian|thoi han|tien do|hoan thanh/.test(f)) return 'time';
  if (/chu tri|phoi hop|thuc hien|phu trach/.test(f)) return 'unit';
  if (/noi dung|nhiem vu|cong viec|hoat dong/.test(f)) return 'content';
  return 'other';
}

const UNIT_START =
  /^(?:cac |uy ban|ubnd|so |phong |ban |cuc |chi cuc |tong cuc |trung tam |cong an |doi |van phong|hoi |doan |tram |khoa |bao hiem|bhxh|dai |bao |vien |toa an|truong |cong ty|tap doan|ngan hang|kho bac|thanh tra|bo |mat tran|lien doan|quan doi|bo chi huy|bch |thue |hai quan|doanh nghiep|hop tac xa|to |xi nghiep)/;
const TIME_START =
  /^(?:truoc|tu |den |trong|thang|quy |nam |thuong xuyen|hang |hằng|dinh ky|cao diem|cham nhat|ngay|sau |giai doan|dot |moi |lien tuc|theo |khi |ket thuc|bat dau|dau |cuoi |giua )/;

function lineKind(line: string): LineKind {
  const text = line.trim();
  if (text === '') return 'blank';
  if (NUMBER_LABEL.test(text)) return 'number';
  if (/^\p{Ll}/u.test(text)) return 'continuation';
  const f = foldVietnamese(text);
  if (/^\d{1,2}\/\d{1,2}/.test(f) || (TIME_START.test(f) && (text.length <= 60 || /\d/.test(text)))) return 'time';
  if (UNIT_START.test(f)) return 'unit';
  return 'text';
}

/** how badly a line fits a column, first in its cell or wrapped under the line before */
function lineCost(kind: LineKind, column: ColumnKind, first: boolean): number {
  if (kind === 'number') return column === 'number' && first ? 0 : 8;
  if (column === 'number') return 8;
  const wrap = first ? 0 : 0.4;
  if (kind === 'continuation') return first ? 3 : 0.1;
  if (column === 'content' || column === 'other') return wrap + (kind === 'text' ? 0 : 1);
  if (column === 'unit') return wrap + (kind === 'unit' ? 0 : kind === 'text' ? 1.5 : 2);
  return wrap + (kind === 'time' ? 0 : 1.5);
}

const EMPTY_CELL = 2.5;
const MAX_CELL_LINES = 6;

/**
 * The body's lines as rows of the header's width. A group row ("I" over "NGUỒN HÀNG, …" in capitals) is a row of
 * its own; the lines between group rows are split into cells by the cheapest fit of lines to columns, read
 * cyclically so a row may lack its number and a cell may wrap.
 */
function regroupRows(body: readonly string[], kinds: readonly ColumnKind[]): string[][] {
  const rows: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    rows.push(...fitRows(trimBlanks(run), kinds));
    run = [];
  };
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!.trim();
    const next = body[i + 1]?.trim() ?? '';
    const groupLabel = /^(?:[IVX]{1,4}|[A-HK-UWYĐ])\.?$/u.test(line) && isCapitalTitle(next);
    if (groupLabel || (isCapitalTitle(line) && (run.length === 0 || (body[i - 1]?.trim() ?? '') !== ''))) {
      flush();
      const title = groupLabel ? next : line;
      rows.push(kinds.map((kind, c) => (kind === 'number' && groupLabel ? line : kind === 'content' || (c === 0 && !kinds.includes('number')) ? title : '')));
      if (groupLabel) i++;
      continue;
    }
    run.push(line);
  }
  flush();
  return rows;
}

function isCapitalTitle(line: string): boolean {
  return /\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(line) && line === line.toLocaleUpperCase('vi') && !/\d{1,2}\/\d{1,2}/.test(line);
}

function trimBlanks(lines: readonly string[]): string[] {
  let from = 0;
  let to = lines.length;
  while (from < to && lines[from] === '') from++;
  while (to > from && lines[to - 1] === '') to--;
  return lines.slice(from, to);
}

function fitRows(lines: readonly string[], kinds: readonly ColumnKind[]): string[][] {
  if (lines.length === 0) return [];
  const width = kinds.length;
  const lineKinds = lines.map(lineKind);
  const n = lines.length;
  // best[i][c]: cheapest cost of placing lines[0..i) with column c next to fill
  const best = Array.from({ length: n + 1 }, () => new Array<number>(width).fill(Number.POSITIVE_INFINITY));
  const step = Array.from({ length: n + 1 }, () => new Array<number>(width).fill(-1));
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    // twice round the columns: an empty last cell may hand the same line on to the next row's first column
    for (let turn = 0; turn < 2 * width; turn++) {
      const c = turn % width;
      const here = best[i]![c]!;
      if (!Number.isFinite(here)) continue;
      const nextColumn = (c + 1) % width;
      const relax = (to: number, cost: number) => {
        if (here + cost < best[to]![nextColumn]!) {
          best[to]![nextColumn] = here + cost;
          step[to]![nextColumn] = i;
        }
      };
      // an empty cell: nothing there, or the blank line the paste left for it
      const emptyCost = kinds[c] === 'number' ? 1 : EMPTY_CELL;
      if (i < n && lineKinds[i] === 'blank') relax(i + 1, 0);
      else if (i < n || nextColumn !== 0 || c !== 0) relax(i, i === n ? 0.5 : emptyCost);
      let cost = 0;
      for (let k = 0; k < MAX_CELL_LINES && i + k < n && lineKinds[i + k] !== 'blank'; k++) {
        cost += lineCost(lineKinds[i + k]!, kinds[c]!, k === 0);
        relax(i + k + 1, cost);
      }
    }
  }
  // walk back from the end of a whole row
  const cells: string[] = [];
  let i = n;
  let c = 0;
  while (i > 0 || c !== 0) {
    const previousColumn = (c - 1 + width) % width;
    const from = step[i]![c]!;
    if (from < 0) break;
    cells.unshift(
      lines
        .slice(from, i)
        .filter((l) => l !== '')
        .join(' '),
    );
    i = from;
    c = previousColumn;
  }
  const rows: string[][] = [];
  for (let r = 0; r < cells.length; r += width) rows.push(cells.slice(r, r + width));
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/** the table ends at two blank lines in a row, a document heading or the signature block */
function tableEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' && (lines[i + 1]?.trim() ?? '') === '') return i;
    if (/^(?:[IVX]{1,4}|\d{1,2})\.\s+\p{Lu}.{10,}/u.test(line) || /^(?:Nơi nhận|KT\.|TM\.|PHỤ LỤC)/u.test(line)) return i;
  }
  return lines.length;
}
