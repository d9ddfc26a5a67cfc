import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { PROBLEM_WORDS } from './lexicon-blockers.ts';
import { isNumber, phraseAt, phraseBefore } from './match-phrases.ts';
import type { Signal } from './types.ts';

/**
 * A done told only by its result, as a state reached (issue 16, round 24): "… đã được tháo dỡ triệt để",
 * "vét sạch rồi", "tồn đọng = 0", "đã được lợp lại, không còn dột". No done word stands in such replies.
 */

/** Words that say the result was reached in full ("triệt để", "thông thoáng", "đạt chuẩn"). */
const RESULT_WORDS = ['triet de', 'hoan toan', 'dut diem', 'thong thoang', 'gon gang', 'dat chuan', 'dat yeu cau', 'nguyen trang', 'binh thuong'];
/** "sạch" with a word that makes it complete: told as reached without "rồi" ("sạch trơn", "sạch bách"). */
const CLEAN_COMPLETE = ['sach bach', 'sach bong', 'sach tron', 'sach sanh sanh', 'sach tinh'];
/** "sạch" as a state: with "đã" before or "rồi" after it, reached. */
const CLEAN = ['sach se', 'sach'];
/** Before "sạch": not the state of the work ("danh sách", "chính sách", "ngân sách", "nước sạch", "giữ sạch", "xanh sạch đẹp"). */
const NOT_CLEAN_BEFORE = ['danh', 'chinh', 'ngan', 'nuoc', 'giu', 'xanh', 'quyen', 'cuon', 'sach'];
/** After "sạch": a comparison or a campaign's name ("sạch hơn", "sạch đẹp"), not a state reached. */
const NOT_CLEAN_AFTER = ['hon', 'dep', 'vo', 'giao khoa', 'bao'];
/** Before "đã được <verb>": not the work done to its object ("đã được phường duyệt", "đã được giao"). */
const NOT_DONE_TO = ['giao', 'phan cong', 'thong bao', 'moi', 'nhac', 'nhac nho', 'huong dan', 'tap huan', 'cap', 'nhan', 'ho tro', 'phan bo'];
/** What is left of the work, named before a zero: "tồn đọng = 0", "số hộ chưa kê khai: 0", "còn lại 0". */
const LEFTOVER = ['ton dong', 'ton', 'con lai', 'con phai', 'vi pham', 'sot', 'chua'];
/** Means that may run out: "kinh phí còn 0", "vắc xin còn 0 liều" tell a lack, not the work finished. */
const MEANS = ['kinh phi', 'tien', 'ngan sach', 'vat tu', 'thuoc', 'vac xin', 'xang', 'hang', 'kho', 'qua', 'phieu', 'lieu'];
/** How far before the zero what is left may be named. */
const LEFTOVER_REACH = 7;
/** A trouble that no longer holds ("không còn dột / rò rỉ / lấn chiếm / nguy cơ …"): the result reached. */
export const TROUBLES = [...PROBLEM_WORDS, 'dot', 'ro ri', 'lan chiem', 'nguy co', 'u dong', 'u tac', 'tac', 'o nhiem', 'vuong'];

function negatedBefore(tokens: readonly string[], at: number): boolean {
  return phraseBefore(tokens, at, NEGATIONS) !== null || NEGATIONS.includes(tokens[at - 2] ?? '');
}

/** "đã được <verb>" of the work done to its object; the position of the verb, or -1. */
function passiveDoneAt(tokens: readonly string[]): number {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i] !== 'da' || tokens[i + 1] !== 'duoc' || negatedBefore(tokens, i)) continue;
    if (phraseAt(tokens, i + 2, NOT_DONE_TO) || isNumber(tokens[i + 2])) continue;
    return i + 2;
  }
  return -1;
}

