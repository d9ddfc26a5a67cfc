import { supposesAFault } from './detect-question.ts';
import { ACTIVITY_VERBS, DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { PAST_OR_CONCESSIVE } from './lexicon-obstacles.ts';
import { TOPIC_HEADS } from './lexicon-clause-roles.ts';
import { EXCEPT_FOR, EXCEPTED, LATER_TODAY, NEAR_NEGATIONS, NOTHING_AMISS, PART_HEADS } from './lexicon-doubts.ts';
import { UNIT_NOUNS } from './lexicon-others.ts';
import { PARTICLES, STATEMENT_BEFORE_CHUA } from './lexicon-non-reports.ts';
import { firstContent } from './done-doubt-others.ts';
import { containsPhrase, indexOfPhrase, isNumber, phraseAt, phraseBefore } from './match-phrases.ts';

/** Work left beside a completion, for the strict guard on "done" (done-doubt-markers.ts). */

/**
 * After the done clause, a clause without a done word that says something is not yet done: "mấy hộ
 * vắng em chưa rà", "có điều chưa ký biên bản" ("không …" more often says nothing went wrong: "không
 * phát hiện vi phạm"; "chưa có gì phát sinh" says nothing is wrong).
 */
export function notYetAfter(tokens: readonly string[]): boolean {
  // "tuần trước bị kẹt vì chưa có danh sách": told as past or conceded.
  if (containsPhrase(tokens, PAST_OR_CONCESSIVE)) return false;
  // "…, có chỗ nào chưa đúng anh nhắc em sửa": a fault supposed, the lead asked to point it out; nothing left.
  if (tokens.some((token, k) => token === 'nao' && supposesAFault(tokens, k))) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] !== 'chua' || phraseAt(tokens, k + 1, NOTHING_AMISS)) continue;
    // "…, quên chưa báo anh": only the telling was late, not the work.
    if (tokens[k - 1] === 'quen' && tokens[k + 1] === 'bao') continue;
    // "…, tại chưa ai hỏi nên em chưa báo", "mà chưa thấy ai hỏi tới": nobody asked, the telling is late.
    if (toldLate(tokens, k + 1)) continue;
    // A clause-final "chưa" asks ("xong chưa anh"), left to the question reading; after "kia", "còn lại" it states ("ba chi hội kia chưa").
    // A subject then "chưa" ("phía nam chưa") states.
    const asksAfterVerb = phraseBefore(tokens, k, [...DONE_PHRASES, ...START_VERBS]) !== null || k === 0;
    if (tokens.slice(k + 1).every((token) => PARTICLES.includes(token)) && asksAfterVerb && !STATEMENT_BEFORE_CHUA.includes(tokens[k - 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** After a "chưa" or "quên": only the telling or the asking is missing ("chưa ai hỏi", "chưa báo", "quên báo"). */
const ASKING_OR_TELLING = ['ai hoi', 'thay ai hoi', 'co ai hoi', 'bao', 'bao cao', 'bao anh', 'bao chi', 'noi', 'bao lai'];
const SKIPPED_BEFORE_TELLING = ['em', 'minh', 'toi', 'kip'];

export function toldLate(tokens: readonly string[], from: number): boolean {
  let k = from;
  while (SKIPPED_BEFORE_TELLING.includes(tokens[k] ?? '')) k++;
  const telling = phraseAt(tokens, k, ASKING_OR_TELLING);
  if (!telling) return false;
  // Asked by nobody, or told to the lead ("quên báo anh"); "chưa báo cáo lên phòng" may be the task's own report still to send.
  return telling.phrase.includes('hoi') || tokens.slice(telling.end).every((t) => PARTICLES.includes(t) || TOLD_TO_LEAD.includes(t));
}
const TOLD_TO_LEAD = ['sorry', 'sr', 'tiep', 'toi', 'nen', 'luon', 'kip', 'som'];

/** After a done clause, "còn" opening on a step: "…, còn in ấn", "còn khâu nhập máy". */
export function stepLeft(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  // "…, giờ tới khâu tổng hợp", "…, chuyển sang bước nhập liệu": moving on to a step still to do.
  const moving = phraseAt(tokens, start, MOVING_ON);
  if (moving && phraseAt(tokens, moving.end, STEP_NOUNS)) return true;
  if (tokens[start] !== 'con') return partThenLeft(tokens, start);
  const next = start + 1;
  // "…, còn buổi 2 thứ 5", "…, còn thôn Tây với thôn Nam": another part of the task still to do.
  if (phraseAt(tokens, next, PART_HEADS) || phraseAt(tokens, next, UNIT_NOUNS)) return true;
  // "…, còn chờ em ký nháy", "…, còn phải scan", "…, còn thiếu 2 hộ": something still to happen.
  if (phraseAt(tokens, next, STILL_TO_HAPPEN)) return true;
  return phraseAt(tokens, next, STEP_WORDS) !== null || phraseAt(tokens, next, ACTIVITY_VERBS) !== null || phraseAt(tokens, next, START_VERBS) !== null;
}

/** A part of the day or of the work that opens a clause before "còn": "buổi chiều còn …", "ca tối còn …", "tổ 5 còn …". */
const PART_OPENERS = ['buoi chieu', 'buoi toi', 'buoi sang', 'ca chieu', 'ca toi', 'ca sang', 'chieu', 'toi', 'phia', 'day', 'ben kia', 'nua kia'];
/** After "còn", what says nothing is left ("còn gì đâu", "còn nguyên") or the teller's other business ("buổi chiều còn họp"). */
const NOTHING_AFTER_CON = ['gi', 'dau', 'ai', 'nguyen', 'lai', 'chua', 'khong', 'chang', 'hop', 'di hop', 'truc', 'lich'];

/**
 * "Xong buổi sáng rồi, buổi chiều còn dãy hàng quần áo", "…, thôn Đông còn mấy hộ": a part opening the clause, then
 * "còn" and what it still holds, within two words of the part (round 23). Not "…, bà con còn cảm ơn" (no part opens it).
 */
function partThenLeft(tokens: readonly string[], start: number): boolean {
  const part = phraseAt(tokens, start, PART_OPENERS) ?? phraseAt(tokens, start, PART_HEADS) ?? phraseAt(tokens, start, UNIT_NOUNS);
  if (!part) return false;
  for (let k = part.end; k <= Math.min(tokens.length - 2, part.end + 2); k++) {
    if (NEAR_NEGATIONS.includes(tokens[k] ?? '') || tokens[k] === 'da' || tokens[k] === 'roi') return false;
    if (tokens[k] === 'con') return phraseAt(tokens, k + 1, NOTHING_AFTER_CON) === null && !PARTICLES.includes(tokens[k + 1] ?? '');
  }
  return false;
}
const STILL_TO_HAPPEN = ['cho', 'doi', 'phai', 'thieu', 'can', 'chua', 'dang', 'lai', 'mot so', 'may', 'vai'];
const MOVING_ON = [
  'gio toi',
  'gio den',
  'gio sang',
  'gio chuyen sang',
  'bay gio toi',
  'bay gio den',
  'bay gio sang',
  'tiep theo la',
  'tiep toi',
  'chuyen sang',
  'sang',
  'toi',
  'den',
  'qua',
];
const STEP_NOUNS = ['khau', 'buoc', 'phan', 'giai doan', 'cong doan'];
const STEP_WORDS = ['khau', 'buoc', 'phan', 'viec', 'in', 'in an', 'nhap', 'nhap may', 'nhap lieu', 'ky', 'dong dau', 'scan', 'gui', 'nop', 'bao cao'];

/**
 * "…, mới có 3 tổ thôi", "mà mới có phần nháp", "chỉ mới phần khung", "mới một phần": only so much so far
 * ("mới xong", "vừa mới nộp" are just done: "mới" then a done word is left alone).
 */
export function onlySoFar(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => {
    if (token !== 'moi') return false;
    if (tokens[k - 1] === 'chi') return phraseAt(tokens, k + 1, DONE_PHRASES) === null || tokens[k + 1] === 'nop';
    // "mới được khen", "mới được duyệt": just praised or approved, not so far.
    if (tokens[k + 1] === 'duoc' && phraseAt(tokens, k + 2, JUST_RECEIVED_AFTER)) return false;
    // "Em chờ cả tuần mới có vắc xin": after a wait, "mới có" is "only then came", not "only so far" (round 41).
    if (tokens.slice(Math.max(0, k - WAIT_REACH), k).some((t) => t === 'cho' || t === 'doi')) return false;
    return phraseAt(tokens, k + 1, SO_FAR_AFTER_MOI) !== null;
  });
}
/** How far before "mới" a wait may stand ("chờ gần hai tuần mới có"). */
const WAIT_REACH = 5;
const JUST_RECEIVED_AFTER = ['khen', 'tuyen duong', 'bieu duong', 'cong nhan', 'ghi nhan', 'duyet', 'phe duyet', 'xac nhan'];
const SO_FAR_AFTER_MOI = ['co', 'duoc', 'mot', 'mot phan', 'mot nua', 'phan', 'nua', 'nhap', 'ban nhap', 'khung'];

/** After a done clause, another part or unit with a time ahead: "…, xã B hẹn tuần sau", "…, tổ 5 thứ 2 mới xong". */
export function partAhead(tokens: readonly string[]): boolean {
  // "các tổ khác tuần sau phát": the parts may be named in the plural.
  const start = firstContent(tokens) + (PLURALS.includes(tokens[firstContent(tokens)] ?? '') ? 1 : 0);
  const part = phraseAt(tokens, start, PART_HEADS) ?? phraseAt(tokens, start, UNIT_NOUNS) ?? settlementAt(tokens, start);
  if (part === null || tokens.includes('da') || tokens.includes('roi') || containsPhrase(tokens, PAST_DAYS)) return false;
  // "…, bản người Dao chiều nay em với phiên dịch sang": later today is ahead too.
  return tokens.includes('hen') || tokens.some((_, k) => futureTimeAt(tokens, k) || phraseAt(tokens, k, TODAY_AHEAD) !== null);
}
/** Villages and sites in the uplands and the south, parts of a commune's work like "thôn" ("bản", "làng", "buôn", "bon", "điểm"). */
const SETTLEMENTS = ['ban', 'lang', 'buon', 'bon', 'diem', 'soc', 'pum'];
/**
 * "…, còn ở chợ phiên chủ nhật này mới làm", "…, còn bản Dao tuần sau mới đi": "còn" then a place or part opens the
 * rest of this work, which starts later; the part before is done (progress), not another event awaited.
 */
export function opensOnRestOfWork(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (tokens[start] !== 'con') return false;
  const next = start + 1;
  return (
    REST_PLACES.includes(tokens[next] ?? '') ||
    PLURALS.includes(tokens[next] ?? '') ||
    phraseAt(tokens, next, PART_HEADS) !== null ||
    phraseAt(tokens, next, UNIT_NOUNS) !== null ||
    phraseAt(tokens, next, SETTLEMENTS) !== null
  );
}
/** "còn ở …", "còn tại …", "còn trên …", "còn dưới …": where the rest of the work lies. */
const REST_PLACES = ['o', 'tai', 'tren', 'duoi'];
/** A settlement opening the clause; "bản" may also be taken for an opener ("bạn"), so the first word counts too. */
function settlementAt(tokens: readonly string[], start: number): ReturnType<typeof phraseAt> {
  const at = phraseAt(tokens, start, SETTLEMENTS) ?? phraseAt(tokens, 0, SETTLEMENTS);
  // "bản cứng", "bản scan", "bản báo cáo": a copy of a paper, not a hamlet.
  return at && at.phrase === 'ban' && phraseAt(tokens, at.end, COPIES) ? null : at;
}
/** After "bản", what makes it a copy of a paper: "bản cứng", "bản mềm", "bản gốc", "bản in", "bản kế hoạch". */
const COPIES = [
  'cung',
  'mem',
  'goc',
  'sao',
  'chinh',
  'in',
  'scan',
  'word',
  'pdf',
  'excel',
  'giay',
  'photo',
  'nhap',
  'thao',
  'ke hoach',
  'bao cao',
  'tong hop',
  'danh sach',
  'bien ban',
  'cam ket',
  'dang ky',
  'thu',
];
/** Later today as two words (a bare "chiều", "lát" may be a past afternoon or another word). */
const TODAY_AHEAD = LATER_TODAY.filter((phrase) => phrase.includes(' '));
const PLURALS = ['cac', 'nhung', 'may'];
const PAST_DAYS = ['hom qua', 'hom kia', 'tuan truoc', 'thang truoc', 'bua qua', 'vua roi'];

/** A time ahead at k ("tuần sau", "thứ 5"), not a word that folds alike ("nghiệm thu", "hôm nay", "chỉ mai"). */
function futureTimeAt(tokens: readonly string[], k: number): boolean {
  const time = phraseAt(tokens, k, FUTURE_TIMES);
  if (!time || ['hom', 'tu', 'nghiem', 'chi', 'co', 'ban'].includes(tokens[k - 1] ?? '')) return false;
  return time.phrase !== 'thu' || isNumber(tokens[k + 1]);
}

/** After a done clause, a clause without a done word about "the rest": "…, các tổ còn lại mai em đi", "…, số còn lại đang xác minh". */
export function restLeft(tokens: readonly string[]): boolean {
  return containsPhrase(tokens, THE_REST);
}
const THE_REST = ['con lai', 'phan con lai', 'so con lai', 'nua con lai', 'phan sau', 'nua sau'];

/** "trừ 2 hộ", "ngoại trừ khu nhà trọ", "riêng tổ 5 chưa nộp": work left out of the completion. */
export function leavesOut(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const except = phraseAt(tokens, k, EXCEPT_FOR);
    if (!except) continue;
    if (except.phrase === 'tru') {
      // "lưu trữ hồ sơ", "dự trữ": storing, not "trừ" (except), which folds alike; nor "tạm trú", "cư trú", "thường trú" (residence).
      if (['luu', 'du', 'tam', 'cu', 'thuong'].includes(tokens[k - 1] ?? '')) continue;
      // "tại trụ sở", "lên trụ sở": a headquarters after "at/to", not "trừ số" (except the number).
      // "chằng chống xong trụ sở": the headquarters as the object of a done.
      if (tokens[k + 1] === 'so' && (AT_OR_TO.includes(tokens[k - 1] ?? '') || tokens[k - 1] === 'xong')) continue;
      if (isNumber(tokens[except.end]) || phraseAt(tokens, except.end, EXCEPTED)) return true;
    } else if (except.phrase === 'rieng' || except.phrase === 'co dieu') {
      if (containsPhrase(tokens.slice(except.end), NEAR_NEGATIONS)) return true;
      // "riêng đoạn trước chợ còn lấn chiếm": the part set apart still holds something.
      const still = tokens.indexOf('con', except.end);
      if (except.phrase === 'rieng' && still > 0 && !['gi', 'dau', 'ai'].includes(tokens[still + 1] ?? '') && still + 1 < tokens.length) return true;
    } else return true;
  }
  return false;
}

const AT_OR_TO = ['tai', 'o', 've', 'len', 'den', 'toi', 'tu'];

/** "…, tuần sau em rà tiếp", "…, mai làm nốt", "…, chiều đi tiếp 2 thôn": more of the work at a time ahead. */
export function continuesLater(tokens: readonly string[]): boolean {
  // "chiều em gửi thêm ảnh", "mai em bổ sung biên bản": proof sent later leaves the done as it is (round 6).
  if (containsPhrase(tokens, PROOF)) return false;
  const time = indexOfPhrase(tokens, FUTURE_TIMES);
  if (time >= 0 && tokens[time - 1] !== 'hom' && indexOfPhrase(tokens, CONTINUING, time) >= 0) return true;
  // later today, opening the clause: "chiều", "tối nay", "lát", "tí" ("chiều nay" is also skipped as an opener)
  const later = indexOfPhrase(tokens.slice(0, firstContent(tokens) + 1), LATER_TODAY);
  return later >= 0 && indexOfPhrase(tokens, CONTINUING, later + 1) >= 0;
}
const CONTINUING = ['tiep', 'tiep tuc', 'not', 'nua', 'bo sung', 'them'];
/** Proof or a paper copy of the work, not the work ("ảnh" is read only as "hình ảnh", "ảnh chụp", "thêm ảnh": "anh" is the lead). */
const PROOF = ['hinh anh', 'anh chup', 'anh minh chung', 'them anh', 'minh chung', 'bien ban', 'ban giay', 'ban cung', 'ban scan', 'ban goc'];

/** "vụ tuyên truyền tuần sau em làm": the clause opens on another job's name. */
export function namesAJob(tokens: readonly string[]): boolean {
  return phraseAt(tokens, firstContent(tokens), TOPIC_HEADS) !== null;
}

/**
 * A clause before the done that opens on what is still left: "Còn mỗi việc gửi báo cáo nữa thôi, các
 * bước kia xong hết", "Giờ chỉ còn khâu nhập máy nữa, …" ("còn … nữa"); not "còn gì nữa đâu" (nothing).
 */
export function leftBeforeDone(tokens: readonly string[]): boolean {
  let k = firstContent(tokens);
  if (phraseAt(tokens, k, NOW_OPENERS)) k = phraseAt(tokens, k, NOW_OPENERS)?.end ?? k;
  if (tokens[k] === 'chi') k++;
  if (tokens[k] !== 'con' || ['gi', 'dau', 'lai', 'ai'].includes(tokens[k + 1] ?? '')) return false;
  return tokens.includes('nua', k + 2);
}
const NOW_OPENERS = ['bay gio', 'gio', 'hien gio', 'hien tai'];
