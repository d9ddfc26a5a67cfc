import { containsPhrase, indexOfPhrase, phraseAt } from './match-phrases.ts';
import { firstContent } from './done-doubt-others.ts';
import type { Clause } from './types.ts';

/**
 * Work going on told with no word of status (round 42): a provisional report ("Báo cáo tạm: đã kích hoạt 812 tài
 * khoản, số liệu chính thức em gửi sau"), a step that chases others or tells them, sent ("Đã gửi công văn đôn đốc các
 * tổ", "đã phát giấy mời 35 hộ", "đã thông báo trên loa cho toàn bộ bà con"), a hedge beside work left ("Nhìn chung
 * là ổn, còn đoạn kè thôn 3 phải bổ sung"), the unit pushing on tonight ("Ráng tối nay thêm chút nữa là kịp") and a
 * finish only supposed while the unit checks it again ("Chắc là ổn rồi, để em rà lại mấy cột"): in progress.
 */
export function workGoingOnUntold(clauses: readonly Clause[]): boolean {
  const all = clauses.flatMap(({ tokens }) => [...tokens, ',']);
  return provisionalReport(all) || chasingStepSent(all) || hedgeBesideWorkLeft(all) || pushingOn(clauses) || supposedThenChecked(all);
}

/** A report or figures told as provisional, or the official ones still to come. */
const PROVISIONAL = ['bao cao tam', 'so lieu so bo', 'so lieu tam', 'so bo thoi', 'ban nhap'];
const OFFICIAL = ['so chinh thuc', 'so lieu chinh thuc'];
const LATER = ['sau', 'tuan sau', 'cuoi tuan', 'ngay mai', 'mai'];

function provisionalReport(tokens: readonly string[]): boolean {
  if (containsPhrase(tokens, PROVISIONAL)) return true;
  const official = indexOfPhrase(tokens, OFFICIAL);
  return official >= 0 && tokens.slice(official + 2, official + 8).some((_, k, rest) => phraseAt(rest, k, LATER) !== null);
}

/** A paper that chases others or tells them ("công văn đôn đốc", "giấy mời", "thông báo"), sent or issued. */
const CHASING = ['cong van don doc', 'cong van nhac', 'van ban don doc', 'giay moi', 'thu moi', 'thong bao'];
const SENT = ['gui', 'phat', 'ky', 'phat hanh', 'ra', 'chuyen'];

function chasingStepSent(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const paper = phraseAt(tokens, k, CHASING);
    if (!paper) continue;
    const verb = tokens.slice(Math.max(0, k - 3), k).findIndex((_, j, near) => phraseAt(near, j, SENT) !== null);
    if (verb < 0) continue;
    // told past: "đã" before the verb, or "rồi" after the paper's words.
    if (tokens.slice(0, k).includes('da') || tokens.slice(paper.end).includes('roi')) return true;
  }
  // "Em đã thông báo trên loa … cho toàn bộ bà con": a notice to everyone is a step (round 16).
  const told = indexOfPhrase(tokens, ['da thong bao']);
  return told >= 0 && containsPhrase(tokens.slice(told), ['toan bo', 'tat ca']);
}

/** A finish or "ổn" said only on the whole or on paper, then what is left. */
const HEDGES = ['nhin chung', 'co ban', 've co ban', 'tren giay to', 'tinh ra', 'coi nhu', 'tam on', 'bao cao thi ghi xong'];
const LEFT = ['con', 'van con', 'chi con'];

/** Before "con", a noun or classifier ("bà con", "mấy con"), not "còn". */
const CON_AS_NOUN_AFTER = ['ba', 'cac', 'may', 'tung', 'moi', 'nhung', 'dan'];

function hedgeBesideWorkLeft(tokens: readonly string[]): boolean {
  const hedge = indexOfPhrase(tokens, HEDGES);
  if (hedge < 0) return false;
  return tokens.some((_, k) => k > hedge + 1 && phraseAt(tokens, k, LEFT) !== null && !CON_AS_NOUN_AFTER.includes(tokens[k - 1] ?? ''));
}

/** Opening the reply, the unit pushing on now: "Ráng (thêm) tối nay …", "Ráng đêm nay thôi anh". */
const PUSH_TIMES = ['toi nay', 'dem nay', 'bua nay', 'bua ni', 'toi ni', 'them', 'hom nay'];

function pushingOn(clauses: readonly Clause[]): boolean {
  const tokens = clauses[0]?.tokens ?? [];
  const at = firstContent(tokens);
  // "ráng" may be read as "cố gắng" before this.
  const push = tokens[at] === 'rang' ? at + 1 : (phraseAt(tokens, 0, ['co gang']) ?? phraseAt(tokens, at, ['co gang']))?.end;
  return push !== undefined && phraseAt(tokens, push, PUSH_TIMES) !== null;
}

/** A finish only supposed ("chắc là ổn rồi", "hình như xong rồi", "xong rồi thì phải"), then checked again. */
const SUPPOSED = ['chac la', 'chac cung', 'chac', 'hinh nhu', 'thi phai'];
const CHECK_AGAIN = ['ra lai', 'soat lai', 'coi lai', 'kiem lai', 'hoi lai', 'xem lai', 'ra coi lai', 'soat', 'doi chieu'];

function supposedThenChecked(tokens: readonly string[]): boolean {
  const supposed = indexOfPhrase(tokens, SUPPOSED);
  // "chắc chắn" (surely) supposes nothing.
  if (supposed < 0 || tokens[supposed + 1] === 'chan' || !tokens.includes('roi')) return false;
  return indexOfPhrase(tokens, CHECK_AGAIN, supposed + 1) >= 0;
}
