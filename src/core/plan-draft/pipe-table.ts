import { foldVietnamese } from '../text/fold.ts';
import { advisingColumn, carryPeriodDown, periodColumn } from './period-column.ts';
import { stageMatrixLines } from './stage-matrix.ts';
import { joinContinuationRows } from './table-continuation.ts';
import { timeCellWords } from './time-cell.ts';
import { mergeTwoRowHeader } from './two-row-header.ts';

/**
 * A table written with pipes ("| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |"), as Markdown exports and
 * .docx tables (read-plan-source) give them. An assignment table (the usual appendix: content, lead,
 * support, time) becomes numbered items each followed by its "Cơ quan chủ trì:", "Cơ quan phối hợp:",
 * "Thời gian hoàn thành:" lines, which the drafter reads like the same lines in running text. Any other
 * table (the heading block, the signature) becomes one line per cell.
 */
export function tableToLines(rows: readonly string[]): string[] {
  const kept = rows.filter((row) => !/^\|?[\s:|-]+\|?$/.test(row));
  const headerAt = kept.findIndex((row) => columnsOf(splitRow(row)) !== undefined);
  const cells = mergeTwoRowHeader(
    kept.map((row) => splitRow(row)),
    headerAt,
  );
  if (headerAt < 0)
    return stageMatrixLines(kept.map((row) => splitRow(row, true))) ?? phaseTableLines(cells) ?? cells.flatMap((row) => row.filter((c) => c !== ''));
  const columns = columnsOf(cells[headerAt]!)!;
  const out = cells.slice(0, headerAt).flatMap((row) => row.filter((c) => c !== ''));
  const body = cells.slice(headerAt + 1);
  const joined = columns.number === undefined ? body : joinContinuationRows(body, cells[headerAt]!.length, columns.number, columns.content);
  for (const row of withMergedCells(carryPeriodDown(joined, columns, cells[headerAt]!), columns)) out.push(...rowToLines(row, columns));
  return out;
}

/**
 * Cells merged in the source come out of a .docx or web export in two ways: across, a group row repeats its title in every cell
 * ("| A | QUY HOẠCH | QUY HOẠCH | QUY HOẠCH |"), which leaves it a title; down, a lead cell merged over several rows is written in
 * the first and left empty in the others, so a row with a time or support of its own but no lead keeps the lead above it.
 */
function withMergedCells(rows: readonly string[][], columns: Columns): string[][] {
  const out: string[][] = [];
  let lead = '';
  for (const raw of rows) {
    const content = raw[columns.content] ?? '';
    const row = raw.map((cell, i) => (i !== columns.content && i !== columns.number && content !== '' && cell === content ? '' : cell));
    const at = columns.lead;
    const own = (i: number | undefined) => i !== undefined && (row[i] ?? '') !== '';
    if (at !== undefined && content !== '') {
      if (own(at)) lead = row[at]!;
      else if (lead && (own(columns.time) || own(columns.support))) row[at] = lead;
      else lead = '';
    }
    out.push(row);
  }
  return out;
}

/** a header row naming at least a content column and a lead column, each cell a short label */
export function isAssignmentHeader(cells: readonly string[]): boolean {
  return cells.every((c) => c.length <= 60) && columnsOf(cells) !== undefined;
}

/** the content and lead columns of an assignment header, if it is one */
export function assignmentColumns(cells: readonly string[]): { content: number; lead: number } | undefined {
  const columns = columnsOf(cells);
  return columns?.lead === undefined ? undefined : { content: columns.content, lead: columns.lead };
}

interface Columns {
  number?: number;
  content: number;
  lead?: number;
  support?: number;
  time?: number;
  product?: number;
}

/** a cell's lines ("<br>") joined by spaces, or kept apart as lines when `lines` */
function splitRow(row: string, lines = false): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.replace(/<br\s*\/?>/gi, lines ? '\n' : ' ').trim());
}

function columnsOf(row: readonly string[]): Columns | undefined {
  const folded = row.map((c) => foldVietnamese(c));
  const find = (pattern: RegExp) => {
    const i = folded.findIndex((c) => pattern.test(c));
    return i < 0 ? undefined : i;
  };
  const findOther = (pattern: RegExp, taken: number | undefined) => {
    const i = folded.findIndex((c, at) => at !== taken && pattern.test(c));
    return i < 0 ? undefined : i;
  };
  const time = find(/thoi gian|thoi han|tien do|hoan thanh/) ?? periodColumn(folded);
  // the lead column by its wording, whatever the order: "Thời gian thực hiện" before "Cơ quan chủ trì" is the time
  const lead = find(/chu tri/) ?? find(/(co quan|don vi) (thuc hien|phu trach)/) ?? findOther(/thuc hien/, time) ?? advisingColumn(folded);
  const number = find(/^(tt|stt|so tt|so thu tu)$/);
  const support = find(/phoi hop/);
  const content = find(/noi dung|nhiem vu|ten (de an|hoat dong|cong viec)|hoat dong|cong viec/) ?? scheduleSubject(folded, [number, lead, support, time]);
  if (content === undefined || lead === undefined || content === lead) return undefined;
  const columns: Columns = { content, lead };
  if (number !== undefined) columns.number = number;
  if (support !== undefined && support !== lead) columns.support = support;
  if (time !== undefined && time !== lead) columns.time = time;
  const product = find(/san pham|ket qua/);
  if (product !== undefined && ![content, lead, support, time].includes(product)) columns.product = product;
  return columns;
}

