import { NOT_RELAY, NOT_SPEECH_BEFORE_BAO, RELAY_VERBS, SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { NEAR_NEGATIONS } from './lexicon-doubts.ts';
import {
  BEHALF_OF,
  COURTESIES,
  NOT_A_VIEW,
  NOT_PERSONS,
  ON_BEHALF,
  OTHERS_ALONE,
  OTHER_MARKS,
  PERSON_HEADS,
  RECORD_VERBS,
  SAID_BY_VERBS,
  SHARE_OF,
  UNIT_NOUNS,
  VIEW_OF,
  WHOLE_BODIES,
} from './lexicon-others.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { DONE_PHRASES } from './lexicon.ts';
import { containsPhrase, isNumber, phraseAt, phraseBefore } from './match-phrases.ts';
import { PLACE_BEFORE_NOI } from './lexicon-clause-roles.ts';

/**
 * Inside a done clause, signs that the completion is someone else's to tell or someone else's share:
 * "cán bộ tư pháp xã nhắn là đã hoàn tất", "bên đó xong rồi", "theo chị Hoa thì…", "phần của anh Nam".
 * `doneAt`: where the clause's done words start.
 */
export function saidBySomeoneElse(tokens: readonly string[], doneAt: readonly number[], notSpeech: readonly number[] = []): boolean {
  return (
    doneAt.some((k) => saidBefore(tokens, k, notSpeech) || othersBefore(tokens, k) || onBehalf(tokens, k) || courtesyTo(tokens, k)) ||
    someoneElsesShare(tokens) ||
    someonesView(tokens)
  );
}

/** "cảm ơn mọi người đã hoàn thành", "chúc anh em hoàn thành tốt": thanks, wishes or praise to others (not "cảm ơn anh, bên em xong"). */
function courtesyTo(tokens: readonly string[], doneAt: number): boolean {
  const start = speakerPrefixEnd(tokens, firstContent(tokens));
  const courtesy = phraseAt(tokens, start, COURTESIES);
  if (courtesy === null || courtesy.end >= doneAt) return false;
  // "anh em", "chị em", "các em" are the others addressed, not the unit.
  const between = tokens.slice(courtesy.end, doneAt);
  return !between.some((_, j) => phraseAt(between, j, SELF_SUBJECTS) !== null && !['anh', 'chi', 'cac'].includes(between[j - 1] ?? ''));
}

/** Past who speaks and for whom: "em xin", "thay mặt BCH", "em thay mặt Đảng ủy xin" before a thanks. */
function speakerPrefixEnd(tokens: readonly string[], from: number): number {
  let k = phraseAt(tokens, from, SELF_SUBJECTS)?.end ?? from;
  if (tokens[k] === 'xin') k++;
  // "thay" may have been skipped as a particle ("thấy").
  if (tokens[k] === 'mat' && tokens[k - 1] === 'thay') k--;
  if (tokens[k] !== 'thay' || tokens[k + 1] !== 'mat') return k;
  // "thay mặt <a body of at most four words>": the thanks comes right after it.
  for (let j = k + 2; j <= Math.min(tokens.length - 1, k + 6); j++) {
    if (phraseAt(tokens, j, COURTESIES)) return j;
    if (tokens[j] === 'xin' && phraseAt(tokens, j + 1, COURTESIES)) return j + 1;
  }
  return k;
}

/** "em nộp hộ bên Hội Phụ nữ rồi", "gửi báo cáo giúp phường 2", "hoàn thành thay cho xã Tân An": another unit's work. */
function onBehalf(tokens: readonly string[], doneAt: number): boolean {
  const done = phraseAt(tokens, doneAt, DONE_PHRASES);
  if (!done) return false;
  for (let k = done.end; k < Math.min(tokens.length, done.end + 3); k++) {
    const behalf = phraseAt(tokens, k, ON_BEHALF);
    // "vượt kế hoạch 8 hộ": households counted, not "on behalf of".
    if (behalf && isNumber(tokens[k - 1])) continue;
    if (behalf && phraseAt(tokens, behalf.end, BEHALF_OF) && !phraseAt(tokens, behalf.end, SELF_SUBJECTS)) return true;
  }
  // "nộp hộ hồ sơ cho bên Đoàn phường", "nộp giúp tờ khai cho bên Công an": the thing handed in, then for whom.
  const behalf = phraseAt(tokens, done.end, ON_BEHALF);
  // "bàn giao hồ sơ cho Phòng": "hồ sơ" folds like "hộ".
  if (!behalf || behalf.phrase === 'thay' || tokens[behalf.end] === 'so') return false;
  for (let k = behalf.end + 1; k < Math.min(tokens.length, behalf.end + 5); k++) {
    if (tokens[k] === 'cho' && phraseAt(tokens, k + 1, BEHALF_OF) && !phraseAt(tokens, k + 1, SELF_SUBJECTS)) return true;
  }
  return false;
}

/** Words that open a clause without being its subject: "dạ", "kính", "hôm qua", "xin". */
const OPENERS = ['thua', 'kinh', 'vang', 'ok', 'da', 'xin', 'hom qua', 'hom nay', 'sang nay', 'chieu nay', 'vua', 'roi', 'tuan truoc', 'luc nay', 'bao cao'];

/** Before the done word, someone other than the unit passes it on: "cán bộ tư pháp xã nhắn là đã hoàn tất". */
function saidBefore(tokens: readonly string[], doneAt: number, notSpeech: readonly number[]): boolean {
  for (let k = 1; k < doneAt; k++) {
    const verb = phraseAt(tokens, k, RELAY_VERBS) ?? phraseAt(tokens, k, SAID_BY_VERBS);
    if (!verb || verb.end > doneAt || notSpeech.includes(k)) continue;
    if (phraseAt(tokens, k, NOT_RELAY) && !verb.phrase.startsWith('bao cao ')) continue;
    // "bên Kho bạc đã xác nhận … nhận đủ" (the verb twice): the receiver confirming receipt of the unit's delivery, not telling a status.
    if (verb.phrase === 'xac nhan' && phraseAt(tokens, tokens[verb.end] === 'da' ? verb.end + 1 : verb.end, RECEIPTS)) continue;
    if (tokens[k] === 'nhan' && NOT_NHAN_BEFORE.includes(tokens[k - 1] ?? '')) continue;
    if (tokens[k] === 'noi' && PLACE_BEFORE_NOI.includes(tokens[k - 1] ?? '')) continue;
    // "dán thông báo", "phát thông báo": a notice; "đảm bảo": up to standard; not someone telling.
    if (tokens[k] === 'bao' && NOT_SPEECH_BEFORE_BAO.includes(tokens[k - 1] ?? '')) continue;
    if (verb.phrase === 'thong bao' && NOTICE_VERBS.includes(tokens[k - 1] ?? '')) continue;
    // "Trưởng khu … xin báo: khu đã bầu xong": the teller's own humble report.
    if (tokens[k] === 'bao' && tokens[k - 1] === 'xin') continue;
    const before = tokens.slice(0, k);
    // "không dám nói là xong": a denial, not someone else speaking.
    if (containsPhrase(before, SELF_SUBJECTS) || containsPhrase(before, NEAR_NEGATIONS)) continue;
    if (before.some((token, j) => !PARTICLES.includes(token) && !phraseAt(before, j, OPENERS) && !isOpenerTail(before, j))) return true;
  }
  return false;
}

/** Before "thông báo" as a noun, a notice: "dán", "phát", "treo", "gửi", "ra" it. */
const NOTICE_VERBS = ['dan', 'phat', 'treo', 'gui', 'ra', 'niem', 'yet', 'in', 'soan'];

/** After "xác nhận": a receipt ("xác nhận đã nhận được", "xác nhận tiếp nhận"). */
const RECEIPTS = ['nhan', 'tiep nhan', 'nhan duoc', 'nhan du'];

/** "xác nhận", "ký nhận", "tiếp nhận": not "nhắn". */
const NOT_NHAN_BEFORE = ['xac', 'ky', 'tiep', 'thua', 'cong', 'ghi', 'tham', 'tin'];

/** The second word of a two-word opener ("hôm qua", "báo cáo"). */
function isOpenerTail(tokens: readonly string[], j: number): boolean {
  const previous = j > 0 ? phraseAt(tokens, j - 1, OPENERS) : null;
  return previous !== null && previous.end > j;
}

const NEIGHBOURING = ['ben canh', 'lan can'];

/**
 * "bên đó xong rồi", "người ta làm xong", "xã bên cạnh xong", "phường bạn đã hoàn thành", "cả huyện
 * xong rồi": someone else as the subject, the unit not named after.
 */
function othersBefore(tokens: readonly string[], doneAt: number): boolean {
  for (let k = 0; k < doneAt; k++) {
    const unit = phraseAt(tokens, k, UNIT_NOUNS);
    const other = unit ? phraseAt(tokens, unit.end, OTHER_MARKS) : null;
    if (other && other.end <= doneAt && !phraseAt(tokens, unit?.end ?? 0, SELF_SUBJECTS)) return true;
    // "Trường bên cạnh", "Khoa lân cận": whatever the body, one beside the unit ("bên cạnh đó" is "besides").
    const beside = k > 0 ? phraseAt(tokens, k, NEIGHBOURING) : null;
    if (beside && beside.end <= doneAt && !['do', 'day'].includes(tokens[beside.end] ?? '') && !SELF_SUBJECTS.includes(tokens[k - 1] ?? '')) return true;
    const whole = phraseAt(tokens, k, WHOLE_BODIES);
    if (whole && whole.end <= doneAt) return true;
    const others = phraseAt(tokens, k, OTHERS_ALONE);
    if (others && others.end <= doneAt && !containsPhrase(tokens.slice(others.end, doneAt), SELF_SUBJECTS)) return true;
  }
  return false;
}

/** "theo chị Hoa thì…", "nghe bên kia nói…": someone else's view opens the clause (not "theo kế hoạch", "theo em"). */
function someonesView(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  const view = phraseAt(tokens, start, VIEW_OF);
  if (!view || view.end >= tokens.length) return false;
  return !phraseAt(tokens, view.end, NOT_A_VIEW) && !phraseAt(tokens, view.end, SELF_SUBJECTS) && tokens.includes('thi');
}

/** "phần của anh Nam", "việc của chị ấy": a person's share (not "phần của bên em", nor a body's name: it may be the unit's). */
function someoneElsesShare(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const share = phraseAt(tokens, k, SHARE_OF);
    if (!share || phraseAt(tokens, share.end, NOT_PERSONS) || phraseAt(tokens, share.end, SELF_SUBJECTS)) continue;
    if (phraseAt(tokens, share.end, PERSON_HEADS)) return true;
  }
  return false;
}

