import { foldVietnamese } from '../text/fold.ts';

/**
 * A time of day as people write it in Vietnamese: "07:00", "7:30", "7h", "7g", "7h30", "7 giờ",
 * "7 giờ 30 phút", "7 giờ tối". Minutes after midnight, or null. A bare number is not read: "7"
 * could be a day or a count.
 */
const SPOKEN = /^(\d{1,2})\s*(?:h|g|gio)\s*(?:(\d{1,2})\s*(?:p|ph|phut|')?)?\s*(sang|trua|chieu|toi|dem)?$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})\s*(sang|trua|chieu|toi|dem)?$/;

export function readTimeOfDay(text: string): number | null {
  const folded = foldVietnamese(text);
  const m = CLOCK.exec(folded) ?? SPOKEN.exec(folded);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  // "2 giờ chiều", "7 giờ tối": the afternoon and evening hours written on a 12-hour clock
  if ((m[3] === 'chieu' || m[3] === 'toi') && hour >= 1 && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return hour * 60 + minute;
}

/** "HH:mm" of minutes after midnight, as settings store it. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
