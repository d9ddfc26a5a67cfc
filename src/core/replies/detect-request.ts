/**
 * Whether a clause asks someone else to act: "đề nghị các đơn vị báo cáo trước 17h", "anh kiểm tra lại giúp em",
 * a group told what to do by a deadline. Such a clause reports nothing, even when it names the outcome.
 */
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { helpThePeopleNeed } from './read-not-the-work.ts';
import { ownEntry } from '../text/own-entry.ts';
import { firstContent, SELF, startsWithSelf, TOLD_AS_HAPPENED } from './clause-subject.ts';
import {
  ADDRESSEES,
  GROUP_ADDRESSEES,
  HELP_OBJECTS,
  IMPERATIVES,
  REQUEST_ENDINGS,
  REQUEST_OPENERS,
  SELF_SUBJECTS,
  STRONG_IMPERATIVES,
  TELLING_MARKERS,
} from './lexicon-clause-roles.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase, indexOfPhrase, phraseAt, phraseAtIn } from './match-phrases.ts';

/** A request opened by these is an instruction even when it names the outcome ("khẩn trương hoàn thành"). */
const STRONG_REQUEST_BLOCKERS = ['da', 'dang', 'roi'];
/** Finishing the work, as others are told to ("hoàn thành", "xong", "gửi báo cáo"). */
const FINISH_VERBS = ['hoan thanh', 'xong', 'gui bao cao', 'nop bao cao', 'ket thuc'];
/** After "các tổ", "các thôn": the others, the rest ("các tổ khác", "các thôn còn lại"). */
const OTHER_PARTS = ['khac', 'con', 'kia'];
/** What an instruction to the other parts carries: a deadline, a push, a closing particle. */
const INSTRUCTING = ['truoc', 'nhe', 'nha', 'di', 'len', 'nhanh', 'khan truong', 'phai', 'can'];

/** "các tổ khác tuần sau phát": the rest of the unit's parts with a time ahead, told, not an instruction to them. */
function otherPartsLater(tokens: readonly string[], start: number): boolean {
  const group = phraseAt(tokens, start, ADDRESSEES);
  if (!group || !OTHER_PARTS.includes(tokens[group.end] ?? '')) return false;
  return containsPhrase(tokens, FUTURE_TIMES) && !tokens.some((token) => INSTRUCTING.includes(token));
}
const STRONG_OPENERS = ['de nghi', 'yeu cau', 'khan truong', 'luu y', 'nhac', 'vui long', 'kinh moi', 'xin moi', 'moi', 'nho', 'please', 'pls', 'plz'];