/** A result word not negated ("chưa triệt để", "không đạt yêu cầu" say the opposite). */
function resultWordAt(tokens: readonly string[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (phraseAt(tokens, k, RESULT_WORDS) && !negatedBefore(tokens, k)) return k;
  return -1;
}

/** "sạch" told reached: with its completing word, or with "đã" before or "rồi" after, not negated nor compared. */
function cleanReached(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] !== 'sach' || NOT_CLEAN_BEFORE.includes(tokens[k - 1] ?? '') || negatedBefore(tokens, k)) continue;
    const clean = phraseAt(tokens, k, [...CLEAN_COMPLETE, ...CLEAN]);
    if (!clean || phraseAt(tokens, clean.end, NOT_CLEAN_AFTER)) continue;
    if (CLEAN_COMPLETE.includes(clean.phrase)) return true;
    // "dọn sạch rồi", "vét sạch hết rồi": "rồi" within two words after.
    if (tokens.slice(clean.end, clean.end + 3).includes('roi') || tokens.slice(Math.max(0, k - 4), k).includes('da')) return true;
  }
  return false;
}

/** "rác tồn đọng sau lũ = 0", "số hộ chưa kê khai đến nay: 0": what is left is none (not "0/12", "0%"). */
function zeroLeft(tokens: readonly string[]): boolean {
  for (let z = 1; z < tokens.length; z++) {
    if (tokens[z] !== '0' || ['/', '%', 'phan tram'].includes(tokens[z + 1] ?? '')) continue;
    // "giờ còn 0 hộ", "chừ còn 0": what is left, told as none ("kinh phí còn 0" is means run out, not work left).
    if (tokens[z - 1] === 'con' && !tokens.slice(Math.max(0, z - 5), z - 1).some((_, k, near) => phraseAt(near, k, MEANS) !== null)) return true;
    // A zero closing the clause answers the whole line before it ("Số hộ chưa tham gia bảo hiểm y tế trên địa bàn thôn em: 0").
    const closes = tokens.slice(z + 1).every((t) => PARTICLES.includes(t));
    for (let k = closes ? 0 : Math.max(0, z - LEFTOVER_REACH); k < z; k++) if (phraseAt(tokens, k, LEFTOVER) && !isNumber(tokens[k + 1])) return true;
  }
  return false;
}

const ZERO_LEFT: Signal = { status: 'done', strong: true, tag: 'done:zero_left' };
/** What was counted, named after "số": the count of what is left ("chưa", "còn", "tồn"). */
const LEFT_IN_COUNT = ['chua', 'con', 'ton', 'sot'];

/**
 * "Số hộ chưa nhận bồn trữ nước = 0", "Cập nhật ấp X: số cháu chưa được cân đo: 0 anh nhé", "còn 0 cháu bỏ sót": a count
 * of what is left ("số …" with "chưa/còn/tồn"), closed by a zero, or "còn 0 <noun>" of the work's own objects; whatever
 * words of status the count holds ("chưa ký", "sạt lở") name what was counted (round 42). Not means run out ("số tiền
 * còn: 0"), progress ("tiến độ = 0") nor a count of what was done ("số hộ đã nộp là 0").
 */
function zeroCountClosing(tokens: readonly string[]): boolean {
  const z = tokens.lastIndexOf('0');
  if (z < 2 || !tokens.slice(z + 1).every((t) => PARTICLES.includes(t) || t === 'nhe')) return false;
  const counted = tokens.slice(tokens.indexOf('so') + 1, z);
  if (counted.some((_, k) => phraseAt(counted, k, MEANS) !== null)) return false;
  if (tokens.indexOf('so') >= 0 && tokens.indexOf('so') < z - 2) return LEFT_IN_COUNT.some((word) => counted.includes(word));
  return false;
}

/** One clause telling the result reached: a passive with its result word, "sạch" reached, or nothing left. */
function resultToldAchieved(tokens: readonly string[]): Signal | null {
  const verb = passiveDoneAt(tokens);
  if (verb >= 0 && resultWordAt(tokens, verb) >= 0) return { status: 'done', strong: true, tag: 'done:result_reached' };
  if (cleanReached(tokens)) return { status: 'done', strong: true, tag: 'done:result_clean' };
  if (zeroLeft(tokens)) return { status: 'done', strong: true, tag: 'done:zero_left' };
  return null;
}

