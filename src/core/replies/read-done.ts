import { LATER_TODAY_PARTS, toldPastToday } from './read-past-today.ts';
import { wholeOrTaskPlace } from './detect-numbered-part.ts';
import { ACTIVITY_VERBS, DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { CONDITIONAL_AFTER, FILLERS, FUTURE_MARKERS, NEGATIONS, NUMBERED_PARTS, ONGOING_MARKERS, PART_ORDINALS, PARTIAL_MARKERS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { DONE_DENIED_AFTER, EXPECTATIONS, FUTURE_TIMES, ILLUSORY, PAST_MARKERS } from './lexicon-done-standing.ts';
import { AS_PLANNED, COUNTED_OBJECTS, COUNTED_PARTS, PREPARATORY_STEPS, WHOLE_BEFORE_COUNT } from './lexicon-extent.ts';
import { isNumber, modifierBefore, type PhraseMatch, phraseAt, phraseBefore } from './match-phrases.ts';
import { laterOnly } from './read-context-signals.ts';
import { COUNTED, OUT_OF } from './read-percent.ts';
import type { Signal } from './types.ts';

/**
 * A done word read with what governs it: denied ("xong gì mà xong", "đâu đã xong"), only believed
 * ("tưởng xong"), ahead ("sẽ xong", "dự kiến thứ 5 xong", "còn 2 tổ nữa là xong"), a step or a count
 * of the task's parts ("phân công xong", "xong 2 khu phố", "3 tổ nộp rồi"), or the whole task done.
 */

/** A period still running just before a done word with nothing past: "tuần này xong", "tháng này xong". */
const THIS_PERIOD = ['tuan nay', 'thang nay', 'trong tuan nay', 'trong thang nay', 'nay mai'];

/** After a done word: a date it is due by ("trước ngày 15", "trong tuần"; "đúng hạn", "trước hạn" report it), so still ahead unless said past. */
const BY_A_DATE = ['truoc ngay', 'trong tuan', 'trong thang', 'trong hom nay', 'trong tuan nay', 'trong thang nay'];
/** A draft or a provisional copy ("báo cáo tạm", "số liệu sơ bộ"), not the finished work. */
const DRAFTS = [
  'ban nhap',
  'nhap',
  'ban tho',
  'du thao',
  'ban du thao',
  'ban thao',
  'ban draft',
  'draft',
  'bao cao tam',
  'ban tam',
  'so lieu tam',
  'bao cao so bo',
  'so lieu so bo',
  'ban so bo',
  // "nộp báo cáo tạm rồi": "tạm" right after the thing handed in ("tám", eight, folds alike, hence only before "rồi/trước")
  'tam roi',
  'tam truoc',
  'so bo',
];
const ABOUT_TO = ['chuan bi', 'sap sua', 'dang chuan bi', 'em chuan bi', 'dinh'];
const FINISHING = ['xong', 'hoan thanh', 'hoan tat', 'xong xuoi', 'xong het'];
const FEW = ['may', 'vai', 'mot so', 'mot vai', 'it'];
/** Right after a done word, with nothing past in the clause: "xong sớm thôi", "xong nhanh thôi", "xong liền". */
const SOON_AFTER = ['som', 'som thoi', 'nhanh thoi', 'ngay thoi', 'lien thoi', 'lien'];

/** "về đích sớm 3 ngày", "xong sớm 1 tuần so với kế hoạch": early by a time, measured against the plan: told as done. */
function earlyByATime(tokens: readonly string[], at: number): boolean {
  return (
    (/^\d/.test(tokens[at] ?? '') && ['ngay', 'tuan', 'hom', 'buoi', 'thang', 'tieng', 'bua'].includes(tokens[at + 1] ?? '')) ||
    phraseAt(tokens, at, ['so voi', 'so ke hoach', 'so han']) !== null
  );
}

/** "xong sớm thôi", "làm cho xong", "đợi em làm xong đã": a finish still to come. */
function finishAhead(tokens: readonly string[], match: PhraseMatch): boolean {
  // "chuẩn bị nộp", "sắp sửa gửi": about to hand in ("chuẩn bị xong" is a step finished).
  if (phraseBefore(tokens, match.start, ABOUT_TO) && !FINISHING.includes(match.phrase)) return true;
  // "làm cho xong", "cố cho xong": a purpose.
  if (tokens[match.start - 1] === 'cho' || (tokens[match.start - 2] === 'cho' && tokens[match.start - 1] === 'lam')) return true;
  // "xong từ tối thứ Ba": done since a time, so past.
  const past =
    tokens.slice(0, match.start).includes('da') || match.phrase.startsWith('da ') || tokens.slice(match.end).includes('roi') || tokens[match.end] === 'tu';
  // "hoàn thành sớm hơn kế hoạch": earlier than planned, told as done.
  if (!past && phraseAt(tokens, match.end, SOON_AFTER) && tokens[match.end + 1] !== 'hon' && !earlyByATime(tokens, match.end + 1)) return true;
  // "Xong em báo", "hoàn thành em gửi anh": once it is done; nothing says it is.
  if (!past && (phraseAt(tokens, match.end, ONCE_DONE_THEN) || actOnceDone(tokens, match.end))) return true;
  // "làm xong cũng phải tuần sau", "hoàn thành trước ngày 15": a time ahead after the done word, nothing past.
  if (!past) {
    for (let i = match.end; i < Math.min(tokens.length, match.end + 4); i++) {
      if (phraseAt(tokens, i, BY_A_DATE)) return true;
      const time = phraseAt(tokens, i, FUTURE_TIMES);
      if (time && (time.phrase !== 'thu' || isNumber(tokens[i + 1])) && !['tu', 'hom', 'nghiem'].includes(tokens[i - 1] ?? '')) return true;
    }
  }
  // "xong đã": first, before something else.
  return tokens[match.end] === 'da' && tokens.slice(match.end + 1).every((token) => PARTICLES.includes(token));
}

/** Proof of work or a paper copy of what was sent, not the work itself ("báo cáo", "danh sách" may be the task's product). */
// A bare "ảnh" folds like "anh" (the lead): only "hình ảnh", "ảnh chụp".
const EVIDENCE = ['ban giay', 'ban cung', 'ban scan', 'ban goc', 'bien ban', 'hinh anh', 'anh chup', 'minh chung', 'anh minh chung', 'hinh anh minh chung'];

/** Where the clause's words end before its closing particles. */
function contentEnd(tokens: readonly string[]): number {
  let end = tokens.length;
  while (end > 0 && (PARTICLES.includes(tokens[end - 1] ?? '') || tokens[end - 1] === 'sau')) end--;
  return end;
}

/** After a done word with nothing past: what the unit will do once it is done. */
const ONCE_DONE_THEN = ['em bao', 'em gui', 'em nop', 'em bao cao', 'minh bao', 'minh gui', 'toi bao', 'toi gui', 'em chuyen', 'em up'];

/** The teller, after the done word and its object: "xong đợt này em mời cà phê". */
// Not "tôi": it folds like "tối" ("tổ chức thành công tối qua").
const ONCE_DONE_SUBJECTS = ['em', 'minh', 'chung em', 'anh em', 'thi em', 'thi minh', 'thi anh em'];
/** Between the done word and the teller, words that say the work is whole or past: then the done is told, not awaited. */
const TOLD_WHOLE = ['roi', 'het', 'da', 'xong', 'du', 'duoc', 'ca', 'tu'];
/** How far after the done word its object may reach ("xong đợt kiểm tra này em …"). */
const OBJECT_REACH = 5;

/**
 * "Xong đợt này em mời cà phê", "hoàn thành việc này thì anh em nghỉ", "làm xong nhớ chụp hình gửi lên": after the
 * done word (and its object), the teller's own act or a reminder, with nothing past: what happens once it is done
 * (round 23). Not "xong hết em gửi" (the whole told) nor "xong em nhé" (the lead addressed).
 */
function actOnceDone(tokens: readonly string[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + OBJECT_REACH); i++) {
    if (TOLD_WHOLE.includes(tokens[i] ?? '')) return false;
    if (tokens[i] === 'nho' || (tokens[i] === 'thi' && tokens[i + 1] === 'nho')) return true;
    // The teller right after the done word or after an object closed by "này"; "bấm hoàn thành cho xã em trên app" is the unit owning.
    const teller = i === from || tokens[i - 1] === 'nay' ? phraseAt(tokens, i, ONCE_DONE_SUBJECTS) : null;
    const act = teller ? tokens[teller.end] : undefined;
    if (teller && act !== undefined && !PARTICLES.includes(act) && !TOLD_WHOLE.includes(act)) return true;
  }
  return false;
}

/** "Tổ 3 báo cáo đã hoàn thành", "KP2 xong rồi": a part of the unit or a unit named by its number, not this unit's whole task. */
const NUMBERED_HEADS = ['to', 'khu pho', 'kp', 'thon', 'ap', 'xom', 'cum', 'doi', 'chi hoi', 'to dan pho'];

function namedPartBefore(tokens: readonly string[], start: number): boolean {
  for (let i = 0; i < start; i++) {
    if (/^(?:kp|to|tdp|ap|thon)\d+$/.test(tokens[i] ?? '')) return true;
    const head = phraseAt(tokens, i, NUMBERED_HEADS);
    // "Việc vá đường xóm 2 đã xong": the task's own place, not a part of it.
    if (head && head.end < start && isNumber(tokens[head.end]) && !wholeOrTaskPlace(tokens, i, head.phrase)) return true;
  }
  return false;
}

/** Before "tưởng" at a clause's start: the teller ("em", "cứ", "ai cũng"). */
const BELIEVERS = ['em', 'minh', 'tui', 'toi', 'cu', 'ai cung', 'moi nguoi', 'ca nha', 'ben em', 'con'];

/**
 * "Tưởng hôm nay là xong, ai ngờ…", "em cứ tưởng tuần này là hoàn thành": a clause opening on "tưởng"
 * believed the finish, however far the done word is ("đối tượng", "lý tưởng" never open a clause).
 */
function opensOnBelief(tokens: readonly string[], doneAt: number): boolean {
  let k = 0;
  while (k < doneAt && PARTICLES.includes(tokens[k] ?? '')) k++;
  for (let step = 0; step < 2 && k < doneAt; step++) {
    const who = phraseAt(tokens, k, BELIEVERS);
    if (!who) break;
    k = who.end;
  }
  return tokens[k] === 'tuong' && k < doneAt;
}

/** After a done word, before an activity: a step of the work ("xong phần rà soát"); an "đợt" is the job itself. */
const NAMED_STEPS = ['phan', 'khau', 'buoc'];

const MODIFIERS = { negation: NEGATIONS, future: FUTURE_MARKERS, ongoing: ONGOING_MARKERS } as const;

/** Verbs of beginning: "bắt đầu làm rồi" has begun. */
export const INCEPTION = ['bat dau', 'khoi dong', 'bat tay', 'bat dau lam', 'moi bat dau'];
const ONLY = ['thoi', 'thoi a', 'thoi anh', 'thoi chi', 'thoi a anh', 'thoi nha', 'thoi nhe'];

function endsWithOnly(tokens: readonly string[]): boolean {
  for (let i = Math.max(0, tokens.length - 3); i < tokens.length; i++) {
    const only = phraseAt(tokens, i, ONLY);
    if (only && only.end === tokens.length) return true;
  }
  return false;
}

/** After a done word: "đâu ra đó", "đâu vào đấy" say all is in order, not the rhetorical "đâu". */
const IN_ORDER = ['dau ra do', 'dau ra day', 'dau vao do', 'dau vao day'];

/** After "xong": "xong thì chưa" denies it. */
const DENIED_TOPIC = ['thi chua', 'thi khong', 'thi chua dau', 'thi chua phai'];
/** Before "xong": it is denied, "xong gì mà xong", "có gì đâu mà xong". */
const DONE_DENIED_BEFORE = ['gi ma', 'dau ma', 'cai gi ma', 'dau co', 'co dau', 'dau da', 'dau phai', 'dau phai da', 'dau co ma', 'mo co', 'rang ma'];
/** Before "đâu": a word of its own ("bắt đầu", "ban đầu", "lúc đầu"), not the rhetorical "đâu". */
const HEAD_WORDS = ['bat', 'ban', 'luc', 'tu', 'hang', 'dung', 'mo', 'lan', 'buoc', 'dot'];
/** Before "nữa": the amount still to go, "còn hai tổ nữa là xong". */
// "còn lâu mới xong", "còn xa mới xong": a finish far ahead (round 40).
const STILL_TO_GO = ['nua la', 'nua thi', 'nua moi', 'nua se', 'nua la se', 'lau moi', 'con xa moi', 'lau lam moi'];

/** After a done word with nothing past: "hoàn thành tốt/xuất sắc" then praise or a group addressed exhorts or praises, it tells nothing. */
const WELL = ['tot', 'xuat sac'];
const PRAISED = ['nhieu', 'qua', 'ghe', 'that']; // "lắm" is read as "nhiều" (normalize-reply.ts)
const GROUPS_ADDRESSED = ['cac dong chi', 'anh em', 'moi nguoi', 'cac ban', 'ca nha', 'cac em', 'chi em'];

function exhortsOrPraises(tokens: readonly string[], match: PhraseMatch): boolean {
  const well = phraseAt(tokens, match.end, WELL);
  if (!well || tokens.slice(0, match.start).includes('da') || tokens.includes('roi')) return false;
  return phraseAt(tokens, well.end, PRAISED) !== null || tokens.some((_, k) => k > well.end && phraseAt(tokens, k, GROUPS_ADDRESSED) !== null);
}

/** After "mới": this task's turn comes ("mới tới việc này", "mới đến lượt việc này"). */
const TURN_OF_THIS = ['toi viec nay', 'den viec nay', 'toi luot', 'den luot', 'toi cai nay', 'den cai nay'];

/** "xong đợt tiêm chủng em mới bắt đầu", "xong Tết em mới làm": after something else, then the start of this task. */
function startsAfterOtherEvent(tokens: readonly string[], match: PhraseMatch): boolean {
  if (match.phrase !== 'xong' || tokens.slice(0, match.start).some((t) => !PARTICLES.includes(t))) return false;
  const moi = tokens.indexOf('moi', match.end + 1);
  if (moi < 0 || moi > match.end + 6) return false;
  // "xong đợt kiểm tra rồi mới tới việc này": "rồi" only if it leads to "mới".
  if (tokens.some((t, k) => t === 'roi' && k !== moi - 1)) return false;
  if (phraseAt(tokens, moi + 1, TURN_OF_THIS)) return true;
  // "xong việc này em mới làm việc khác": this task first.
  if (['viec', 'cai'].includes(tokens[match.end] ?? '') && tokens[match.end + 1] === 'nay') return false;
  return phraseAt(tokens, moi + 1, [...START_VERBS, ...ACTIVITY_VERBS]) !== null;
}

/** Words that make an hour a rough one: "tầm 4 giờ", "khoảng 10h", "chừng 3 giờ". */
const ROUGHLY = ['tam', 'khoang', 'chung', 'tam khoang', 'khoang chung'];
/** Words that tell the clause past: "đã", "vừa", "rồi". */
const TOLD_PAST = ['da', 'vua', 'roi', 'r'];

/**
 * "tầm 4 giờ chiều em gửi lên nhóm", "khoảng 10h em nộp": an hour given roughly before the done word, nothing told
 * past in the clause, is when it will be done (an hour past is told exactly: "lúc 4 giờ chiều đã gửi").
 */
function roughHourBefore(tokens: readonly string[], start: number): boolean {
  if (tokens.some((token) => TOLD_PAST.includes(token))) return false;
  for (let k = 0; k < start; k++) {
    const rough = phraseAt(tokens, k, ROUGHLY);
    if (rough && isNumber(tokens[rough.end]) && ['gio', 'h'].includes(tokens[rough.end + 1] ?? '')) return true;
  }
  return false;
}

/** "nhận bàn giao": taking over, the opposite of handing over. */
const RECEIVING_HAND_OVER = ['nhan ban giao'];

export function readDone(tokens: readonly string[], match: PhraseMatch): Signal | null {
  if (exhortsOrPraises(tokens, match)) return null;
  // "Em mới nhận bàn giao việc này từ chị Hoa", "nhận bàn giao xong": the unit received the task, it did not finish it.
  if (
    tokens
      .slice(0, match.end)
      .some(
        (_, k) =>
          phraseAt(tokens, k, RECEIVING_HAND_OVER)?.end === match.end ||
          (tokens[k] === 'nhan' && tokens[k + 1] === 'ban' && tokens[k + 2] === 'giao' && k + 3 <= match.start),
      )
  )
    return null;
  if (startsAfterOtherEvent(tokens, match)) return { status: 'not_started', strong: true, tag: 'start_ahead:after_other' };
  if (phraseAt(tokens, match.end, DENIED_TOPIC)) return { status: 'in_progress', strong: false, tag: 'done_negated' };
  if (phraseAt(tokens, match.end, CONDITIONAL_AFTER)) return null;
  const part = phraseAt(tokens, match.end, NUMBERED_PARTS);
  const numberedPart = part !== null && (isNumber(tokens[part.end]) || phraseAt(tokens, part.end, PART_ORDINALS) !== null);
  if (phraseAt(tokens, match.end, PARTIAL_MARKERS) || numberedPart) {
    return { status: 'in_progress', strong: true, tag: 'done_partly' };
  }
  const inOrder = phraseAt(tokens, match.end, IN_ORDER) !== null;
  if ((!inOrder && phraseAt(tokens, match.end, DONE_DENIED_AFTER)) || deniedBefore(tokens, match.start) || phraseAt(tokens, match.end, DENIED_TOPIC)) {
    return { status: 'in_progress', strong: false, tag: 'done_negated' };
  }
  // "tưởng xong rồi ai dè…": only believed done.
  if (modifierBefore(tokens, match.start, { illusory: ILLUSORY }, FILLERS, 2) || opensOnBelief(tokens, match.start))
    return { status: 'in_progress', strong: false, tag: 'done_illusory' };
  // "dự kiến thứ 5 xong", "chắc cuối tuần xong": a finish expected, not reached.
  // "…, cuối tuần em nộp bản giấy": only the evidence or a paper copy still to send; says nothing of the work.
  if (expectedAhead(tokens, match)) {
    const evidence = phraseAt(tokens, match.end, EVIDENCE);
    return evidence && evidence.end === contentEnd(tokens)
      ? { status: 'in_progress', strong: false, tag: 'evidence_ahead' }
      : { status: 'in_progress', strong: false, tag: 'done_ahead:expected' };
  }
  if (finishAhead(tokens, match)) return { status: 'in_progress', strong: false, tag: 'done_ahead:to_come' };
  // "làm xong bản nháp", "đã gửi bản dự thảo": a draft, not the finished work; unsure.
  if (phraseAt(tokens, match.end, DRAFTS)) return { status: 'in_progress', strong: false, tag: 'done_count:draft' };
  // "xong phần rà soát", "hoàn thành khâu khảo sát": a step named by its activity may be all of the unit's part or only one step; unsure.
  const step = phraseAt(tokens, match.end, NAMED_STEPS);
  if (step && phraseAt(tokens, step.end, [...ACTIVITY_VERBS, ...START_VERBS])) return { status: 'in_progress', strong: false, tag: 'done_count:step' };
  // "đã xong 2 khu phố", "xong 3/9 tổ": a count of the task's parts, not the whole.
  const counted = countAfter(tokens, match);
  if (counted === 'part') return { status: 'in_progress', strong: false, tag: 'done_count' };
  if (phraseBefore(tokens, match.start, STILL_TO_GO)) return { status: 'in_progress', strong: false, tag: 'done_ahead:nua' };
  // "họp xong", "phân công xong": a step before the task itself.
  if (phraseBefore(tokens, match.start, PREPARATORY_STEPS)) return { status: 'in_progress', strong: true, tag: 'done_step' };
  // "Chuẩn bị xong kế hoạch rồi", "kế hoạch em soạn xong rồi": only the plan made; beside "chưa triển khai" the work is not begun.
  if (planMadeAt(tokens, match)) return { status: 'in_progress', strong: false, tag: 'done_step:plan' };
  if (laterOnly(tokens, match.start)) return { status: 'in_progress', strong: false, tag: 'done_ahead:later' };
  if (roughHourBefore(tokens, match.start)) return { status: 'in_progress', strong: false, tag: 'done_ahead:rough_hour' };
  // "hiện đã có 3 tổ nộp rồi": a count of the task's parts did it, not the whole; "0/9 tổ nộp": none did.
  const did = countedDid(tokens, match.start);
  if (did === 'none') return { status: 'not_started', strong: true, tag: 'nothing_yet:zero_count' };
  if (did === 'some') return { status: 'in_progress', strong: true, tag: 'done_partly' };
  if (namedPartBefore(tokens, match.start)) return { status: 'in_progress', strong: false, tag: 'done_count:named' };
  // "bắt đầu làm rồi": begun, not finished.
  if (phraseBefore(tokens, match.start, INCEPTION)) return null;
  // "em mới rà xong KP1 thôi", "mới xong có 2 tổ thôi": only part of it.
  if (endsWithOnly(tokens) && tokens.lastIndexOf('moi', match.start) >= 0) return { status: 'in_progress', strong: true, tag: 'done_partly' };
  const modifier = modifierBefore(tokens, match.start, MODIFIERS, FILLERS);
  if (modifier?.group === 'negation') {
    const unable = modifier.match.phrase.startsWith('khong') || modifier.match.phrase.endsWith('the');
    if (unable) return { status: 'blocked', strong: false, tag: 'done_unable' };
    return { status: 'in_progress', strong: false, tag: 'done_negated' };
  }
  const pastToday = modifier?.group === 'future' && LATER_TODAY_PARTS.includes(modifier.match.phrase) && toldPastToday(tokens, match.end);
  if (modifier?.group === 'future' && !pastToday) return { status: 'in_progress', strong: false, tag: `done_ahead:${modifier.match.phrase}` };
  // "Lớp cảm tình Đảng đã bế giảng": "đang" is never followed by "đã", so that "dang" is "Đảng" (the Party).
  const party = modifier?.match.phrase === 'dang' && tokens[modifier.match.end] === 'da';
  if (modifier?.group === 'ongoing' && !party) return { status: 'in_progress', strong: true, tag: 'done_ongoing' };
  return { status: 'done', strong: true, tag: `done:${match.phrase}` };
}

/**
 * "3 tổ nộp rồi", "có 2 khu phố xong": a number of counted parts just before the done word ('some');
 * "0 tổ", "0/9 tổ nộp" ('none'); "đủ 9 tổ", "cả 5 xã", "9/9 tổ" are the whole (null).
 */
function countedDid(tokens: readonly string[], start: number): 'some' | 'none' | null {
  for (let i = Math.max(0, start - 4); i < start; i++) {
    if (!isNumber(tokens[i]) || !phraseAt(tokens, i + 1, COUNTED)) continue;
    const fraction = tokens[i - 1] === '/' && isNumber(tokens[i - 2]);
    const count = Number(fraction ? tokens[i - 2] : tokens[i]);
    if (count === 0) return 'none';
    if (fraction) return count < Number(tokens[i]) ? 'some' : null;
    return phraseBefore(tokens, i, WHOLE_BEFORE_COUNT) ? null : 'some';
  }
  return null;
}

/** After a done word: "xong 2 khu phố", "xong 3/9 tổ" count parts ('part'); "xong cả 9 tổ", "xong 9/9 tổ" the whole. */
function countAfter(tokens: readonly string[], match: PhraseMatch): 'part' | 'whole' | null {
  if (match.phrase.endsWith('het') || match.phrase.endsWith('du')) return 'whole';
  // "vượt kế hoạch 8 hộ": a surplus above the whole, not a part of it.
  if (match.phrase.startsWith('vuot')) return 'whole';
  const end = match.end;
  let i = end;
  while (i < Math.min(tokens.length, end + 3) && ['duoc', 'co', 'roi', 'them', 'tiep'].includes(tokens[i] ?? '')) i++;
  const whole = phraseAt(tokens, i, WHOLE_BEFORE_COUNT);
  if (whole) return isNumber(tokens[whole.end]) ? 'whole' : null;
  // "xong được mấy tổ", "xong vài hộ": an uncounted few of the parts.
  const few = phraseAt(tokens, i, FEW);
  if (few) return phraseAt(tokens, few.end, COUNTED_PARTS) ? 'part' : null;
  if (!isNumber(tokens[i])) return null;
  if (tokens[i + 1] === '/' && isNumber(tokens[i + 2])) return Number(tokens[i]) < Number(tokens[i + 2]) ? 'part' : 'whole';
  // The longest counted noun decides: "trường hợp" is not "trường".
  const part = phraseAt(tokens, i + 1, COUNTED_NOUNS);
  if (!part || !COUNTED_PARTS.includes(part.phrase)) return null;
  // "Đã khảo sát xong 50 hộ kinh doanh", "kiểm tra xong 15 cơ sở": a count of what was worked on, with no
  // whole named and no "được" before it, tells what was done, not a share of the task's divisions.
  // "Mới khảo sát xong 50 hộ": "mới" (only, just) before it keeps the count a part.
  if (COUNTED_OBJECTS.includes(part.phrase) && i === end && !tokens.slice(0, match.start).includes('moi')) return null;
  // "xong 2 đợt trong 3 đợt theo kế hoạch": a share of the whole, whatever the plan says after it.
  const outOf = phraseAt(tokens, part.end, OUT_OF);
  if (outOf && isNumber(tokens[outOf.end])) return Number(tokens[i]) < Number(tokens[outOf.end]) ? 'part' : 'whole';
  for (let j = part.end; j < Math.min(tokens.length, part.end + 4); j++) if (phraseAt(tokens, j, AS_PLANNED)) return 'whole';
  return 'part';
}

const COUNTED_NOUNS = [...COUNTED, ...COUNTED_PARTS];

/** "đâu đã xong", "đâu phải xong": the rhetorical "đâu" before a done word denies it. */
function deniedBefore(tokens: readonly string[], start: number): boolean {
  const denial = phraseBefore(tokens, start, DONE_DENIED_BEFORE);
  if (!denial) return false;
  return !(tokens[denial.start] === 'dau' && HEAD_WORDS.includes(tokens[denial.start - 1] ?? ''));
}

/** "dự kiến thứ 5 xong", "sẽ sớm xong", "chắc cuối tuần xong": an expectation earlier in the clause, nothing past in between or after. */
export function expectedAhead(tokens: readonly string[], match: PhraseMatch): boolean {
  const after = tokens.slice(match.end, match.end + 3);
  if (after.includes('roi')) return false;
  for (let i = match.start - 1; i >= Math.max(0, match.start - 6); i--) {
    if (phraseAt(tokens, i, PAST_MARKERS)) return false;
    const expectation = phraseAt(tokens, i, EXPECTATIONS);
    if (expectation && expectation.end <= match.start) return true;
    // "tuần này xong nhé": a period still running, nothing past ("tuần này xong rồi" is past).
    const period = phraseAt(tokens, i, THIS_PERIOD);
    if (period && period.end === match.start) return true;
    if (phraseAt(tokens, i, DONE_PHRASES)) return false;
    const time = phraseAt(tokens, i, FUTURE_TIMES);
    // "thứ 5", "thứ sáu": a bare "thứ" needs its number ("nghiệm thu" folds alike).
    const day = time !== null && (time.phrase !== 'thu' || isNumber(tokens[i + 1]));
    if (time && day && time.end <= match.start && tokens[i - 1] !== 'hom' && tokens[i - 1] !== 'tu' && tokens[i - 1] !== 'nghiem') return true;
  }
  return false;
}

/** The plan or the preparing, as what a "xong" finished. */
const PLAN_WORDS = ['ke hoach', 'phuong an', 'chuan bi'];
/** Before the plan word, what makes it the plan followed, not the one made ("như kế hoạch", "theo kế hoạch"). */
const FOLLOWING = ['nhu', 'theo', 'dung'];
/** Just before "xong kế hoạch": making it ("lên", "soạn", "lập", "xây dựng", "chuẩn bị", "viết", "làm", "dự thảo"). */
const PLAN_MAKERS = ['len', 'soan', 'lap', 'dung', 'bi', 'viet', 'lam', 'thao', 'da', 'em'];

/** "chuẩn bị xong", "soạn xong kế hoạch", "kế hoạch em soạn xong": a "xong" whose object is the plan, named just before or after it. */
function planMadeAt(tokens: readonly string[], match: { start: number; end: number; phrase: string }): boolean {
  if (!match.phrase.startsWith('xong')) return false;
  const after = phraseAt(tokens, match.end, PLAN_WORDS);
  // "soạn xong kế hoạch", "Xong kế hoạch rồi"; not "diễn tập xong phương án" (the drill is the work).
  if (after && after.phrase !== 'chuan bi' && (match.start === 0 || PLAN_MAKERS.includes(tokens[match.start - 1] ?? ''))) return true;
  for (let k = Math.max(0, match.start - 4); k < match.start; k++) {
    const plan = phraseAt(tokens, k, PLAN_WORDS);
    if (plan && !FOLLOWING.includes(tokens[k - 1] ?? '')) return true;
  }
  return false;
}
