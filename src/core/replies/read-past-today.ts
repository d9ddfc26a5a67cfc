import { PARTICLES } from './lexicon-non-reports.ts';

/** Parts of today that may still be ahead when the message is sent: "chiều nay", "tối nay", "trưa nay". */
export const LATER_TODAY_PARTS = ['chieu nay', 'toi nay', 'trua nay'];
/** A finish only supposed or still to come: "chắc", "sẽ", "sắp", "mới". */
const NOT_YET = ['chac', 'se', 'sap', 'du kien', 'hy vong', 'phai'];

/**
 * "chiều nay khám xong em cuối cùng rồi", "tối nay em làm xong rồi": a part of today then a done closed by "rồi"
 * (nothing but particles after it, nothing supposed before it): told past, not a finish ahead. Not "chiều nay chắc
 * xong ấp 3 rồi em qua ấp 4" ("rồi" as "then").
 */
export function toldPastToday(tokens: readonly string[], doneEnd: number): boolean {
  const roi = tokens.indexOf('roi', doneEnd);
  if (roi < 0 || tokens.slice(0, doneEnd).some((token) => NOT_YET.includes(token))) return false;
  return tokens.slice(roi + 1).every((token) => PARTICLES.includes(token));
}