/** Where a clause's content starts, after particles and openers. */
export function firstContent(tokens: readonly string[]): number {
  let k = 0;
  while (k < tokens.length && (PARTICLES.includes(tokens[k] ?? '') || phraseAt(tokens, k, OPENERS))) k = phraseAt(tokens, k, OPENERS)?.end ?? k + 1;
  return k;
}

/** "anh cứ ghi là hoàn thành giúp em", "tick hoàn thành giùm em" ("✅ xong" is a check mark, also read "tick"). */
export function recordAsked(tokens: readonly string[], doneAt: number): boolean {
  const verb = phraseBefore(tokens, doneAt, RECORD_VERBS) ?? (tokens[doneAt - 1] === 'la' ? phraseBefore(tokens, doneAt - 1, RECORD_VERBS) : null);
  if (!verb) return false;
  // "Sổ sách ghi đủ cả rồi, chứ ngoài thực tế còn …": the books say it, a statement about a record, not a request (round 38).
  if (phraseBefore(tokens, verb.start, RECORD_HOLDERS)) return false;
  // "tick hoàn thành cho bên em", "bấm hoàn thành cho xã em": done marked for the unit by someone else's hand.
  return !MARK_VERBS.includes(verb.phrase) || containsPhrase(tokens, HELP_WORDS) || forTheUnit(tokens, verb.end);
}
/** Written records that can be the subject of "ghi": "sổ sách ghi đủ", "giấy tờ ghi xong". */
const RECORD_HOLDERS = ['so sach', 'giay to', 'ho so', 'bao cao', 'so'];
/** Verbs that also name a plain action ("bấm", "chọn"): a record request only when done for the unit. */
const MARK_VERBS = ['tick', 'tich', 'bam', 'chon'];

/** After the record verb, "cho" and the unit: "cho bên em", "cho phường em", "cho đơn vị". */
function forTheUnit(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) {
    if (tokens[k] !== 'cho') continue;
    const rest = tokens.slice(k + 1, k + 4);
    if (containsPhrase(rest, SELF_SUBJECTS) || rest[0] === 'don') return true;
  }
  return false;
}
const HELP_WORDS = ['giup', 'gium', 'dum', 'ho em', 'cho em', 'cho minh'];