/** "đề nghị các đơn vị báo cáo trước 17h", "anh kiểm tra lại giúp em", "mọi người gửi số liệu nhé". */
export function isRequest(words: readonly string[]): boolean {
  const tokens = withHelpAsWork(words);
  const start = firstContent(tokens);
  // "đã nhờ thầy giáo gửi lên hôm qua": "đã" folds like the particle "dạ"; a plea made yesterday was a step taken.
  if (tokens[0] === 'da' && containsPhrase(tokens, DAYS_PAST)) return false;
  // "…, các tổ khác tuần sau phát", "các thôn còn lại mai đi": the unit's other parts as a topic, not addressed.
  if (otherPartsLater(tokens, start)) return false;
  // "Ai xong trước thì hỗ trợ tổ khác": whoever finishes is told what to do, even to help.
  if (addressesWhoever(tokens, start)) return true;
  if (asksToCheck(tokens)) return true;
  if (asksForAPaper(tokens)) return true;
  // "Đồng chí Tâm đôn đốc các tổ nộp bảng kiểm điểm nhé", "… chỉ đạo các thôn …": a comrade told to push others, closed by "nhé".
  const pushes = containsPhrase(tokens, CHASING) && CLOSING_ASKS.includes(tokens[tokens.length - 1] ?? '');
  // The name after "đồng chí" may fold like a tense word ("Vân" like "vẫn"): look past it.
  if (pushes && namesComradeFirst(tokens) && indexOfPhrase(tokens, TOLD_AS_HAPPENED, comradeNamedUpTo(tokens)) < 0) return true;
  if (bodyDemandsFinish(tokens, start) || remindsOnceDone(tokens)) return true;
  // "đề nghị đồng chí … chỉ đạo đoàn hoàn thành kết luận trước 10/12": direction asked for others to finish by a deadline instructs.
  const directsFinish = deadlineAhead(tokens) && tokens.some((_, k) => phraseAt(tokens, k, FINISH_VERBS) !== null);
  if (!directsFinish && tokens.some((_, k) => phraseAt(tokens, k, HELP_OBJECTS) !== null && !helpThePeopleNeed(tokens, k))) return false;
  if (phraseAt(tokens, start, STRONG_OPENERS)) return indexOfPhrase(tokens, STRONG_REQUEST_BLOCKERS, start) < 0;
  const addressed = phraseAt(tokens, start, ADDRESSEES) !== null || phraseAt(tokens, start, REQUEST_OPENERS) !== null;
  // "Đồng chí Lan đôn đốc các chi hội hoàn thành trong tuần": a comrade named, then a deadline ahead, nothing told as happened.
  if (namesComradeFirst(tokens) && deadlineAhead(tokens) && indexOfPhrase(tokens, TOLD_AS_HAPPENED, start) < 0) return true;
  // "các đồng chí gửi danh sách đã rà cho em trước 16h": a deadline set for others instructs, whatever "đã" qualifies.
  if ((addressed || containsPhrase(tokens, ADDRESSEES)) && containsPhrase(tokens, DEADLINE_FOR_ME)) return true;
  if (instructsGroup(tokens, start)) return true;
  const endsAsking = containsPhrase(tokens, REQUEST_ENDINGS) || endsAddressed(tokens);
  // "Đ/c Hùng hoàn thành giúp em phần tổng hợp": asked to finish for the teller, nothing told as done.
  if (containsPhrase(tokens, REQUEST_ENDINGS) && indexOfPhrase(tokens, TOLD_AS_HAPPENED, start) < 0) return true;
  return (addressed || endsAsking) && tellingMarkerFrom(tokens, start) < 0 && !selfActsLater(tokens);
}

/** After a help word done: the help was the work ("đã giúp xong", "trợ giúp pháp lý xong cho 7 trường hợp"). */
const HELP_DONE = ['xong', 'duoc', 'het', 'roi', 'hoan thanh'];

/**
 * "Trợ giúp pháp lý" (legal aid), "giúp đỡ", "đã giúp xong cho cả 7 hộ" (round 43): the help is the work
 * told, not "giúp" closing a plea ("kiểm tra lại giúp em"); such a "giúp" is set apart.
 */
function withHelpAsWork(tokens: readonly string[]): readonly string[] {
  return tokens.map((token, k) => {
    if (token !== 'giup') return token;
    if (tokens[k - 1] === 'tro' || tokens[k + 1] === 'do') return 'giup_work';
    const told = ['da', 'dang', 'vua'].includes(tokens[k - 1] ?? '') && phraseAt(tokens, k + 1, HELP_DONE) !== null;
    return told ? 'giup_work' : token;
  });
}

/** Days gone by: nobody is asked to act on them. */
const DAYS_PAST = ['hom qua', 'hom kia', 'tuan truoc', 'thang truoc', 'bua qua', 'bua truoc'];

/** The lead addressed, or a plea, before a verb of checking: "anh", "nhờ anh", "phiền chị". */
const CHECK_ADDRESS = ['nho', 'phien', 'anh', 'chi', 'sep'];
const CHECK_VERBS = ['kiem tra', 'xem', 'coi', 'check', 'ra', 'soat', 'duyet', 'doc'];
/** Right after the verb: "lại", "giúp", "giùm", "dùm", "hộ", "qua" make it a request to the lead. */
const CHECK_HELP = ['lai', 'giup', 'gium', 'dum', 'ho', 'qua'];
const HELP = ['giup', 'gium', 'dum'];

/**
 * "Anh kiểm tra lại giúp em file đã gửi nha", "Kiểm tra giúp em file đã gửi": asks the lead to check
 * what was sent; the "đã" qualifies the thing to check, it tells nothing of the task.
 */
function asksToCheck(tokens: readonly string[]): boolean {
  let k = 0;
  while (k < tokens.length && PARTICLES.includes(tokens[k] ?? '') && !CHECK_ADDRESS.includes(tokens[k] ?? '')) k++;
  const from = k;
  while (k < from + 3 && CHECK_ADDRESS.includes(tokens[k] ?? '')) k++;
  const verb = phraseAt(tokens, k, CHECK_VERBS);
  if (!verb || !phraseAt(tokens, verb.end, CHECK_HELP)) return false;
  // Unaddressed, only a plea for help makes it a request ("rà lại hồ sơ đã nộp" may tell what the unit did).
  return k > from || tokens.slice(verb.end, verb.end + 3).some((t) => HELP.includes(t));
}

