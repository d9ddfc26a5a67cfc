/**
 * A schedule's time cell giving a span of days in one month, "Từ 18–22/12", "02-05/02/2028", "Từ ngày 06 - 10/02": written as
 * the span in full ("từ ngày 18/12 đến ngày 22/12"), which the time readers know, so the duty is due on the span's last day and
 * a date without a year is placed as any other. Any other cell is left as it is.
 */
export function dayRangeInFull(cell: string): string {
  const m = DAY_RANGE.exec(cell.trim());
  if (!m) return cell;
  const [, from, to, month, year] = m;
  if (Number(from) >= Number(to)) return cell;
  const tail = `${month}${year ? `/${year}` : ''}`;
  return `từ ngày ${from}/${tail} đến ngày ${to}/${tail}`;
}

const DAY_RANGE = /^(?:[Tt]ừ\s+)?(?:ngày\s+)?(\d{1,2})\s*[–-]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*((?:19|20)\d\d))?\.?$/u;
