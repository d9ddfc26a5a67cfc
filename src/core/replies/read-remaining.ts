import { PARTICLES } from './lexicon-non-reports.ts';
import { REMAINING_CANCELLERS, REMAINING_COUNTS } from './lexicon-extent.ts';
import { RESOURCES } from './lexicon-obstacles.ts';
import { isNumber, modifierBefore, type PhraseMatch, phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/** Work left ("còn 2 hồ sơ nữa", "còn lại 3 tổ", "chỉ còn khâu tổng hợp"), split from read-context-signals.ts (round 42). */

/** "còn 2 hộ", "còn lại 3 tổ", "chỉ còn khâu tổng hợp". */
export const REMAINING_PHRASES = ['con', 'van con', 'con khoang', 'con tam', 'con thieu', 'con lai', 'chi con', 'chi thieu', 'chi con thieu'];
/** After "còn <số>": a span of time, not work left ("còn 5 ngày nữa là hết hạn"). */
const TIME_UNITS = ['ngay', 'tuan', 'thang', 'nam', 'gio', 'phut', 'hom', 'buoi sang', 'buoi chieu'];

// "còn sót mấy phòng trọ": the ones missed, still to do (round 31).
const REMAINING_FILLERS = ['dung', 'khoang', 'tam', 'chung', 'co', 'lai', 'sot'];
/** After "còn phải", a wait, not the unit's own work left ("còn phải chờ huyện duyệt"). */
const WAITS_AFTER_PHAI = ['cho', 'doi'];

/** After an opening "còn": another job or this one named whole, not a part of it left. */
const OTHER_JOBS = ['viec', 'vu', 'cai nay', 'nhiem vu', 'bao cao'];

const STILL_NOT = ['chua', 'khong', 'chang', 'chua he'];
/** Before "con" as a noun or classifier, not "còn" (still, left): "bà con", "các con", "mấy con", "từng con", "mỗi con". */
const CON_AS_NOUN_AFTER = ['ba', 'cac', 'may', 'tung', 'moi', 'nhung', 'dan'];

/** Words after a past verb that say it covered all it names: "đã tiêm đủ", "đã kiểm tra hết", "đã làm xong". */
const COVERED_ALL = ['het', 'du', 'xong', 'not'];

/**
 * "đã tiêm đủ cho 41 cháu còn lại rồi", "chiều đã kiểm tra hết 6 xưởng còn lại": "còn lại" names the rest,
 * and the clause ends saying a past verb covered it (round 38). Not "đã làm 70%, phần còn lại chưa làm".
 */
function restFinished(tokens: readonly string[], match: PhraseMatch): boolean {
  const past = tokens.lastIndexOf('da', match.start);
  if (past < 0 || !tokens.slice(past + 1, match.start).some((t) => COVERED_ALL.includes(t))) return false;
  return tokens.slice(match.end).every((t) => t === 'roi' || PARTICLES.includes(t));
}

/** "còn 2 hồ sơ nữa", "còn lại 3 tổ": work still to do, so the task is in progress. */
export function readRemaining(tokens: readonly string[], match: PhraseMatch): Signal | null {
  if (modifierBefore(tokens, match.start, { cancel: REMAINING_CANCELLERS }, [], 1)) return null;
  // "bên em còn chưa bắt đầu", "còn không có ai": "còn" before a negation is "still", no work left.
  if (match.phrase === 'con' && STILL_NOT.includes(tokens[match.end] ?? '')) return null;
  // "bà con phấn khởi" (villagers), "120 con chó", "mấy con mương": "con" (folded alike) as a noun or a classifier.
  if (match.phrase === 'con' && CON_AS_NOUN_AFTER.includes(tokens[match.start - 1] ?? '')) return null;
  if (match.phrase === 'con' && isNumber(tokens[match.start - 1]) && !isNumber(tokens[match.end])) return null;
  // "còn dư ít tờ rơi", "còn thừa 20 phần quà": leftovers, not work left ("dư" folds like "dự", "còn dự kiến…").
  if (match.phrase === 'con' && (tokens[match.end] === 'thua' || (tokens[match.end] === 'du' && tokens[match.end + 1] !== 'kien'))) return null;
  const remaining: Signal = { status: 'in_progress', strong: true, tag: 'remaining' };
  if (match.phrase === 'con lai' && restFinished(tokens, match)) return null;
  if (match.phrase === 'con lai' || match.phrase === 'chi con') return remaining;
  // "phía đông xong rồi, phía tây còn nguyên": the rest untouched.
  if (match.phrase === 'con' && tokens[match.end] === 'nguyen' && tokens.slice(match.end + 1).every((t) => PARTICLES.includes(t))) return remaining;
  if (match.phrase.endsWith('thieu')) return phraseAt(tokens, match.end, RESOURCES) ? { status: 'blocked', strong: true, tag: 'missing:con thieu' } : remaining;
  // "còn phải xuống tận nơi coi lại từng căn": work the unit still has to do (round 31).
  // Not "số ổ dịch còn phải xử lý: 0", none of it left.
  const phai = match.phrase === 'con' && tokens[match.end] === 'phai' && match.end + 1 < tokens.length;
  if (phai && !WAITS_AFTER_PHAI.includes(tokens[match.end + 1] ?? '') && !tokens.includes('0', match.end)) return remaining;
  const at = REMAINING_FILLERS.includes(tokens[match.end] ?? '') ? match.end + 1 : match.end;
  const counted = isNumber(tokens[at]) || phraseAt(tokens, at, REMAINING_COUNTS) !== null;
  if (counted && !phraseAt(tokens, at + 1, TIME_UNITS)) return remaining;
  for (let i = match.end; i < Math.min(tokens.length, match.end + 6); i++) if (tokens[i] === 'nua') return remaining;
  // "…, còn bãi đất trống sau trường chưa dọn": what an opening "còn" names, not yet done, is work left; not another
  // job ("còn việc này em chưa làm") (round 42).
  const opens = tokens.slice(0, match.start).every((t) => PARTICLES.includes(t) || t === 'nhung' || t === 'ma');
  // "còn Hội Nông dân bên em thì chưa làm": a topic set against another's, then "thì", says who, not what is left;
  // "còn ai chưa xong thì báo em" is an instruction to whoever.
  const notYet = tokens.indexOf('chua', match.end + 1);
  // "còn đợt phát thuốc … này em chưa làm": this task named against another one, not a part of it (round 35).
  const who = tokens[match.end] === 'ai' || tokens.slice(match.end).includes('thi') || tokens.slice(match.end, notYet).includes('nay');
  if (match.phrase === 'con' && opens && notYet > 0 && !who && !phraseAt(tokens, match.end, OTHER_JOBS)) return remaining;
  return null;
}
