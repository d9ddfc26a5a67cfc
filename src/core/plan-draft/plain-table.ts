import { foldVietnamese } from '../text/fold.ts';
import { assignmentColumns, isAssignmentHeader } from './pipe-table.ts';

/**
 * A table pasted as plain text has no pipes: Word's "Danh mục nhiệm vụ" copied out of a document gives
 * one TAB between cells ("STT⇥Nội dung nhiệm vụ⇥Cơ quan chủ trì⇥…"), a table typed or exported as
 * fixed-width text lines its columns up with runs of spaces. Before spaces are collapsed, such a table
 * is rewritten as a pipe table so the assignment-table reader (pipe-table.ts) reads it like any other.
 * A table starts at a header whose cells name at least a content and a lead column (in any order, with
 * the usual synonyms); it ends at a blank line or a line that is no row.
 */
export function plainTablesToPipes(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = readTableAt(lines, i);
    if (!table) {
      out.push(lines[i]!);
      continue;
    }
    for (const row of table.rows) out.push(`| ${row.join(' | ')} |`);
    i = table.end - 1;
  }
  return out;
}

interface Table {
  rows: string[][];
  /** index of the first line after the table */
  end: number;
}

function readTableAt(lines: readonly string[], at: number): Table | undefined {
  const line = lines[at]!;
  if (line.includes('|')) return readOpenPipeRows(lines, at);
  if (!line.includes('\t') && (line.match(/—/g) ?? []).length >= 2) {
    // a table flattened into lines whose cells are separated by em dashes ("STT — Nội dung — Đơn vị — Thời gian")
    const header = splitTabs(dashesToTabs(line));
    if (!isAssignmentHeader(header)) return undefined;
    const region = emDashRegion(lines, at + 1);
    // no number column: the rows carry their number in the content cell ("1. Lập danh sách … — Trạm Y tế … — …")
    const numbered = !NUMBER_HEADER.test(foldVietnamese(header[0] ?? '')) && region.rows.some((l) => ROW_NUMBER.test(l));
    const tabbed = region.rows.map((l) => {
      const row = dashesToTabs(l);
      if (!numbered) return row;
      const m = ROW_NUMBER.exec(row);
      return m ? `${m[1]}\t${m[2]}` : `\t${row}`;
    });
    const table = readTabRows(['', ...tabbed], 1, numbered ? ['STT', ...header] : header);
    return { rows: table.rows, end: region.end };
  }
  if (line.includes('\t')) {
    const header = splitTabs(line);
    if (isAssignmentHeader(header)) return readTabRows(lines, at + 1, header);
    const figures = figureRowsEnd(lines, at, header);
    if (figures !== undefined) return { rows: [], end: figures };
    // a header whose labels wrap onto a second line ("Đơn vị⇥Đơn vị" over "chủ trì⇥phối hợp")
    const next = lines[at + 1];
    if (next === undefined || !next.includes('\t') || ROW_START.test(next)) return undefined;
    const merged = mergeCells(header, splitTabs(next));
    return isAssignmentHeader(merged) ? readTabRows(lines, at + 2, merged) : undefined;
  }
  const header = spacedCells(line);
  if (header.length < 3 || !isAssignmentHeader(header.map((c) => c.text))) return undefined;
  return readSpacedRows(lines, at, header);
}

/**
 * A pipe table typed without the outer pipes ("STT | Công việc | Đơn vị thực hiện | … | Dự toán"): the header and
 * its rows are given them, so the pipe-table reader sees one table (a row that has them, "| TỔNG CỘNG | …", stays).
 */
function readOpenPipeRows(lines: readonly string[], at: number): Table | undefined {
  const line = lines[at]!.trim();
  if (line.startsWith('|') || (line.match(/\|/g) ?? []).length < 2) return undefined;
  if (!isAssignmentHeader(line.split('|').map((c) => c.trim()))) return undefined;
  const rows: string[][] = [];
  let end = at;
  for (; end < lines.length && lines[end]!.includes('|'); end++) {
    rows.push(
      lines[end]!.trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return { rows, end };
}

const NUMBER_HEADER = /^(?:tt|stt|so tt|so thu tu)$/;
/** "1. Lập …", "A. Công tác chuẩn bị", "II. …": a row's or a group's number written inside the first cell */
const ROW_NUMBER = /^((?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,4}|[A-HK-UWYĐ]))[.)]\s+(\S.*)$/u;
/** a group row of a flattened table standing on its own line, without dashes ("A. Công tác chuẩn bị") */
const GROUP_LINE = /^(?:[IVX]{1,4}|[A-HK-UWYĐ])[.)]\s+\S.{0,80}$/u;

/**
 * The lines of an em-dash table after its header: rows with dashes, and between them blank lines (dropped) and group
 * rows written without dashes, as long as a row with dashes follows within a few lines.
 */
