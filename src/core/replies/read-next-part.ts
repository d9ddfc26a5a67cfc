import { phraseAt } from './match-phrases.ts';

/**
 * After a part told done, the unit going on to the next one, or the rest put ahead: "…, giờ (chạy) qua nhà ông Bảy",
 * "…, giờ chạy qua ấp Mỹ Hòa", "…, còn đàn vịt thì thứ Hai em tiêm". Work goes on: the part's done is not the task's.
 */

/** Now, before going on: "giờ", "bây giờ", "chừ" (Central), "rồi". */
const NOW = ['gio', 'bay gio', 'chu', 'gio thi', 'bay gio thi'];
/** Going over: "(chạy / đi / chuyển) qua, sang, tới". */
const GOING = ['chay qua', 'chay sang', 'di qua', 'di sang', 'chuyen qua', 'chuyen sang', 'qua', 'sang', 'xuong', 'len'];
/** The next part gone over to: a house, a hamlet, a group of the work's places. */
const NEXT_PARTS = ['nha', 'ap', 'thon', 'xom', 'to', 'khu', 'khom', 'ban', 'phum', 'soc', 'diem', 'truong', 'lop', 'ho', 'doi', 'xa', 'phuong'];

/** "giờ qua nhà ông Bảy", "bây giờ chạy sang ấp Mỹ Hòa": the clause opens on going over to the next part. */
export function goesOnToNextPart(tokens: readonly string[]): boolean {
  const now = phraseAt(tokens, 0, NOW);
  if (!now) return false;
  const going = phraseAt(tokens, now.end, GOING);
  return going !== null && phraseAt(tokens, going.end, NEXT_PARTS) !== null;
}

/** After "còn <part> thì": the rest put ahead ("thứ Hai em tiêm", "mai làm", "chưa"), not told done. */
const AHEAD_AFTER_THEN = ['mai', 'mot', 'tuan', 'thang', 'thu', 'chieu', 'toi', 'sang', 'se', 'de', 'lat', 'sau', 'chua', 'dang', 'con'];

/** After "còn": a job named, not a part of this one. */
const JOBS = ['viec', 'vu', 'nhiem', 'cong', 'cai', 'mang', 'ke', 'bao'];

/** "còn đàn vịt thì thứ Hai em tiêm": the clause opens on the rest and says it lies ahead. */
export function restPutAhead(tokens: readonly string[]): boolean {
  // "còn việc tuyên truyền thì tuần sau": another job, not the rest of this one (read-clause-roles, done-doubt-markers).
  if (tokens[0] !== 'con' || JOBS.includes(tokens[1] ?? '')) return false;
  const then = tokens.indexOf('thi', 2);
  if (then < 0 || then > 5) return false;
  const after = tokens[then + 1] === 'em' || tokens[then + 1] === 'ben' ? then + (tokens[then + 1] === 'ben' ? 3 : 2) : then + 1;
  return phraseAt(tokens, after, AHEAD_AFTER_THEN) !== null;
}
