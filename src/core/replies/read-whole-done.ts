import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { isNumber, phraseAt } from './match-phrases.ts';
import { TROUBLES } from './read-result-state.ts';
import type { Signal } from './types.ts';

/**
 * The whole of the task told done without a done word: "toàn bộ 245 hộ đã được rà soát" (the whole
 * as subject, then a past activity), "không còn hộ nào chưa ký" (none left undone).
 */

const WHOLE_SUBJECTS = ['toan bo', 'tat ca'];
/** Activities that, done for the whole, are the task done; not steps that prepare ("thông báo", "họp", "chuẩn bị"). */
const WHOLE_ACTIVITIES = [
  'ra soat',
  'kiem tra',
  'tuyen truyen',
  'van dong',
  'xac minh',
  'lap danh sach',
  'khao sat',
  'dieu tra',
  'cap nhat',
  'thong ke',
  'tiem',
  'ky',
  'ky cam ket',
  'cap',
  'cap phat',
  'chi tra',
  'phat',
  'trao',
  'tang',
  'niem yet',
  'quyet toan',
  'thu',
  'xu ly',
  'giai quyet',
  'nhap',
  'nhap lieu',
  'ban giao',
  'nghiem thu',
  'don ve sinh',
  'don dep',
  'thu gom',
  'phun thuoc',
  'treo',
  'dan',
  // handing out relief: "mì tôm … chia hết rồi", "tôn lợp … chuyển hết rồi"
  'chia',
  'chuyen',
];
/** The people a task hands out to: "tất cả 23 hộ … đều đã nhận tiền hỗ trợ" is the handing-out done. */
const PEOPLE = ['ho', 'gia dinh', 'hoc sinh', 'hoc vien', 'doi tuong', 'nguoi', 'cu tri', 'thi sinh'];
/** normalize-reply joins "hộ khó khăn" into one word ("hokhokhan") so that it names no problem. */
const BENEFICIARIES = [...PEOPLE, ...PEOPLE.map((noun) => `${noun.replaceAll(' ', '')}khokhan`)];
/** What the beneficiaries did: received, or were given. */
const RECEIVED = ['nhan', 'ky nhan', 'duoc nhan', 'duoc cap', 'duoc tiem', 'duoc phat'];
/** How far after the whole its beneficiaries may be named ("tất cả 23 hộ", "toàn bộ học sinh"). */
const BENEFICIARY_REACH = 3;
/** How far after the whole "đã" may stand when the people are named ("tất cả học sinh khó khăn của trường đều đã …"). */
const PEOPLE_REACH = 8;

/** After the activity, anything but these says more than the whole done ("…, đang chờ duyệt" is its own clause). */
const STILL_GOING = ['chua', 'dang', 'con', 'se', 'sap', 'nua', 'tiep', 'du kien'];

/** "còn" says work is left; "bà con" (the people) folds to the same "con". */
function stillGoing(tokens: readonly string[], i: number): boolean {
  return STILL_GOING.includes(tokens[i] ?? '') && !(tokens[i] === 'con' && tokens[i - 1] === 'ba');
}

export function wholeToldDone(tokens: readonly string[]): Signal | null {
  const none = noneLeftUndone(tokens);
  if (none || tokens.some((_, i) => stillGoing(tokens, i))) return none;
  const all = activityOverAll(tokens) ?? everyPartDid(tokens);
  if (all) return all;
  let start = 0;
  while (start < tokens.length && PARTICLES.includes(tokens[start] ?? '')) start++;
  const whole = phraseAt(tokens, start, WHOLE_SUBJECTS);
  if (whole) {
    // "Toàn bộ 245 hộ đã được rà soát": the subject's noun and count, then "đã (được)".
    // "Tất cả 23 hộ … đều đã nhận tiền hỗ trợ": the people handed out to received it (not "tất cả đã nhận được văn bản").
    const people = tokens.slice(whole.end, whole.end + BENEFICIARY_REACH).some((_, k) => phraseAt(tokens, whole.end + k, BENEFICIARIES));
    for (let i = whole.end + 1; i <= Math.min(tokens.length - 1, whole.end + (people ? PEOPLE_REACH : 5)); i++) {
      if (tokens[i] !== 'da') continue;
      const verbAt = tokens[i + 1] === 'duoc' ? i + 2 : i + 1;
      if (phraseAt(tokens, verbAt, WHOLE_ACTIVITIES)) return { status: 'done', strong: true, tag: 'done:whole_subject' };
      if (people && phraseAt(tokens, i + 1, RECEIVED)) return { status: 'done', strong: true, tag: 'done:whole_received' };
      break;
    }
  }
  return null;
}