function emDashRegion(lines: readonly string[], from: number): { rows: string[]; end: number } {
  const isRow = (l: string | undefined) => l !== undefined && (l.match(/—/g) ?? []).length >= 1 && !l.includes('\t');
  const rows: string[] = [];
  let end = from;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (isRow(l)) {
      rows.push(l);
      end = i + 1;
      continue;
    }
    const rowFollows = lines.slice(i + 1, i + 4).some((n) => isRow(n) && ROW_NUMBER.test(n.trim()));
    if ((l === '' || (GROUP_LINE.test(l) && !l.includes('—'))) && rowFollows) {
      if (l !== '') rows.push(l);
      continue;
    }
    break;
  }
  return { rows, end };
}

function dashesToTabs(line: string): string {
  return line
    .trim()
    .split(/\s*—\s*/u)
    .join('\t');
}

/** cells in their columns: a leading TAB is an empty first cell, not noise */
/** "2.140", "19", "95,5%": a cell that holds only a figure */
const FIGURE = /^\d{1,3}(?:[.,]\d{1,3})*\s*%?$/;

/**
 * "Phường/xã⇥Số trẻ dự kiến⇥Số điểm tiêm" over "Phường Bình An⇥2.140⇥3", "Tổng cộng⇥21.480⇥33": a table of figures pasted with
 * TABs, short labels over rows that are mostly figures after their first cell, holds no duty; its lines are left out (each was
 * drafted as a task of the unit heading above it). Returns the index after its last row, or undefined when it is no such table.
 */
function figureRowsEnd(lines: readonly string[], at: number, header: readonly string[]): number | undefined {
  if (header.length < 2 || header.some((c) => c.length > 40 || c.endsWith(':')) || NUMBER_HEADER.test(foldVietnamese(header[0]!).toLowerCase()))
    return undefined;
  let end = at + 1;
  for (; end < lines.length; end++) {
    const cells = splitTabs(lines[end]!);
    if (cells.length !== header.length || cells.some((c) => c.length > 60)) break;
    const figures = cells.slice(1).filter((c) => FIGURE.test(c)).length;
    if (FIGURE.test(cells[0]!) || figures * 2 < cells.length - 1 || figures === 0) break;
  }
  return end - at >= 3 ? end : undefined;
}

function splitTabs(line: string): string[] {
  return line
    .replace(/[\s]+$/, '')
    .split(/\t/)
    .map((c) => c.trim());
}

function mergeCells(above: readonly string[], below: readonly string[]): string[] {
  const out = [...above];
  below.forEach((cell, c) => {
    if (cell !== '') out[c] = `${out[c] ?? ''} ${cell}`.trim();
  });
  return out;
}

/** a row's number: "1", "1.", "3.1", a group's "I", "II.", "A.", or a letter "a)" */
const ROW_START = /^\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ]|[A-ZĐ])[.)]?\t/u;

/**
 * Rows separated by TABs from line `from` on. A cell with a line break inside (Word pastes its
 * paragraphs on new lines) continues on the next line, so a row is complete when it has the header's
 * number of cells or the next line starts a numbered row. A line that starts with a TAB under a
 * row, with no new duty in it (no content starting in capitals beside a lead), is that row's
 * cells wrapped: each piece joins the cell of its column ("Sở Lao động - Thương" over "binh và Xã hội").
 */
function readTabRows(lines: readonly string[], from: number, header: readonly string[]): Table {
  const width = header.length;
  const columns = assignmentColumns(header);
  const rows: string[][] = [[...header]];
  let open: string[] | undefined;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const hasTab = line.includes('\t');
    // a table with no number column: a row whose first cell Word broke onto two lines starts with a line
    // without TABs, and the next line holds the rest of that cell and the other cells
    const next = lines[i + 1];
    // (a row above that lacks only its last cells had them empty, not broken: it does not take this line)
    const wrappedFirstCell = !hasTab && (!open || open.length >= width - 1) && next?.includes('\t') && splitTabs(next).length >= width && !ROW_START.test(next);
    if (!hasTab && !open && !wrappedFirstCell) break;
    if (wrappedFirstCell) {
      open = [line.trim()];
      rows.push(open);
      continue;
    }
    const cells = hasTab ? splitTabs(line) : [line.trim()];
    const previous = rows.length > 1 ? rows[rows.length - 1]! : undefined;
    const newDuty = columns !== undefined && /^\p{Lu}/u.test(cells[columns.content] ?? '') && (cells[columns.lead] ?? '') !== '';
    if (previous && hasTab && cells[0] === '' && !newDuty) {
      rows[rows.length - 1] = mergeCells(previous, cells);
      open = undefined;
      continue;
    }
    if (open && !ROW_START.test(line)) {
      open[open.length - 1] = `${open[open.length - 1]} ${cells[0]}`.trim();
      open.push(...cells.slice(1));
    } else {
      open = cells;
      rows.push(open);
    }
    if (open.length >= width) open = undefined;
  }
  return { rows, end: i };
}

