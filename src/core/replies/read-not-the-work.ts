import { phraseAt } from './match-phrases.ts';

/**
 * Words that look like a status of the work but name something else: the fault the work repairs ("sẽ
 * sửa hết số bóng đèn hỏng"), the people in need it serves ("danh sách hộ cần hỗ trợ"), another duty that
 * keeps the unit away ("đang đi hội thao", "bận tổ chức đại hội"), a wish ("không muốn làm").
 */

/** Faults a repair verb may take as its object. */
const FAULTS = ['hu', 'hong', 'hu hong', 'hu hai'];
const REPAIR_VERBS = ['sua', 'sua chua', 'thay', 'khac phuc', 'thay the'];
/** How far before the fault the repair verb may stand ("sửa hết số bóng đèn hỏng"). */
const REPAIR_REACH = 6;

/** "sẽ sửa hết số bóng đèn hỏng": what is broken is what the work repairs. */
export function repairedFault(tokens: readonly string[], phrase: string, at: number): boolean {
  if (!FAULTS.includes(phrase)) return false;
  for (let i = Math.max(0, at - REPAIR_REACH); i < at; i++) if (phraseAt(tokens, i, REPAIR_VERBS)) return true;
  return false;
}

/** Those a task serves, before "cần hỗ trợ": "hộ cần hỗ trợ", "đối tượng cần giúp đỡ". */
const IN_NEED = ['ho', 'doi tuong', 'nguoi', 'gia dinh', 'hoc sinh', 'tre', 'truong hop', 'hoi vien', 'ba con'];

/** "danh sách hộ cần hỗ trợ gạo": people in need described, not the unit asking for help. */
export function peopleInNeed(tokens: readonly string[], phrase: string, at: number): boolean {
  return phrase.startsWith('can ') && inNeedBefore(tokens, at);
}

/** At "hỗ trợ" in "hộ cần hỗ trợ": the help the people need, not help the unit asks for. */
export function helpThePeopleNeed(tokens: readonly string[], at: number): boolean {
  return tokens[at - 1] === 'can' && inNeedBefore(tokens, at - 1);
}

function inNeedBefore(tokens: readonly string[], at: number): boolean {
  return IN_NEED.some((noun) => phraseAt(tokens, at - noun.split(' ').length, [noun]) !== null);
}

/** After "đang đi": another duty away from the work ("đang đi tập huấn", "đang đi hội thao"). */
const AWAY_DUTIES = ['tap huan', 'hoi thao', 'hoc', 'cong tac', 'hoi nghi', 'dai hoi', 'thi', 'truc', 'nghi phep', 'kham benh'];

/** "cả tổ đang đi hội thao huyện": the unit away at another duty, not at the work; "đang ngồi uống nước": at rest. */
export function awayAtAnotherDuty(tokens: readonly string[], end: number): boolean {
  if (tokens[end] === 'di' && phraseAt(tokens, end + 1, AWAY_DUTIES) !== null) return true;
  const at = tokens[end] === 'ngoi' ? end + 1 : end;
  return (
    phraseAt(tokens, at, RESTING) !== null && (tokens[end] === 'ngoi' || tokens[at + 1] === 'chen' || tokens[at + 1] === 'nuoc' || tokens[at + 1] === 'com')
  );
}

/** After "đang (ngồi)": a rest, not the work ("đang ngồi uống chén nước với bà con", "đang ăn cơm"). */
const RESTING = ['uong', 'an', 'nghi ngoi', 'nghi', 'choi', 'tan gau'];

/** Before "ban" that is "bận" (busy), not "bản" (a copy) or "bạn": the clause's start, a time or who is busy. */
const BUSY_BEFORE = ['em', 'dang', 'vi', 'do', 'nay', 'rat', 'con', 'van', 'hoi', 'cung', 'minh', 'to', 'phong', 'xa', 'phuong'];

/** "em không muốn làm", "bận tổ chức đại hội": a wish, or another duty keeping the unit busy, before the verb. */
export function wishOrBusyBefore(tokens: readonly string[], start: number): boolean {
  return tokens[start - 1] === 'muon' || (tokens[start - 1] === 'ban' && (start === 1 || BUSY_BEFORE.includes(tokens[start - 2] ?? '')));
}

/** Where the unit gives gear back to: "máy múc trả về đội", "máy chiếu em trả về văn phòng". */
const GIVEN_BACK_TO = ['doi', 'cong ty', 'kho', 'tram', 'van phong', 'phuong', 'xa', 'don vi', 'chu', 'noi', 'truong', 'ben'];

/**
 * "trả về <where it came from>" with no "bị" before: something given back by the unit, not work sent back to it
 * ("phường trả về hồ sơ", "bị trả về").
 */
export function givenBack(tokens: readonly string[], end: number): boolean {
  return phraseAt(tokens, end, GIVEN_BACK_TO) !== null && !tokens.slice(Math.max(0, end - 5), end).includes('bi');
}

/** Before "gia hạn" when it names a renewal the work consists of: "đợt gia hạn", "thủ tục gia hạn", "hồ sơ gia hạn". */
const RENEWAL_BEFORE = ['dot', 'thu tuc', 'ho so', 'lam'];

/**
 * "chốt danh sách tham gia BHYT đợt gia hạn này", "gia hạn thẻ BHYT cho 40 hộ": renewing cards is the work,
 * not the unit asking for more time (round 38). "xin gia hạn", "đề nghị anh gia hạn giúp" stay requests.
 */
export function renewalNamed(tokens: readonly string[], phrase: string, at: number): boolean {
  if (phrase !== 'gia han') return false;
  return tokens[at + 2] === 'the' || RENEWAL_BEFORE.some((word) => phraseAt(tokens, at - word.split(' ').length, [word]) !== null);
}

/** Before "khó nói" (hard to say), not "khổ nỗi" (the snag is): "cũng khó nói", "rất khó nói". */
const HARD_TO_SAY_BEFORE = ['cung', 'rat', 'that', 'hoi', 'hoi bi', 'la', 'thi'];

/** "cũng khó nói anh ạ": a hedge that folds like "khổ nỗi"; the snag needs words after it ("khổ nỗi giờ chỉ có 2 bạn"). */
export function hardToSay(tokens: readonly string[], phrase: string, at: number): boolean {
  if (phrase !== 'kho noi') return false;
  return HARD_TO_SAY_BEFORE.includes(tokens[at - 1] ?? '') || tokens.length - (at + 2) < 2;
}
