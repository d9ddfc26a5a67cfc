import { PARTICLES } from './lexicon-non-reports.ts';
import { phraseAt } from './match-phrases.ts';

/**
 * Courtesies after a report that neither tell a status nor ask about it: an offer to hear more ("có
 * gì cần bổ sung anh cứ báo em", "có gì anh chỉ đạo thêm") and a check that the lead received what
 * was sent ("anh nhận được chưa ạ"). Read as a status word, "báo" makes the first a relayed report
 * and "chưa" makes the second work left or a question about the task.
 */

/** How an offer opens: a supposition of something more to do. */
const OFFER_OPENERS = ['co gi', 'neu co gi', 'can gi', 'neu can', 'co gi can', 'co van de gi', 'co gi chua', 'co gi sai', 'co gi sai sot', 'neu co sai sot'];
/** Who is offered to act: the lead, not the unit ("có gì vướng em báo" supposes a snag of the unit's own). */
const LEAD = ['anh', 'chi', 'a', 'c', 'sep', 'thu truong', 'lanh dao', 'dong chi'];
const UNIT_ACTS = ['em bao', 'em se bao', 'minh bao', 'toi bao', 'em xin', 'em gui', 'em nop', 'em lam'];

export function offersFurtherHelp(tokens: readonly string[]): boolean {
  const start = skipParticles(tokens, 0);
  const opener = phraseAt(tokens, start, OFFER_OPENERS);
  if (!opener) return false;
  let leadActs = false;
  for (let i = opener.end; i < tokens.length; i++) {
    if (phraseAt(tokens, i, UNIT_ACTS)) return false;
    if (phraseAt(tokens, i, LEAD)) leadActs = true;
  }
  return leadActs;
}

const RECEIVING = ['nhan duoc', 'nhan', 'thay', 'xem duoc', 'mo duoc', 'check duoc', 'tai duoc'];
const NOT_YET_ASKED = ['chua', 'khong', 'chua vay', 'duoc chua', 'duoc khong'];

/** "anh nhận được chưa ạ", "anh đã nhận được file chưa", "chị mở được không ạ": the lead addressed, asked about receipt. */
export function asksReceipt(tokens: readonly string[]): boolean {
  let i = skipParticles(tokens, 0);
  const first = i;
  for (let lead = phraseAt(tokens, i, LEAD); lead; lead = phraseAt(tokens, i, LEAD)) i = lead.end;
  if (i === first) return false;
  if (tokens[i] === 'da') i++;
  const verb = phraseAt(tokens, i, RECEIVING);
  if (!verb) return false;
  let end = tokens.length;
  while (end > verb.end && PARTICLES.includes(tokens[end - 1] ?? '') && !NOT_YET_ASKED.includes(tokens[end - 1] ?? '')) end--;
  for (let k = verb.end; k < Math.min(end, verb.end + 4); k++) {
    const asked = phraseAt(tokens, k, NOT_YET_ASKED);
    if (asked && asked.end === end) return true;
  }
  return false;
}

/** Now, just before "mới": the telling comes only now ("giờ mới báo", "nay em mới nhắn được"). */
// Not a bare "nay" ("việc này em mới nhận"); not "nhắn", which folds like "nhận" (received: "sáng nay em mới nhận được").
const ONLY_NOW = ['gio', 'bay gio', 'gio nay', 'hom nay', 'toi nay', 'luc nay'];
const TELLING = ['bao', 'bao cao', 'nhan tin', 'tra loi', 'goi dien', 'bao duoc', 'len mang', 'vao mang', 'rep', 'reply'];
const TELLER = ['em', 'minh', 'toi', 'tui', 'con', 'chau'];
/** Words that may close the telling itself: "mới báo được cho anh", "mới nhắn lên nhóm". */
const AROUND_TELLING = ['duoc', 'cho', 'len', 'nhom', 'voi', 've'];
/** Content words after the telling from which on the clause carries a report of its own. */
const REPORT_AFTER_EXCUSE = 3;

/**
 * "…, tại em đi bản không có sóng nên giờ mới báo được", "…, hôm qua mất mạng, nay em mới nhắn anh": why the report
 * comes late, beside it. It tells no status (round 23): read as one, "không có sóng" is someone's missing thing
 * and "báo" a relayed report.
 */
export function explainsLateTelling(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const now = phraseAt(tokens, k, ONLY_NOW);
    if (!now) continue;
    let i = now.end;
    const teller = phraseAt(tokens, i, TELLER);
    if (teller) i = teller.end;
    const telling = tokens[i] === 'moi' ? phraseAt(tokens, i + 1, TELLING) : null;
    // "giờ em mới báo: lớp … đã bế giảng": the report itself follows the excuse in the same clause.
    if (telling) return tokens.slice(telling.end).filter((t) => !PARTICLES.includes(t) && !AROUND_TELLING.includes(t)).length < REPORT_AFTER_EXCUSE;
  }
  return notToldYet(tokens);
}