/** What a unit asks the lead to send it: a file, a form, the guidance, a list, a link. */
const PAPERS = ['file', 'mau', 'mau bieu', 'bieu mau', 'huong dan', 'van ban', 'cong van', 'danh sach', 'ban scan', 'ke hoach', 'link', 'bang'];
const ASK_FOR = ['xin', 'xin lai', 'xin them', 'gui lai', 'gui lai cho em', 'gui em', 'gui cho em'];
const PAPER_REACH = 3;

/**
 * "cho em xin lại mẫu biểu với ạ", "anh gửi lại em bản scan với", "cho e xin file hướng dẫn": asks the
 * lead for a paper; told past ("em xin file mẫu rồi, đang điền") it is the unit's own step.
 */
function asksForAPaper(tokens: readonly string[]): boolean {
  if (tokens.includes('roi') || tokens.includes('da')) return false;
  for (let k = 0; k < tokens.length; k++) {
    const ask = phraseAt(tokens, k, ASK_FOR);
    if (!ask) continue;
    for (let j = ask.end; j < Math.min(tokens.length, ask.end + PAPER_REACH); j++) if (phraseAt(tokens, j, PAPERS)) return true;
  }
  return false;
}

const COMRADES = ['dong chi', 'd c', 'dc', 'dong chi truong'];
/** Verbs that hand work to a comrade named after them: "Giao đồng chí Tâm đôn đốc …", "Phân công đ/c Lan …". */
const ASSIGNING = ['giao', 'phan cong', 'cu'];

/** The clause opens on a comrade, or on an assignment to one ("Giao đồng chí Tâm đôn đốc các tổ … trước thứ Sáu"). */
function namesComradeFirst(tokens: readonly string[]): boolean {
  const assign = phraseAt(tokens, 0, ASSIGNING);
  return phraseAt(tokens, assign ? assign.end : 0, COMRADES) !== null;
}

/** Where the words after "đồng chí <name>" start. */
function comradeNamedUpTo(tokens: readonly string[]): number {
  const assign = phraseAt(tokens, 0, ASSIGNING);
  return (phraseAt(tokens, assign ? assign.end : 0, COMRADES)?.end ?? 0) + 1;
}

/** Pushing others to act: "đôn đốc", "nhắc", "chỉ đạo". */
const CHASING = ['don doc', 'nhac nho', 'chi dao', 'giuc'];
const CLOSING_ASKS = ['nhe', 'nha', 'nhen', 'nghen', 'di'];

/** "các tổ còn lại mai em đi", "mấy hộ kia thì em làm sau": the unit itself is the one to act, after a time or "thì". */
function selfActsLater(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => k > 0 && phraseAtIn(tokens, k, SELF) !== null && SELF_AFTER.includes(tokens[k - 1] ?? ''));
}
const SELF_AFTER = ['mai', 'thi', 'sau', 'nay', 'toi', 'chieu', 'sang', 'tuan', 'roi'];

/**
 * A group addressed at the clause's start, then an imperative ("các khu phố nhớ xong trước 20/5", "anh
 * em ráng xong trong tuần này"), a deadline ahead ("tổ trưởng các tổ hoàn thành danh sách gửi về trước
 * 10h sáng mai"), or "whoever … then" ("ai xong trước thì hỗ trợ tổ khác"): an instruction, even though
 * it names the outcome.
 */