/**
 * "STT | Khu công nghiệp | Số doanh nghiệp | Thời gian | Đơn vị chủ trì": a schedule of one activity (the heading above it) has
 * no content column; with a number, a time and a lead column, its first other column (where or what each row covers) is the
 * row's content. A count ("Số …") or a note is no such column.
 */
function scheduleSubject(folded: readonly string[], taken: readonly (number | undefined)[]): number | undefined {
  if (taken[0] === undefined || taken[1] === undefined || taken[3] === undefined) return undefined;
  const i = folded.findIndex((c, at) => !taken.includes(at) && c !== '' && !/^(so|ghi chu|kinh phi|du toan)\b/.test(c));
  return i < 0 ? undefined : i;
}

function rowToLines(row: readonly string[], columns: Columns): string[] {
  const content = row[columns.content] ?? '';
  if (content === '') return [];
  const label = (columns.number !== undefined ? row[columns.number] : '')?.replace(/\.$/, '') ?? '';
  const lead = columns.lead !== undefined ? (row[columns.lead] ?? '') : '';
  const support = columns.support !== undefined ? (row[columns.support] ?? '') : '';
  const time = columns.time !== undefined ? timeCellWords(row[columns.time] ?? '') : '';
  const product = columns.product !== undefined ? (row[columns.product] ?? '') : '';
  const numbered = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ]|[A-HK-UWYĐ])$/u.test(label);
  // a group title in capitals with no number and nothing else in its row is a heading, not a duty
  if (!numbered && !lead && !support && !time && content === content.toLocaleUpperCase('vi') && /\p{Lu}{2}/u.test(content)) return [content];
  const head = numbered ? (/^[a-zđ]$/.test(label) ? `${label}) ${content}` : `${label}. ${content}`) : `- ${content}`;
  const attribute = numbered ? '-' : '+';
  const out = [head];
  if (lead) out.push(`${attribute} Cơ quan chủ trì: ${lead}`);
  if (support) out.push(`${attribute} Cơ quan phối hợp: ${support}`);
  if (time) out.push(`${attribute} Thời gian hoàn thành: ${time}`);
  // the product is part of the row the citation quotes ("Báo cáo sơ kết"), never a duty of its own
  if (product && out.length > 1) out.push(`${attribute} Sản phẩm: ${product}`);
  return out;
}

/**
 * "Giai đoạn | Thời gian | Nội dung trọng tâm | …": a table of the plan's phases (a phase column and a time column, no lead) gives a
 * line per phase, "- Giai đoạn 1 (Năm 2026 - 2027): <nội dung>", read like a phase written so in running text; its other columns
 * (the results due) are targets, no duties. Undefined when the table is no such table.
 */
function phaseTableLines(cells: readonly string[][]): string[] | undefined {
  const headerAt = cells.findIndex((row) => row.some((c) => PHASE_COLUMN.test(foldVietnamese(c))));
  const header = cells[headerAt]?.map((c) => foldVietnamese(c));
  if (!header) return undefined;
  const phase = header.findIndex((c) => PHASE_COLUMN.test(c));
  const time = header.findIndex((c) => /^(?:thoi gian|thoi ky|moc thoi gian)\b/.test(c));
  const content = header.findIndex((c) => /^(?:noi dung|nhiem vu|cong viec)\b/.test(c));
  const rows = cells.slice(headerAt + 1);
  const isPhase = (row: readonly string[]) => PHASE_NAME.test(foldVietnamese(row[phase] ?? ''));
  // "| Tổng kết | Trước 25/12/2028 | Văn phòng … tham mưu tổng kết |" after the phases: a closing step, no phase, written as its work
  const phaseRows = rows.findLastIndex(isPhase) + 1;
  const closing = rows.slice(phaseRows);
  if (time < 0 || phaseRows === 0 || !rows.every((row) => row[time])) return undefined;
  if (!rows.slice(0, phaseRows).every(isPhase) || (closing.length > 0 && (phaseRows < 2 || content < 0 || closing.some((row) => !row[content]))))
    return undefined;
  const out = cells.slice(0, headerAt).flatMap((row) => row.filter((c) => c !== ''));
  for (const row of rows.slice(0, phaseRows)) {
    const what = content < 0 ? '' : (row[content] ?? '');
    out.push(`- ${row[phase]} (${row[time]})${what ? `: ${what}` : ''}`);
  }
  for (const row of closing) out.push(`- ${row[content]!.replace(/[.;]$/u, '')}, ${lowerFirst(row[time]!)}.`);
  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

const PHASE_COLUMN = /^(?:giai doan|dot|buoc)$/;
const PHASE_NAME = /^(?:giai doan|dot|buoc) (?:\d{1,2}|[ivx]{1,4}|mot|hai|ba|bon|nam)\b/;
