import { foldVietnamese } from '../text/fold.ts';

/**
 * "Tháng | Nội dung | Bộ phận tham mưu | Lãnh đạo phụ trách": a programme table of a Party committee or a People's Committee. Its
 * first column is the period ("Tháng 7", "Quý III", "Hằng tháng"), written once over the rows that share it (a merged cell comes
 * out empty in the rows under it), and the body that advises ("Bộ phận tham mưu", "Cơ quan tham mưu", "Đơn vị chuẩn bị") is the
 * lead of each row; the leader in charge ("Lãnh đạo phụ trách") is no lead.
 */

/** the period column of such a table ("Tháng", "Quý", "Thời điểm"), by its folded header cells */
export function periodColumn(folded: readonly string[]): number | undefined {
  const i = folded.findIndex((c) => /^(?:thang|quy|thoi diem|tuan)$/.test(c));
  return i < 0 ? undefined : i;
}

/** the advising body's column ("Bộ phận tham mưu", "Cơ quan chuẩn bị"), when no column names the lead outright */
export function advisingColumn(folded: readonly string[]): number | undefined {
  const i = folded.findIndex((c) => /^(?:bo phan|co quan|don vi)(?: (?:tham muu|chuan bi))+$/.test(c));
  return i < 0 ? undefined : i;
}

/**
 * a period cell written once over the rows under it carries down to them, when the period column ("Tháng", not "Thời gian") comes
 * before the content
 */
export function carryPeriodDown(rows: readonly string[][], columns: { content: number; time?: number }, header: readonly string[]): string[][] {
  const at = columns.time;
  if (at === undefined || at >= columns.content || periodColumn(header.map((c) => foldVietnamese(c))) !== at) return rows.map((row) => [...row]);
  let period = '';
  return rows.map((row) => {
    const out = [...row];
    if ((out[at] ?? '') !== '') period = out[at]!;
    else if ((out[columns.content] ?? '') !== '' && period) out[at] = period;
    return out;
  });
}

/** "Tháng 7" alone in a period cell: that month of the document's year, or of the next when the month is already past */
export function monthInDocumentYear(text: string, documentDate: string): string {
  return text.replace(/^((?:[^:]{3,40}:\s*)?tháng\s+)(\d{1,2})\s*$/iu, (_, head: string, month: string) => {
    const [year, issued] = documentDate.split('-').map(Number) as [number, number];
    return `${head}${month}/${Number(month) < issued ? year + 1 : year}`;
  });
}

interface Read {
  deadline?: { kind: string; text: string; start?: string; due?: string; recurrence?: { dayOfPeriod?: number } };
}

/**
 * The item's own words inside its period: "Kết nạp đảng viên … (xong trước ngày 19/8)" in the row of "Tháng 8" is due on its day;
 * "Họp Ban Thường vụ thường kỳ vào ngày 05" in the row of "Hằng tháng" recurs on that day. Undefined when the body says no such.
 */
export function ownTimeInPeriod<R extends Read>(period: R, body: string, read: (text: string) => R): R | undefined {
  const deadline = period.deadline;
  if (!deadline) return undefined;
  if (deadline.kind === 'period' && deadline.start && deadline.due) {
    const own = read(body).deadline;
    if (own?.kind === 'due' && own.due && own.due >= deadline.start && own.due <= deadline.due) return read(body);
    return undefined;
  }
  const day = /\bvào\s+(?:các\s+)?ngày\s+(\d{1,2})(?![\d/])(?!\s+tháng)/iu.exec(body);
  if (deadline.kind === 'recurrence' && deadline.recurrence?.dayOfPeriod === undefined && day)
    return read(`vào ngày ${day[1]} ${deadline.text.toLocaleLowerCase('vi')}`);
  return undefined;
}