export function instructsGroup(tokens: readonly string[], start: number): boolean {
  const group = groupAt(tokens, start);
  if (!group) return false;
  // "các đơn vị chưa hoàn thành khẩn trương báo cáo": a strong imperative, not told as done ("đã khẩn trương").
  for (let k = group.end; k < tokens.length; k++) {
    if (phraseAt(tokens, k, STRONG_IMPERATIVES) && !['da', 'dang', 'roi'].includes(tokens[k - 1] ?? '')) return true;
  }
  // "các đơn vị chuẩn bị hồ sơ đầy đủ": the group, then at once a bare task verb (not "các tổ rà soát xong", told done).
  const verb = phraseAt(tokens, group.end, TASKS_GIVEN);
  if (verb && !TOLD_DONE_AFTER.includes(tokens[verb.end] ?? '') && !tokens.some((t) => ['da', 'dang', 'roi', 'van', 'chua'].includes(t))) return true;
  if (indexOfPhrase(tokens, TOLD_AS_HAPPENED, start) >= 0) return false;
  for (let k = group.end; k < Math.min(tokens.length, group.end + 4); k++) {
    const imperative = phraseAt(tokens, k, IMPERATIVES);
    // "mọi người cố gắng lắm": "lắm" describes the effort, it does not urge it.
    if (imperative && !DESCRIBING_AFTER.includes(tokens[imperative.end] ?? '')) return true;
  }
  return deadlineAhead(tokens);
}

/** Task verbs a group is told to carry out. */
const TASKS_GIVEN = ['chuan bi', 'hoan thien', 'bo sung', 'cap nhat', 'ra soat', 'kiem tra', 'tong hop', 'trien khai', 'thuc hien', 'to chuc', 'lap'];
/** Right after the verb, it is told done: "các tổ rà soát xong", "các tổ kiểm tra hết rồi". */
const TOLD_DONE_AFTER = ['xong', 'du', 'het', 'roi', 'duoc', 'xong xuoi', 'hoan tat'];

/** The group addressed at the clause's start; addressees such as "các đồng chí" are also skipped as openers, so look from its first word. */
export function groupAt(tokens: readonly string[], start: number): { phrase: string; end: number } | null {
  for (let k = 0; k <= start && k < tokens.length; k++) {
    const group = phraseAt(tokens, k, GROUP_ADDRESSEES);
    if (group) return group;
  }
  return null;
}

/** "ai xong trước thì …", "tổ nào xong thì …": whoever, then what they are to do. */
function addressesWhoever(tokens: readonly string[], start: number): boolean {
  const group = groupAt(tokens, start);
  if (group !== null && (group.phrase === 'ai' || group.phrase.endsWith(' nao')) && tokens.includes('thi', group.end)) return true;
  return anyOfThemThen(tokens, start);
}

/** Before "nào", words that make it "when" ("hôm nào xong thì em báo"), not "which of them"; not "hồi": it folds like "Hội". */
const WHEN_NOUNS = ['khi', 'luc', 'hom', 'ngay', 'bua', 'tuan', 'thang', 'nam', 'gio', 'chung', 'dip', 'buoi'];
/** How many words a group's name may take before "nào": "chi hội nào", "khu phố nào", "đơn vị nào". */
const GROUP_NAME_REACH = 3;

/**
 * "Chi hội nào làm xong trước thì nhắn lên đây", "Bạn nào xong thì up file": a group's name opening the clause, then
 * "nào" and "thì": whichever of them finishes is told what to do. Not "thôn nào cũng xong" (every one), "hôm nào xong
 * thì …" (when), nor a subject or a negation before it ("chưa có tổ nào …", "bên em tổ nào …").
 */
function anyOfThemThen(tokens: readonly string[], start: number): boolean {
  // From the clause's first word: "chi hội" may open on what reads as an address ("chị").
  const at = tokens.indexOf('nao');
  if (at < 1 || at > start + GROUP_NAME_REACH || !tokens.includes('thi', at)) return false;
  if (tokens[at + 1] === 'cung' || WHEN_NOUNS.includes(tokens[at - 1] ?? '')) return false;
  const name = tokens.slice(0, at);
  return !name.some((token) => ['chua', 'khong', 'co', 'em', 'minh', 'toi', 'ben'].includes(token));
}

const DESCRIBING_AFTER = ['lam', 'qua', 'ghe', 'that', 'thiet', 'het suc', 'nhieu'];

/** "trước 10h", "trước thứ 6", "trước ngày 30/6", "trong hôm nay", "trong tuần này": a deadline still to come. */
export function deadlineAhead(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => {
    const next = tokens[k + 1];
    if (token === 'truoc') return next !== undefined && (/^\d/.test(next) || DEADLINE_WORDS.includes(next));
    return token === 'trong' && next !== undefined && ['hom', 'tuan', 'thang', 'ngay', 'sang', 'chieu'].includes(next);
  });
}
const DEADLINE_WORDS = ['thu', 'ngay', 'cuoi', 'sang', 'chieu', 'toi', 'trua', 'chu', 'han', 'deadline', 'mai'];

