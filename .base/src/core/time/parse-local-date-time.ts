import { daysInMonth, type LocalDateTime } from './local-date.ts';

export type LocalDateParse =
  | { ok: true; value: LocalDateTime }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'calendar'; daysInMonth: number; month: number; year: number }
  | { ok: false; reason: 'time' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/;
const VIET = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ](\d{1,2}):(\d{2}))?$/;

/** Reads yyyy-MM-dd[THH:mm] or dd/MM/yyyy[ HH:mm]; rejects dates that do not exist (31/02). */
export function parseLocalDateTime(text: string): LocalDateParse {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const viet = iso ? null : VIET.exec(trimmed);
  if (!iso && !viet) return { ok: false, reason: 'format' };
  const year = Number(iso ? iso[1] : viet?.[3]);
  const month = Number(iso ? iso[2] : viet?.[2]);
  const day = Number(iso ? iso[3] : viet?.[1]);
  const hourText = iso ? iso[4] : viet?.[4];
  const minuteText = iso ? iso[5] : viet?.[5];
  if (month < 1 || month > 12) return { ok: false, reason: 'format' };
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return { ok: false, reason: 'calendar', daysInMonth: dim, month, year };
  if (hourText === undefined || minuteText === undefined) return { ok: true, value: { year, month, day } };
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23 || minute > 59) return { ok: false, reason: 'time' };
  return { ok: true, value: { year, month, day, hour, minute } };
}