/** After "hết": what ran out, not the whole of the work ("phát hết tiền", "hết hạn", "hết giờ"). */
const RAN_OUT = ['tien', 'han', 'gio', 'suc', 'thoi gian', 'kinh phi', 'ngan sach'];
/** After "hết tiền": the money paid out named ("chi trả hết tiền hỗ trợ cho 46 hộ"), so all of it, not out of money. */
const MONEY_PAID = ['ho tro', 'tro cap', 'thuong', 'boi thuong', 'tro giup', 'cho'];

function ranOut(tokens: readonly string[], at: number): boolean {
  const what = phraseAt(tokens, at, RAN_OUT);
  return what !== null && !(what.phrase === 'tien' && phraseAt(tokens, what.end, MONEY_PAID) !== null);
}

/** After "đủ": a fitness, not the full amount ("đủ điều kiện", "đủ tiêu chuẩn"). */
const FIT_FOR = ['dieu kien', 'tieu chuan', 'tuoi'];
/** Verbs of going away: "hết" after them says all left ("đi hết", "về hết", "nghỉ hết"). */
const LEAVING = ['di', 've', 'nghi', 'bo', 'chay', 'roi'];
/** How many words of object may stand between the activity and "hết/đủ" ("cấp thẻ đủ"). */
const OBJECT_BEFORE_WHOLE = 3;
/** How far after the activity "đủ <number>" may stand, past its object ("phát trên loa … đủ 10 buổi"). */
const FULL_COUNT_REACH = 8;

/**
 * An activity over the whole, told past ("đã" before it or "rồi" in the clause): "kiểm tra hết cả 12 cơ
 * sở rồi", "đã cấp phát hết thẻ BHYT", "chi trả đủ trợ cấp … rồi", "thu đủ rồi", "phát … đủ 10 buổi rồi".
 */
function activityOverAll(tokens: readonly string[]): Signal | null {
  for (let i = 0; i < tokens.length; i++) {
    // "em chi hết tiền hỗ trợ rồi": "chi" (pay out) alone, only before all the money (it is also "chi hội", "chị") (round 40).
    const activity =
      phraseAt(tokens, i, WHOLE_ACTIVITIES) ??
      (tokens[i] === 'chi' && tokens[i + 1] === 'het' && tokens[i + 2] === 'tien' ? { phrase: 'chi', end: i + 1 } : null);
    // "kỹ thuật" folds over "ký".
    if (!activity || (activity.phrase === 'ky' && tokens[i + 1] === 'thuat')) continue;
    const past = tokens.slice(0, i).includes('da') || tokens.includes('roi', activity.end);
    if (!past) continue;
    // "cấp hết …", "thu đủ rồi", and past a short object: "cấp thẻ đủ cho các hộ rồi".
    for (let k = activity.end; k < Math.min(tokens.length, activity.end + OBJECT_BEFORE_WHOLE); k++) {
      const word = tokens[k];
      // "đi hết rồi", "về hết": all gone away, not all of the work.
      if (NEGATIONS.includes(word ?? '') || LEAVING.includes(tokens[k - 1] ?? '')) break;
      if (word === 'het' && !ranOut(tokens, k + 1)) return { status: 'done', strong: true, tag: 'done:activity_over_all' };
      if (word === 'du' && !phraseAt(tokens, k + 1, FIT_FOR)) return { status: 'done', strong: true, tag: 'done:activity_over_all' };
    }
    for (let k = activity.end + 1; k < Math.min(tokens.length, activity.end + FULL_COUNT_REACH); k++) {
      if (tokens[k] === 'du' && isNumber(tokens[k + 1])) return { status: 'done', strong: true, tag: 'done:activity_full_count' };
    }
  }
  return null;
}

