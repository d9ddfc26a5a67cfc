import { daysInMonth, endInstant } from '../time/local-date.ts';
import { inVietnam } from '../time/zone.ts';

/**
 * A date typed by a user (dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, dd/MM) as the end of that
 * local day in Vietnam: "hạn 15/12" means the whole of 15/12 is still in time.
 */
export function parseUserDate(text: string, now: Date): Date | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : inVietnam(now).getFullYear();
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return endInstant({ year, month, day });
}
