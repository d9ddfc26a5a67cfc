import { DONE_PHRASES } from './lexicon.ts';
import { TOPIC_HEADS } from './lexicon-clause-roles.ts';
import { LATER_ORDINALS, ORDINALS, PART_HEADS } from './lexicon-doubts.ts';
import { isNumber, phraseAt, phraseBefore } from './match-phrases.ts';

const PART_CODE = /^(?:kp|to|tdp|ap|thon|khu|dot|gd)\d+$/;
/** Part heads that are rounds or steps of the work, never its place ("đợt 1", "bước 2"). */
const ROUNDS = ['dot', 'giai doan', 'buoc', 'phan', 'khau', 'muc', 'hang muc', 'lan', 'buoi', 'vong', 'phase'];
/** Words that take in all of what follows: "toàn bộ học sinh lớp 9", "tất cả hộ tổ 3". */
const WHOLE = ['toan bo', 'tat ca', 'toan the'];
/** "toàn" before a noun: the whole of it ("toàn tuyến mương … khu 5", "toàn địa bàn thôn 2"). */
const WHOLE_OF_NOUN = ['toan'];
/** How far before the part "toàn <noun>" may stand, past the noun's own words. */
const WHOLE_OF_NOUN_REACH = 7;

/**
 * A numbered part of the work named beside a done ("đợt 1 xong", "tổ 3 xong rồi", "KP2"): the done may
 * be of that part only. Not a count ("9 tổ"), a place ("tại khu phố 2"), the whole of a numbered group
 * ("toàn bộ học sinh lớp 9") or a place inside the task's own name ("việc phun thuốc khu 3 đã xong").
 */
export function namesNumberedPart(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (PART_CODE.test(tokens[k] ?? '') && !atAPlace(tokens, k) && !ofTheWhole(tokens, k)) return true;
    const head = phraseAt(tokens, k, PART_HEADS);
    const ordinalLater = head !== null && tokens.slice(head.end, head.end + 5).some((_, j) => phraseAt(tokens, head.end + j, LATER_ORDINALS) !== null);
    if (
      head &&
      (isNumber(tokens[head.end]) || ordinalLater || (tokens[head.end] !== undefined && phraseAt(tokens, head.end, ORDINALS)?.end === head.end + 1))
    ) {
      // "9 tổ" is a count; "tại khu phố 2", "ở KP3" a place; "bộ phận một cửa" another word; "chưa xếp lớp: 0" a count of none.
      if (isNumber(tokens[k - 1]) || tokens[head.end] === '0' || atAPlace(tokens, k) || compoundBefore(tokens, k)) continue;
      // "danh sách hỗ trợ phân bón": fertiliser folds like "phần bốn" (part four), which is written "phần 4".
      if (head.phrase === 'phan' && tokens[head.end] === 'bon') continue;
      // "tài khoản định danh điện tử mức 2": an account's level ("mức" folds like "mục", an item), not a part.
      if (head.phrase === 'muc' && phraseBefore(tokens, k, LEVELLED)) continue;
      // "toàn bộ học sinh lớp 9": the whole of what the part names; "việc phun thuốc khu 3 đã xong": the task's own place.
      if (wholeOrTaskPlace(tokens, k, head.phrase)) continue;
      return true;
    }
  }
  return false;
}

const COMPOUND_BEFORE = ['bo', 'thanh', 'cong', 'ty', 'hoc'];

/** "bộ phận", "thành phần": the head is the end of another word; not after "hoàn thành" ("hoàn thành lần 1", "hoàn thành phần 1"). */
function compoundBefore(tokens: readonly string[], k: number): boolean {
  return COMPOUND_BEFORE.includes(tokens[k - 1] ?? '') && !(tokens[k - 1] === 'thanh' && tokens[k - 2] === 'hoan');
}
/** What comes in levels: an electronic identity, an account. */
const LEVELLED = ['dien tu', 'dinh danh', 'vneid', 'tai khoan', 'kich hoat'];
const PLACE_MARKERS = ['tai', 'o'];

/** Buildings and grounds a gathering is held at: "tại nhà văn hóa thôn 3", "ở hội trường khu phố 2". */
const VENUES = ['nha van hoa', 'hoi truong', 'tru so', 'san van dong', 'san', 'nha sinh hoat cong dong', 'diem truong', 'nha truyen thong'];

function atAPlace(tokens: readonly string[], k: number): boolean {
  if (tokens.slice(Math.max(0, k - 3), k).some((token) => PLACE_MARKERS.includes(token))) return true;
  // "tại nhà văn hóa thôn 3": the part names where the venue stands, a place of the gathering, not a part of the work.
  return tokens.some((token, j) => j >= k - 6 && j < k && PLACE_MARKERS.includes(token) && phraseAt(tokens, j + 1, VENUES)?.end === k);
}

/** The numbered part at k (head `head`) is taken whole or is a place in the task's name, not a part of the work. */
export function wholeOrTaskPlace(tokens: readonly string[], k: number, head: string): boolean {
  return ofTheWhole(tokens, k) || (!ROUNDS.includes(head) && inTaskName(tokens, k));
}

/** A whole word a few words before the part: "cho toàn bộ học sinh lớp 9". */
function ofTheWhole(tokens: readonly string[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) if (phraseAt(tokens, j, WHOLE)) return true;
  for (let j = Math.max(0, k - WHOLE_OF_NOUN_REACH); j < k - 1; j++) if (phraseAt(tokens, j, WHOLE_OF_NOUN)) return true;
  return false;
}

/** The part sits in the task's name: "việc/vụ …" opens the clause before it and no done word comes between. */
function inTaskName(tokens: readonly string[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    if (phraseAt(tokens, j, DONE_PHRASES)) return false;
    if (phraseAt(tokens, j, TOPIC_HEADS) && j <= 3) return true;
  }
  return false;
}