/** Before "đạt" alone at the clause's end, the check it passed ("kiểm định đạt", "nghiệm thu đạt"). */
const CHECKS = ['kiem dinh', 'nghiem thu', 'xet nghiem', 'kiem tra', 'ket qua', 'deu'];

/** A clause that is only a result ("thông thoáng", "không còn dột", "mẫu xét nghiệm đạt chuẩn", "kiểm định đạt"). */
function resultOnly(tokens: readonly string[]): boolean {
  if (resultWordAt(tokens, 0) >= 0 || cleanReached(tokens)) return true;
  // "…, trả lại mặt bằng sạch sẽ": beside the passive, "sạch" needs no "rồi".
  const clean = tokens.findIndex((t, k) => t === 'sach' && !NOT_CLEAN_BEFORE.includes(tokens[k - 1] ?? '') && !negatedBefore(tokens, k));
  if (clean >= 0 && !phraseAt(tokens, clean + 1, NOT_CLEAN_AFTER) && !phraseAt(tokens, clean + 2, NOT_CLEAN_AFTER)) return true;
  const last = tokens.length - 1;
  if (tokens[last] === 'dat' && phraseBefore(tokens, last, CHECKS)) return true;
  const gone = tokens.findIndex((t, i) => t === 'khong' && tokens[i + 1] === 'con');
  return gone >= 0 && phraseAt(tokens, gone + 2, TROUBLES) !== null;
}

/** Signals that "chưa" inside what is left gives ("số hộ chưa kê khai: 0"): the zero answers them. */
const INSIDE_ZERO = ['done_negated', 'done_partly'];

/**
 * A reply with no done word told done by its result only: a clause telling the result reached (above), or
 * ("Mái nhà đã được lợp lại, không còn dột") a clause told done in the passive with no word of its result beside a
 * clause that is only its result. Each clause's signals are read alone, so this reads them side by side; a clause
 * gains the done only where it told nothing else (or, for nothing left, only the "chưa" of what was left).
 */
export function withResultTold(
  signalsByClause: readonly (readonly Signal[])[],
  clauses: readonly { tokens: string[] }[],
  telling: readonly boolean[],
): (readonly Signal[])[] {
  // "Số hộ trong vùng sạt lở chưa sơ tán: 0", "…, còn 0 cháu bỏ sót": the words before the zero name what was left.
  const counted = signalsByClause.map((signals, i) => (telling[i] && zeroCountClosing(clauses[i]?.tokens ?? []) ? [ZERO_LEFT] : signals));
  if (counted.some((signals) => signals.some((s) => s.status === 'done'))) return counted;
  const told = counted.map((signals, i): readonly Signal[] => {
    const tokens = clauses[i]?.tokens;
    if (!telling[i] || !tokens) return signals;
    const result = resultToldAchieved(tokens);
    if (!result) return signals;
    // "còn 0": the "còn" of what is left is answered by the zero too.
    const inside = tokens.some((t, k) => t === 'con' && tokens[k + 1] === '0') ? [...INSIDE_ZERO, 'remaining', 'ongoing'] : INSIDE_ZERO;
    if (result.tag === 'done:zero_left' && signals.every((s) => s.status === 'not_started' || inside.includes(s.tag))) return [result];
    return signals.length === 0 ? [result] : signals;
  });
  if (told.some((signals) => signals.some((s) => s.status !== 'done'))) return told;
  const beside = clauses.some((clause, j) => telling[j] && (told[j]?.length ?? 0) === 0 && resultOnly(clause.tokens));
  if (!beside) return told;
  return told.map((signals, i) => {
    const clause = clauses[i];
    if (!telling[i] || signals.length > 0 || !clause || passiveDoneAt(clause.tokens) < 0) return signals;
    return [{ status: 'done', strong: true, tag: 'done:result_beside' }];
  });
}