/** "… họp giao ban ở hội trường nha các anh chị", "… cho em nha mọi người": an announcement to everyone. */
function endsAddressed(tokens: readonly string[]): boolean {
  for (let i = Math.max(1, tokens.length - 6); i < tokens.length; i++) {
    const addressee = phraseAt(tokens, i, ADDRESSEES);
    if (addressee && tokens.slice(addressee.end).every((token) => PARTICLES.includes(token)) && !startsWithSelf(tokens)) return true;
  }
  return false;
}

/** "cho em trước 10h", "cho mình chậm nhất sáng mai": a deadline the teller sets for others. */
const DEADLINE_FOR_ME = ['cho em truoc', 'cho minh truoc', 'cho toi truoc', 'cho em cham nhat', 'cho minh cham nhat', 'cho toi cham nhat', 'cho em trong'];
/** "văn phòng", "vấn đề" fold to "van" like "vẫn"; "Đảng ủy", "đảng viên" to "dang" like "đang" ("đảng bộ" stays: "đang bổ sung"). */
const OTHER_WORDS_AFTER: Readonly<Record<string, readonly string[]>> = {
  van: ['phong', 'ban', 'thu', 'hoa', 'de', 'kien', 'nghe', 'hoc', 'minh'],
  dang: ['uy', 'vien'],
};

function tellingMarkerFrom(tokens: readonly string[], start: number): number {
  for (let i = indexOfPhrase(tokens, TELLING_MARKERS, start); i >= 0; i = indexOfPhrase(tokens, TELLING_MARKERS, i + 1)) {
    if (!ownEntry(OTHER_WORDS_AFTER, tokens[i] ?? '')?.includes(tokens[i + 1] ?? '')) return i;
  }
  return -1;
}

/** A demand, after the body that makes it: "Ban quản lý chợ yêu cầu …", "UBND xã đề nghị …". */
const DEMANDS = ['yeu cau', 'de nghi', 'buoc', 'chi dao'];
/** Those the demand is on: "các hộ", "toàn bộ tiểu thương", "tất cả cơ sở". */
const THE_MANY = ['cac', 'toan bo', 'tat ca', 'moi', 'nhung', 'toan the'];
/** How many words the body's name may take before its demand ("Ban quản lý chợ trung tâm …"). */
const BODY_REACH = 6;

/**
 * "Ban quản lý chợ yêu cầu các hộ kinh doanh hoàn thành việc trang bị bình chữa cháy", "UBND xã đề nghị toàn bộ cơ sở
 * hoàn thành trước 15/12": a body, not the unit, demands that many others finish; nothing told as happened (round 23).
 * Not "Em đã yêu cầu các hộ …" (the unit's own step) nor "… yêu cầu, các hộ đã hoàn thành".
 */
function bodyDemandsFinish(tokens: readonly string[], start: number): boolean {
  if (startsWithSelf(tokens) || indexOfPhrase(tokens, STRONG_REQUEST_BLOCKERS, start) >= 0) return false;
  for (let k = start + 1; k <= Math.min(tokens.length - 1, start + BODY_REACH); k++) {
    const demand = phraseAt(tokens, k, DEMANDS);
    if (!demand) continue;
    // "Xã em yêu cầu …": the unit itself asked its parts, a step of its own work.
    if (containsPhrase(tokens.slice(0, k), SELF_SUBJECTS)) return false;
    if (!phraseAt(tokens, demand.end, THE_MANY)) return false;
    return tokens.some((_, j) => j > demand.end && phraseAt(tokens, j, FINISH_VERBS) !== null);
  }
  return false;
}

/**
 * "Làm xong nhớ chụp hình gửi lên nhóm nha mấy đứa", "xong thì nhớ báo chị": a reminder of what to do once the work is
 * done, nothing told as happened (round 23); "nhớ" opening the clause is a strong opener already.
 */
function remindsOnceDone(tokens: readonly string[]): boolean {
  if (indexOfPhrase(tokens, STRONG_REQUEST_BLOCKERS) >= 0) return false;
  return tokens.some((_, k) => {
    const done = phraseAt(tokens, k, FINISH_VERBS);
    if (!done) return false;
    const next = tokens[done.end] === 'thi' ? done.end + 1 : done.end;
    return tokens[next] === 'nho';
  });
}
