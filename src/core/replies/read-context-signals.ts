import { CONSENT } from './read-none-of-denied.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { APPROVALS, MISSING_PAPERS } from './lexicon-obstacles.ts';
import { isNumber, type PhraseMatch, phraseAt, phraseBefore } from './match-phrases.ts';
import type { Signal } from './types.ts';
import { startsAfterEventEnds, waitsForEventToEnd, waitsForSeasonThenStarts } from './read-start-ahead.ts';
import { PERIOD_BEFORE_KY } from './detect-signature-condition.ts';

/**
 * Status evidence that needs the words around it: waiting ("chờ ý kiến"), missing papers ("chưa có
 * danh sách"), work left ("còn 2 hộ nữa"), held-up steps ("chưa ký thì chưa gửi được"), the whole
 * of it done ("đã thu đủ"), "kẹt quá", and a start put off ("mai em mới làm").
 */

/** Now, Central "chừ" too: "nên giờ chưa …". */
const NOW_WORDS = ['gio', 'chu', 'bay gio', 'hien', 'hien gio', 'hien tai'];

/** After "vì/do": the unit's own business, not something that holds it up. */
const OWN_BUSY = ['dang', 'ban', 'phai', 'con dang', 'mac'];

/**
 * "chưa ký thì chưa gửi được", "chưa có số liệu … nên (em) chưa tổng hợp được", "chưa gửi được vì
 * anh Trưởng phòng đi công tác": held up by a missing step or by someone else.
 */
export function unableBecause(tokens: readonly string[]): Signal | null {
  const first = tokens.findIndex((token) => token === 'chua' || token === 'khong');
  if (first < 0) return null;
  for (let i = first + 1; i < tokens.length - 2; i++) {
    if (tokens[i] !== 'nen' && tokens[i] !== 'thi') continue;
    // "… chưa gửi qua nên em chưa tổng hợp được": the unit may be named before its "cannot".
    // "… nên chừ (em) chưa kiểm tra được": a word of now may stand before or after the unit.
    const nowFirst = phraseAt(tokens, i + 1, NOW_WORDS);
    const self = phraseAt(tokens, nowFirst ? nowFirst.end : i + 1, SELF_SUBJECTS);
    const afterSelf = self ? self.end : nowFirst ? nowFirst.end : i + 1;
    const now = phraseAt(tokens, afterSelf, NOW_WORDS);
    const negation = negationAfterThing(tokens, now ? now.end : afterSelf);
    if (!negation) continue;
    for (let j = negation.end; j < tokens.length; j++) if (tokens[j] === 'duoc') return { status: 'blocked', strong: true, tag: 'unable_because' };
  }
  // "Chưa gửi được báo cáo vì anh Trưởng phòng đi công tác": cannot, then why.
  const unable = tokens.indexOf('duoc', first + 1);
  if (unable > 0 && unable - first <= 4) {
    for (let i = unable + 1; i < tokens.length - 1; i++) {
      if (tokens[i] !== 'vi' && tokens[i] !== 'tai' && (tokens[i] !== 'do' || tokens[i - 1] === 'tien')) continue;
      // "chưa trả lời được vì (em) đang đi địa bàn": the unit busy elsewhere, not held up.
      const self = phraseAt(tokens, i + 1, SELF_SUBJECTS);
      if (phraseAt(tokens, self ? self.end : i + 1, OWN_BUSY)) return null;
      return { status: 'blocked', strong: true, tag: 'unable_because' };
    }
  }
  return null;
}

/** How many words the thing worked on may take between "nên" and its negation ("nên mộ chưa dời qua được"). */
const THING_REACH = 3;
/** Words that tell something done or going on: no thing's name. */
const NOT_THING = new Set(['da', 'roi', 'xong', 'dang', 'van', 'cung']);

/** The negation right after "nên", or after the thing that cannot be worked on (round 45), as a phrase end. */
function negationAfterThing(tokens: readonly string[], at: number): { end: number } | null {
  const right = phraseAt(tokens, at, NEGATIONS);
  if (right) return right;
  for (let k = at; k < Math.min(tokens.length, at + THING_REACH); k++) {
    if (NOT_THING.has(tokens[k] ?? '')) return null;
    const negation = phraseAt(tokens, k + 1, NEGATIONS);
    if (negation) return negation;
  }
  return null;
}

/** After "đang chờ", the unit itself ("đang chờ em điền nốt"): not someone else ("đơn vị chủ trì" may be another). */
// Not "tôi": unaccented it is "tới" (until), "phải chờ tới thứ 3".
const WAITED_SELVES = ['em', 'minh', 'tui', 'chung em', 'ben em', 'tui em'];

