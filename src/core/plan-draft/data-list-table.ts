import { foldVietnamese } from '../text/fold.ts';

/**
 * "| Tên hồ | Xã, phường | Dung tích (triệu m³) | Đơn vị quản lý |" over rows of names and figures: a list of the places or works a
 * plan covers (a catalogue, not an assignment), whose cells are no duties. True when the table is a header row of short labels
 * (not in capitals, so no heading block; no content, task or time column), its separator, and at least two rows of short cells,
 * each row as wide as the header; such a table gives no lines to draft from.
 */
/**
 * Drops each such table from the document's lines, and the caption right above it ("Danh mục hồ chứa trọng điểm năm 2028",
 * "Danh sách …", "Bảng …"), which names the list and is no duty either.
 */
export function dropCatalogueTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || (out.length > 0 && out.at(-1)!.startsWith('|'))) {
      out.push(lines[i]!);
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    if (!isDataListTable(lines.slice(i, end))) {
      out.push(lines[i]!);
      continue;
    }
    let caption = out.length - 1;
    while (caption >= 0 && out[caption]!.trim() === '') caption--;
    if (caption >= 0 && CAPTION.test(out[caption]!.trim())) out.splice(caption);
    i = end - 1;
  }
  return out;
}

const CAPTION = /^(?:\*\*)?(?:Danh mục|Danh sách|Bảng|Biểu)\s[^.;:]*?(?:\*\*)?$/u;

function isDataListTable(rows: readonly string[]): boolean {
  if (rows.length < 4 || !SEPARATOR.test(rows[1]!)) return false;
  const cells = rows.filter((_, i) => i !== 1).map(cellsOf);
  const header = cells[0]!;
  const folded = header.map((c) => foldVietnamese(c));
  if (header.length < 3 || header.some((c) => c === '' || c.length > 40)) return false;
  if (header.join(' ') === header.join(' ').toLocaleUpperCase('vi')) return false;
  if (folded.some((c) => DUTY_COLUMN.test(c))) return false;
  // a date, a month or a quarter in a cell is a time to meet (a matrix of units by steps), no catalogue
  return cells.slice(1).every((row) => row.length === header.length && row.every((c) => c.length <= 80 && !/[.;:]$/u.test(c) && !TIME_IN_CELL.test(c)));
}

const TIME_IN_CELL = /\bngày\b|\d{1,2}\/\d{1,2}\/\d{4}|^(?:tháng|quý|năm)\s/iu;
const SEPARATOR = /^\|?[\s:|-]+\|?$/;
/** a column that would hold duties, their doers or their times */
const DUTY_COLUMN =
  /noi dung|nhiem vu|cong viec|hoat dong|giai phap|thoi gian|thoi han|tien do|hoan thanh|chu tri|thuc hien|phu trach|phoi hop|tham muu|^thang$|^quy$|giai doan|buoc/;

function cellsOf(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.replace(/<br\s*\/?>/gi, ' ').trim());
}