interface Cell {
  start: number;
  text: string;
}

/** cells of a line split at runs of two or more spaces, with the column each starts at */
function spacedCells(line: string): Cell[] {
  const cells: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ start: m.index, text: m[0] });
  return cells;
}

/**
 * Rows aligned under the header: each piece goes to the column whose header starts at or just before
 * it, so an empty cell leaves its column empty; a line with nothing under the first column continues
 * the row above it (a cell wrapped onto the next line). Text copied from a PDF or Word adds more: header
 * labels wrapped onto indented lines ("Thời gian hoàn" over "thành"), group rows standing alone at the
 * margin ("I. TUYÊN TRUYỀN …", "KIỂM TRA, BÁO CÁO") and, at each page break, a footer line and the header
 * again; the labels join the header, a group row becomes a row of its own, the footer and the repeated
 * header are dropped.
 */
function readSpacedRows(lines: readonly string[], at: number, header: readonly Cell[]): Table {
  const starts = header.map((c) => c.start);
  const columnOf = (start: number) => {
    let column = 0;
    for (let c = 0; c < starts.length; c++) if (starts[c]! <= start + 1) column = c;
    return column;
  };
  const labels = header.map((c) => c.text);
  const headerText = labels.join(' ');
  const isHeaderAgain = (l: string | undefined) =>
    l !== undefined &&
    spacedCells(l)
      .map((c) => c.text)
      .join(' ') === headerText;
  const content = assignmentColumns(labels)?.content ?? 0;
  const rows: string[][] = [[...labels]];
  let wrapLines = 0;
  let i = at + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const pageBreak = pageBreakLength(lines, i, isHeaderAgain);
    if (pageBreak > 0) {
      // the footer, blank lines and the repeated header with as many wrapped label lines as the first one
      i += pageBreak + wrapLines - 1;
      continue;
    }
    if (line.trim() === '' || line.includes('|')) break;
    const cells = spacedCells(line);
    const group = cells.length === 1 && cells[0]!.start === 0 ? groupRow(cells[0]!.text, header.length, content) : undefined;
    if (group) {
      rows.push(group);
      continue;
    }
    if (cells.length < 2 && !/^ {2,}/.test(line)) break;
    const row = header.map(() => '');
    for (const cell of cells) {
      const column = columnOf(cell.start);
      row[column] = `${row[column]} ${cell.text}`.trim();
    }
    const previous = rows[rows.length - 1]!;
    const labelWrap = rows.length === 1 && row[0] === '' && !/\d/.test(line);
    if (labelWrap) wrapLines++;
    if (row[0] === '' && (rows.length > 1 || labelWrap)) {
      for (let c = 0; c < row.length; c++) previous[c] = `${previous[c]} ${row[c]}`.trim();
    } else rows.push(row);
  }
  return { rows, end: i };
}

/**
 * Lines of a page break at `at`: the header repeated, or up to two lines (a footer such as "Kế hoạch số
 * 118/KH-UBND … 1", blank lines) followed by the header repeated; 0 when none. The count stops before the header.
 */
function pageBreakLength(lines: readonly string[], at: number, isHeaderAgain: (l: string | undefined) => boolean): number {
  for (let n = 0; n <= 3 && at + n < lines.length; n++) {
    if (isHeaderAgain(lines[at + n])) return n + 1;
    const l = lines[at + n]!.trim();
    // a numbered row is never a footer
    if (l !== '' && (n >= 2 || /^\d{1,3}\.?\s{2,}/.test(l) || ROW_NUMBER.test(l))) return 0;
  }
  return 0;
}

/**
 * A group row alone at the margin: a Roman numeral or capital letter with its title ("II. HOÀN THIỆN CƠ CHẾ,
 * CHÍNH SÁCH"), or a title in capitals alone; the numeral goes to the first column, the title to the content one.
 */
function groupRow(text: string, width: number, content: number): string[] | undefined {
  const m = /^((?:[IVX]{1,4}|[A-HK-UWYĐ])[.)])\s*(\S.*)$/u.exec(text);
  const title = m ? m[2]! : text;
  if (title !== title.toLocaleUpperCase('vi') || !/\p{Lu}{2}/u.test(title) || title.length > 160) return undefined;
  const row: string[] = Array.from({ length: width }, () => '');
  if (content === 0) row[0] = text;
  else {
    row[0] = m ? m[1]!.replace(/[.)]$/, '') : '';
    row[content] = title;
  }
  return row;
}