/** "chờ ý kiến", "đang đợi chữ ký": waiting on someone else is a blocker. */
export const WAIT_PHRASES = [
  'cho',
  'doi',
  'dang cho',
  'dang doi',
  'van cho',
  'van doi',
  'con cho',
  'con doi',
  'phai cho',
  'phai doi',
  'van dang cho',
  'ngoi cho',
  'cho doi',
  'dang cho doi',
];
/** Before "cho" meaning "for": "thay cho", "giúp cho", "hộ cho". */
const FOR_BEFORE = ['thay', 'giup', 'ho', 'gium', 'dum'];
/** After "cho": those the work is for, so "cho" is "for", not "chờ" (both fold alike). */
const SERVED = [
  'cac ho',
  'ho dan',
  'nguoi dan',
  'ba con',
  'nhan dan',
  'cac doi tuong',
  'doi tuong',
  'hoc sinh',
  'cac em',
  'tre em',
  'nguoi cao tuoi',
  'cac gia dinh',
  'ho gia dinh',
  'cac thanh vien',
  'hoi vien',
  'doan vien',
];
/** Before a bare "chờ": the unit is the one waiting ("em chờ…", "nên chờ…"). */
const WAIT_BEFORE = [
  ...SELF_SUBJECTS,
  ...PARTICLES,
  'nen',
  'do',
  'vi',
  'hien',
  'thi',
  'con',
  'van',
  'dang',
  'phai',
  'van phai',
  'nen phai',
  'hien dang',
  'hien van',
  'gio',
  'bay gio',
  'hien gio',
  'gio dang',
  'gio van',
  'luc nay',
  // "xong rồi mà chờ chủ tịch ký": a finish held up
  'ma',
  'nhung ma',
  // "8/15 cột, còn lại đợi bóng về": the rest held up
  'con lai',
  'phan con lai',
];
/** After "chờ"/"đợi": a time or the unit's own step, which it merely waits for. */
const SEQUENCE_EVENTS = [
  'hop',
  'hoi nghi',
  'het',
  'qua',
  'sau',
  'xong',
  'toi',
  'den',
  'ngay',
  'tuan',
  'thang',
  'mai',
  'dip',
  'sang',
  'chieu',
  'luc',
  'em',
  'chut',
  'ti',
  'mot chut',
  'lat',
];
/** "đối chiếu", "đối tượng", "chỗ này": words that fold like "đợi" or "chờ". */
const NOT_WAITING = [
  'doi chieu',
  'doi tuong',
  'doi thoai',
  'doi moi',
  'doi ngu',
  'doi voi',
  'doi tac',
  'doi ung',
  'doi xu',
  'doi dien',
  'doi soat',
  'doi chung',
  'doi lai',
  'cho nay',
  'cho do',
  'cho kia',
  'cho nao',
];
/** After a bare "chờ" inside a clause: decisions one waits for ("hồ sơ chờ ký"), not places ("gửi cho phòng"). */
const AWAITED_DECISIONS = [
  'y kien',
  'ky',
  'chu ky',
  'phe duyet',
  'duyet',
  'huong dan',
  'chi dao',
  'phan hoi',
  'tra loi',
  'giai ngan',
  'thong qua',
  'tham dinh',
  'xac minh',
  'cap kinh phi',
  'bo tri',
];
/** Before "cho": giving to someone, "gửi cho", "báo cáo cho", "hướng dẫn cho". */
const GIVING_VERBS = [
  'gui',
  'chuyen',
  'giao',
  'nop',
  'bao',
  'bao cao',
  'phat',
  'cap',
  'lam',
  'trao',
  'dua',
  'xin',
  'tra',
  'viet',
  'to chuc',
  'ho tro',
  'de',
  'noi',
  'huong dan',
  'phan cong',
  'tuyen truyen',
  'trien khai',
  'thuc hien',
  'mua',
  'in',
  'ban giao',
];

const STUCK_BEFORE = [...PARTICLES, ...SELF_SUBJECTS, 'bi', 'dang', 'van', 'con', 'that', 'hoi'];

/** "kẹt quá anh ơi" folds like "kết quả": it is "kẹt quá" when nothing but particles follows and it has no object role. */
export function saysStuck(tokens: readonly string[], match: PhraseMatch): boolean {
  for (let i = match.end; i < tokens.length; i++) if (!PARTICLES.includes(tokens[i] ?? '')) return false;
  if (tokens[match.start - 1] === 'co') return false;
  return match.start === 0 || phraseBefore(tokens, match.start, STUCK_BEFORE) !== null;
}

/** Later today, said so ("tối nay", not "tới 9h tối", an hour that may be past). */
const TONIGHT_OR_THIS_AFTERNOON = ['toi nay', 'chieu nay', 'trua nay', 'khuya nay', 'lat nua', 'ti nua'];

