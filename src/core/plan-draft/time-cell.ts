import { dayRangeInFull } from './day-range-cell.ts';

/**
 * A table's time cell written as a bare month or year ("04/2028", "12/2029", "2029"), as schedules in tables give them: said
 * in words ("tháng 04/2028", "năm 2029") so the time line reads it as running text does. Any other cell is left as it is.
 */
export function timeCellWords(cell: string): string {
  const text = cell.trim();
  const month = /^(0?[1-9]|1[0-2])\s*[/.-]\s*((?:19|20)\d\d)$/.exec(text);
  if (month) return `tháng ${month[1]}/${month[2]}`;
  if (/^(?:19|20)\d\d$/.test(text)) return `năm ${text}`;
  return dayRangeInFull(cell);
}