/** "Hộ nào cũng đã ký cam kết rồi", "tổ nào cũng nộp đủ rồi": every part did it, told past. */
function everyPartDid(tokens: readonly string[]): Signal | null {
  const cung = everyOf(tokens);
  if (cung < 0 || !(tokens[cung + 1] === 'da' || tokens.includes('roi', cung + 1))) return null;
  if (tokens.slice(cung + 1).some((t) => NEGATIONS.includes(t))) return null;
  return { status: 'done', strong: true, tag: 'done:every_part' };
}

/**
 * The "cũng" of "every …": "hộ nào cũng", "cụ nào trong danh sách cũng" (up to three words between), "ai cũng"
 * after the people named ("mấy mệ trong xã ai cũng"); its position, or -1.
 */
function everyOf(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i] === 'ai' && tokens[i + 1] === 'cung') return i + 1;
    if (tokens[i] !== 'nao') continue;
    const cung = tokens.indexOf('cung', i + 1);
    if (cung > 0 && cung - i <= 4) return cung;
  }
  return -1;
}

const ARREARS = ['qua han', 'ton dong', 'ton', 'bi sot', 'sot', 'treo', 'vi pham', 'sai pham', 'sai sot', 'sai lech'];

/**
 * "không còn hộ nào chưa rà soát", "đến nay không còn ai chưa ký", "chẳng còn cái cống nào tắc": every part done
 * ("…, còn 3 hộ" says otherwise). "Số cụ chưa được khám: không còn ai" names what was left first, then none of it.
 */
function noneLeftUndone(tokens: readonly string[]): Signal | null {
  if (tokens.filter((t) => t === 'con').length > 1 || tokens.some((t) => ['dang', 'se', 'sap', 'tiep'].includes(t))) return null;
  for (let i = 0; i < tokens.length - 2; i++) {
    // "không có tổ nào chưa nộp" says the same; "nữa" after it is its "any more" ("… nữa đâu anh"), not work ahead.
    if (!NONE_OF.includes(tokens[i] ?? '') || (tokens[i + 1] !== 'con' && tokens[i + 1] !== 'co') || tokens.slice(0, i).includes('nua')) continue;
    for (let j = i + 2; j <= Math.min(tokens.length - 1, i + 5); j++) {
      // Central "mô" in place of "nào": "không còn hộ mô chưa khai báo" (round 31).
      const none = tokens[j] === 'nao' || tokens[j] === 'mo' || tokens[j] === 'ai';
      if (!none) continue;
      // "không còn hồ sơ nào quá hạn / tồn đọng / tắc": nothing left in arrears or in trouble.
      if (phraseAt(tokens, j + 1, ARREARS) || phraseAt(tokens, j + 1, TROUBLES)) return { status: 'done', strong: true, tag: 'done:none_left' };
      if (NEGATIONS.includes(tokens[j + 1] ?? '')) return { status: 'done', strong: true, tag: 'done:none_left' };
      const endsHere = tokens.slice(j + 1).every((t) => PARTICLES.includes(t));
      if (endsHere && tokens.slice(0, i).includes('chua')) return { status: 'done', strong: true, tag: 'done:none_left' };
    }
  }
  return null;
}

/** Words that open "none left": "không còn", "chẳng còn" (Southern "hông/hổng" fold to "không"). */
const NONE_OF = ['khong', 'chang'];