/** "mai em mới làm", "qua Tết mới làm được": "mới" after a future time puts the verb ahead. */
export function laterOnly(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  // "tối nay em mới ngồi làm": "ngồi" sits down to the verb.
  while (i >= 0 && (tokens[i] === 'em' || tokens[i] === 'lam' || tokens[i] === 'ben' || tokens[i] === 'duoc' || tokens[i] === 'ngoi')) i--;
  if (tokens[i] !== 'moi') return false;
  for (let j = 0; j < i; j++) if (phraseAt(tokens, j, FUTURE_TIMES) || phraseAt(tokens, j, TONIGHT_OR_THIS_AFTERNOON)) return true;
  return false;
}

/** "chưa có danh sách", "chưa nhận được công văn": a missing paper or means is a blocker. */
export function readMissing(tokens: readonly string[], match: PhraseMatch): Signal | null {
  const next = ['duoc', 'cac', 'bat ky', 'ban'].includes(tokens[match.end] ?? '') ? match.end + 1 : match.end;
  // "chưa có ai đi", "chưa có người nào làm": nobody has done any of it yet (not "chưa có người", a lack of staff).
  if (match.phrase.endsWith('co') && (tokens[next] === 'ai' || (tokens[next] === 'nguoi' && tokens[next + 1] === 'nao')))
    return { status: 'not_started', strong: true, tag: 'nothing_yet:nobody' };
  const paper = phraseAt(tokens, next, MISSING_PAPERS);
  if (paper) return { status: 'blocked', strong: true, tag: `missing:${paper.phrase}` };
  // "danh sách đối tượng thì em chưa có": the missing paper named first, as the topic.
  if (restIsParticles(tokens, match.end)) {
    for (let i = 0; i < match.start; i++) {
      const named = phraseAt(tokens, i, MISSING_PAPERS);
      if (named) return { status: 'blocked', strong: true, tag: `missing:${named.phrase}` };
    }
  }
  // "không có hộ nào chịu ký", "không có ai đồng ý": the people needed refuse, a blocker.
  const none = tokens[match.end + 1] === 'nao' ? match.end + 2 : tokens[match.end + 2] === 'nao' ? match.end + 3 : -1;
  if (match.phrase === 'khong co' && none >= 0 && phraseAt(tokens, none, CONSENT)) return { status: 'blocked', strong: true, tag: 'refused:none_agree' };
  // "chưa có tổ nào nộp", "chưa có hộ nào được rà soát": none of it done yet.
  if (match.phrase.endsWith('co') && (tokens[match.end + 1] === 'nao' || tokens[match.end + 2] === 'nao')) {
    return { status: 'not_started', strong: true, tag: 'nothing_yet:none_of' };
  }
  return null;
}

