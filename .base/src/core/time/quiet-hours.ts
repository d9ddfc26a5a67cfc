/** Quiet hours hold messages until morning: an instant inside them moves to their end (Vietnam local time). */
import { addDays } from './local-date.ts';
import { inVietnam, localDateKey, vietnamInstant } from './zone.ts';

export interface QuietHours {
  /** HH:mm local; the window may wrap past midnight (21:00–07:00) */
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '07:00' };

/** QUIET_HOURS as configured ("21:00-07:00"; the configuration checks the form). */
export function parseQuietHours(text: string): QuietHours {
  const [start = DEFAULT_QUIET_HOURS.start, end = DEFAULT_QUIET_HOURS.end] = text.split('-');
  return { start, end };
}

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`Not a time of day (HH:mm): ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function atLocal(localDate: string, minutes: number): Date {
  const [y, mo, d] = localDate.split('-').map(Number) as [number, number, number];
  return vietnamInstant(y, mo, d, Math.floor(minutes / 60), minutes % 60);
}

export function isQuietTime(instant: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const local = inVietnam(instant);
  const now = local.getHours() * 60 + local.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

export function applyQuietHours(instant: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!isQuietTime(instant, quiet)) return instant;
  const local = inVietnam(instant);
  const now = local.getHours() * 60 + local.getMinutes();
  const end = minutesOf(quiet.end);
  const today = localDateKey(instant);
  // Before the end time the window ends today; otherwise (evening part of a wrapping window) tomorrow.
  return atLocal(now < end ? today : addDays(today, 1), end);
}