/** Before the telling, what kept it back: "chưa kịp", "chưa có dịp", "chưa rảnh" ("quên báo" is read where it stands). */
const KEPT_BACK = ['chua kip', 'chua co dip', 'chua ranh'];
/** Telling words after "chưa kịp", "nhắn" among them ("chưa kịp nhắn" cannot be "received"). */
const TELLING_LATE = [...TELLING, 'nhan', 'nhan anh', 'bao anh', 'bao chi'];

/**
 * "…, tại em chưa kịp nhắn", "…, em chưa kịp báo": the report was not sent, the work was done (round 31). Only the
 * teller's own telling, and only when the clause ends there: "chưa kịp báo cáo số liệu lên huyện" is the work.
 */
function notToldYet(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const kept = phraseAt(tokens, k, KEPT_BACK);
    if (!kept) continue;
    const telling = phraseAt(tokens, kept.end, TELLING_LATE);
    if (!telling || !tokens.slice(0, k).some((t) => TELLER.includes(t))) continue;
    const rest = tokens.slice(telling.end);
    if (rest.length <= 2 && !rest.some((t) => ['so', 'len', 've', 'cho'].includes(t))) return true;
  }
  return false;
}

/** A treat or a party the teller promises: "mời cà phê", "đi nhậu", "liên hoan". */
const TREATS = [
  'moi ca phe',
  'moi cafe',
  'moi cf',
  'moi nuoc',
  'moi an',
  'moi com',
  'moi bia',
  'moi lau',
  'di nhau',
  'nhau',
  'lien hoan',
  'an mung',
  'di choi',
  'di an',
];
const FINISHES = ['xong', 'hoan thanh', 'hoan tat', 'xong xuoi', 've dich'];
/** Food and drink a treat names a few words after "mời": "mời cả đội trà sữa", "mời anh em ly cà phê". */
const TREAT_FARE = [
  'chau',
  'ca phe',
  'cafe',
  'cf',
  'tra sua',
  'tra da',
  'nuoc',
  'bia',
  'lau',
  'com',
  'pho',
  'bun',
  'che',
  'kem',
  'banh',
  'nhau',
  'di an',
  'an com',
  'an trua',
  'an toi',
  'bua',
  'tiec',
];
/** How many words (the guests) may stand between "mời" and the fare. */
const GUEST_REACH = 4;

/** "mời cả đội trà sữa": "mời" then, after the guests, food or drink. */
export function treatAt(tokens: readonly string[], at: number): boolean {
  if (tokens[at] !== 'moi') return false;
  for (let j = at + 1; j <= Math.min(tokens.length - 1, at + GUEST_REACH); j++) if (phraseAt(tokens, j, TREAT_FARE)) return true;
  return false;
}
/** How far after the finish the treat may come ("xong đợt này em mời cả tổ cà phê"). */
const TREAT_REACH = 7;

/**
 * "Anh em vất vả rồi, xong đợt này em mời cà phê", "xong vụ này là đi nhậu": a treat promised for once the work is
 * done, nothing told as past: talk beside the work, no status (round 23).
 */
export function promisesTreat(tokens: readonly string[]): boolean {
  if (tokens.includes('roi') || tokens.includes('da')) return false;
  return tokens.some((_, k) => {
    const finish = phraseAt(tokens, k, FINISHES);
    if (!finish) return false;
    for (let j = finish.end; j < Math.min(tokens.length, finish.end + TREAT_REACH); j++) if (phraseAt(tokens, j, TREATS) || treatAt(tokens, j)) return true;
    return false;
  });
}

function skipParticles(tokens: readonly string[], from: number): number {
  let i = from;
  while (i < tokens.length && ['da', 'vang', 'ok', 'oke', 'con', 'thi', 'voi', 'nhung'].includes(tokens[i] ?? '')) i++;
  return i;
}

/** Opening a clause that only widens the one before ("kể cả mấy người đang đi làm xa", "bao gồm cả hộ tạm trú"). */
const INCLUSIONS = ['ke ca', 'bao gom ca', 'tinh ca', 'ke luon ca', 'ca nhung'];

/**
 * "Không còn cử tri nào chưa được đối chiếu, kể cả mấy người đang đi xuất khẩu lao động": after a report, a clause
 * opening with "kể cả" names who the report covers; its verbs ("đang đi làm xa") are theirs, not the work's (round 30).
 */
export function widensTold(tokens: readonly string[]): boolean {
  // "… kể cả 2 hộ ở xa cũng đã đến tận nơi" tells what was done there too: it stays a telling clause.
  if (tokens.some((t) => t === 'da' || t === 'roi' || t === 'xong')) return false;
  return phraseAt(tokens, skipParticles(tokens, 0), INCLUSIONS) !== null;
}