function restIsParticles(tokens: readonly string[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (!PARTICLES.includes(tokens[i] ?? '')) return false;
  return true;
}

/** "đang chờ ý kiến", "em chờ anh Hùng ký", "hồ sơ chờ duyệt"; not "gửi cho phòng". */
export function readWait(tokens: readonly string[], match: PhraseMatch): Signal | null {
  // "phải đối chiếu lại", "chỗ này": "đối", "chỗ" fold like "đợi", "chờ".
  if (phraseAt(tokens, match.end - 1, NOT_WAITING)) {
    // "giờ đang đối chiếu": the "đang" before "đối chiếu" still says the work goes on.
    return match.phrase.includes('dang') ? { status: 'in_progress', strong: true, tag: 'ongoing:dang' } : null;
  }
  // "không phải chờ ai nữa", "khỏi đợi", "không cần chờ": a wait denied holds nothing up.
  if (phraseBefore(tokens, match.start, WAIT_DENIED)) return null;
  // Typed without diacritics, "doi" before a tense and a verb ("doi dang lam", "doi da xong 3 thon") or a team's name is "đội" (a team), not "đợi".
  if (match.phrase === 'doi' && (teamBefore(tokens, match.end) || (TENSES.includes(tokens[match.end] ?? '') && match.end + 1 < tokens.length))) return null;
  // "phải đợi cấy xong em mới họp dân", "đợi thi xong thì trường mới tổ chức": waiting for an event's end, then the start.
  if (
    startsAfterEventEnds(tokens.slice(match.end), true) ||
    waitsForSeasonThenStarts(tokens.slice(match.start)) ||
    waitsForEventToEnd(tokens.slice(match.start))
  )
    return null;
  const waiting: Signal = { status: 'blocked', strong: true, tag: `waiting:${match.phrase}` };
  // "phần biểu mẫu đang chờ em điền nốt": waiting on the unit itself is its own work still to do.
  if (match.end - match.start > 1 && phraseAt(tokens, match.end, WAITED_SELVES)) return { status: 'in_progress', strong: true, tag: 'waiting_on_self' };
  if (match.end - match.start > 1) return waiting;
  if (match.end >= tokens.length) return null;
  // "hoàn thành thay cho xã Tân An", "làm giúp cho tổ 3": "cho" is "for" ("thầy" folds like "thay").
  if (match.phrase === 'cho' && FOR_BEFORE.includes(tokens[match.start - 1] ?? '')) return null;
  // "phát xong thẻ cho các hộ", "tiêm cho người dân": "cho" before those served is "for".
  const opensClause = match.start === 0 || phraseBefore(tokens, match.start, WAIT_BEFORE) !== null;
  if (match.phrase === 'cho' && match.start > 0 && phraseAt(tokens, match.end, SERVED) && !phraseBefore(tokens, match.start, SELF_SUBJECTS)) return null;
  // "đợi họp xong mới triển khai", "chờ qua Tết": the unit's own sequence, not a blocker.
  if (opensClause) return phraseAt(tokens, match.end, SEQUENCE_EVENTS) ? null : waiting;
  const awaited = phraseAt(tokens, match.end, AWAITED_DECISIONS) !== null || signedBySomeone(tokens, match.end);
  return awaited && !phraseBefore(tokens, match.start, GIVING_VERBS) ? waiting : null;
}

/** A signature or an approval, the act after whoever gives it: "chờ chủ tịch xã ký", "chờ trưởng ban duyệt". */
const SIGNING_ACTS = ['ky', 'duyet', 'phe duyet', 'ky duyet', 'xac nhan'];
/** Longest name of the one who signs: "chủ tịch xã", "thủ trưởng đơn vị". */
const LONGEST_SIGNER = 4;

/** "chờ bí thư ký", not "chờ em ký" (the unit's own step) nor "chờ đến học kỳ" (a period). */
function signedBySomeone(tokens: readonly string[], from: number): boolean {
  if (phraseAt(tokens, from, SELF_SUBJECTS) || isNumber(tokens[from])) return false;
  for (let k = from + 1; k <= from + LONGEST_SIGNER && k < tokens.length; k++) {
    if (phraseAt(tokens, k, SIGNING_ACTS)) return !(tokens[k] === 'ky' && PERIOD_BEFORE_KY.includes(tokens[k - 1] ?? ''));
    if (NOT_IN_SIGNER.includes(tokens[k] ?? '')) return false;
  }
  return false;
}

/** Words that end the signer's name: a tense, a verb of the unit's or a linking word. */
const NOT_IN_SIGNER = ['da', 'dang', 'roi', 'xong', 'la', 'thi', 'moi', 'de', 'cho', 'va', 'nhung'];

/** Before an approval, within a few words: it has not come ("chưa thấy lãnh đạo duyệt", "chưa được quận phản hồi"). */
const NOT_YET_SEEN = ['chua', 'chua thay', 'chua duoc', 'van chua', 'van chua thay', 'chua nhan duoc'];

/** "chưa thấy lãnh đạo duyệt", "vẫn chưa được phòng ký": an approval from elsewhere not yet come is a blocker. */
export function pendingApproval(tokens: readonly string[]): Signal | null {
  for (let i = 0; i < tokens.length; i++) {
    const negation = phraseAt(tokens, i, NOT_YET_SEEN);
    // "em chưa trả lời được": the unit's own answer.
    if (!negation || phraseBefore(tokens, i, SELF_SUBJECTS)) continue;
    for (let j = negation.end; j <= Math.min(tokens.length - 1, negation.end + 3); j++) {
      if (phraseAt(tokens, j, SELF_SUBJECTS)) break;
      const approval = phraseAt(tokens, j, APPROVALS) ?? (negation.phrase.endsWith('thay') && tokens[j] === 'ky' ? { phrase: 'ky' } : null);
      // "chưa thấy ký": a signature looked for, not the unit's own ("chưa ký" may be).
      if (approval) return { status: 'blocked', strong: true, tag: `approval_pending:${approval.phrase}` };
    }
  }
  return null;
}

/** Before a wait: it is denied. */
const WAIT_DENIED = ['khong', 'khong phai', 'khong can', 'khoi', 'chang phai', 'chang can', 'khoi phai', 'khoi can'];

/** Tense markers: after "doi" they show it is a subject ("đội đang làm"), since "đợi" takes an object. */
const TENSES = ['da', 'dang', 'se', 'van', 'vua', 'con dang'];
/** Names of teams after "đội": "đội công tác", "đội xung kích", "đội dân phòng". */
const TEAMS = ['cong tac', 'xung kich', 'tinh nguyen', 'dan phong', 'tu quan', 'an ninh', 'thanh nien'];

function teamBefore(tokens: readonly string[], at: number): boolean {
  return phraseAt(tokens, at, TEAMS) !== null;
}
