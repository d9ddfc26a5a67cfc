import { treatAt } from './detect-courtesy.ts';
import { DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { containsPhrase, isNumber, phraseAt } from './match-phrases.ts';
import { SIGNATURES } from './detect-signature-condition.ts';
import { COUNTED } from './read-percent.ts';

/**
 * A future time, then "mới" later in the clause ("tháng sau mới đến lịch", "đầu tuần sau mới bắt tay");
 * or a date or a month ahead, then "mới" or a verb of starting ("15/4 mới triển khai", "ngày 10/5 bắt
 * đầu xuống địa bàn", "để sang tháng 6 mới làm"), with nothing past or ongoing in the clause.
 */
export function startsLater(tokens: readonly string[]): boolean {
  // "tháng 9 mới đến đợt của xã em", "tuần sau mới tới lượt": the unit's turn comes later.
  for (let i = 0; i < tokens.length; i++)
    if (phraseAt(tokens, i, TURN_COMES_LATER) && TURNS.includes(tokens[i + 2] ?? '')) return !tokens.slice(0, i).includes('da');
  if (waitsForSeasonThenStarts(tokens) || startsAfterEventEnds(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'da' || tokens[i] === 'roi') return false;
    const time = phraseAt(tokens, i, FUTURE_TIMES);
    if (time && tokens[i - 1] !== 'hom' && startAfterMoi(tokens, tokens.indexOf('moi', time.end))) return true;
  }
  if (tokens.includes('dang') || tokens.includes('tu')) return false;
  // "Sau mùa mưa bão phường em mới triển khai", "Chờ qua rằm bên em mới bắt tay": after an event ahead, then "mới" and a start.
  const opener = phraseAt(tokens, 0, AFTER_AN_EVENT);
  // "Ra Giêng", "ra Tết": after that time; "ra quân" is itself a start.
  if (opener && !['do', 'khi', 'quan'].includes(tokens[opener.end] ?? '') && startVerbAfterMoi(tokens, tokens.indexOf('moi', opener.end))) return true;
  for (let i = 0; i < tokens.length; i++) {
    const end = dateOrMonthAt(tokens, i);
    if (end < 0) continue;
    if (startAfterMoi(tokens, tokens.indexOf('moi', end))) return true;
    for (let j = end; j < tokens.length; j++) if (phraseAt(tokens, j, DATED_STARTS)) return true;
  }
  return false;
}

/** A "mới" found (`moi` ≥ 0) puts the start ahead, unless a done word follows: "cuối tuần sau mới xong được" puts the finish ahead. */
function startAfterMoi(tokens: readonly string[], moi: number): boolean {
  if (moi < 0 || phraseAt(tokens, moi + 1, DONE_PHRASES) !== null) return false;
  // "tối mới về", "thứ 6 mới về lại cơ quan": coming back, unless a start follows ("mới về xã triển khai").
  return tokens[moi + 1] !== 've' || tokens.slice(moi + 2).some((_, k, rest) => phraseAt(rest, k, START_VERBS) !== null);
}

/** "mới" then, within three words, a verb of starting: "mới triển khai được", "mới bắt tay vào làm", "mới xuống bản làm". */
function startVerbAfterMoi(tokens: readonly string[], moi: number): boolean {
  if (moi < 0 || tokens[moi - 1] === 'da') return false;
  for (let k = moi + 1; k <= Math.min(tokens.length - 1, moi + 3); k++) if (phraseAt(tokens, k, STARTS_AFTER_MOI)) return true;
  // "Hết mùa lũ bên em mới dạy bơi được", "ra Giêng mới tiêm": after the awaited event, "mới" then the work's own verb
  // starts it then (round 30); not what only comes with it ("mới có tiền", "mới biết", "mới báo"), a finish, or a count.
  const next = tokens[moi + 1];
  // "… nhà trường mới mời công an về nói chuyện": "mới" then "mời" someone in (not to a treat) is the work's start.
  if (next === 'moi' && tokens[moi + 2] !== undefined && !PEOPLE_TREATED.includes(tokens[moi + 2] ?? '') && !treatAt(tokens, moi + 1)) return true;
  if (next === undefined || NOT_WORK_AFTER_MOI.includes(next) || phraseAt(tokens, moi + 1, DONE_PHRASES) !== null) return false;
  return !tokens.slice(moi + 1, moi + 7).some((t) => isNumber(t)) && !tokens.slice(moi + 1).some((t) => t === 'roi' || t === 'xong');
}

/**
 * After "mới", words that are not the work begun: having, knowing, telling, coming back, resting, a particle; and what
 * "mời" (invite, folded alike) is followed by: a person, a drink, a meal ("xong đợt này chị mời trà sữa").
 */
const NOT_WORK_AFTER_MOI = [
  ...['co', 'biet', 'bao', 've', 'nghi', 'ranh', 'thay', 'hieu', 'nhan', 'het', 'nen', 'la', 'thi', 'a', 'ah'],
  ...['anh', 'chi', 'em', 'ca', 'moi', 'tat', 'bac', 'chu', 'ong', 'ba', 'tra', 'an', 'uong', 'nhau', 'com'],
];

/** After "mới mời": those a treat is for ("mới mời anh em", "mới mời cả tổ"), not a speaker invited in. */
const PEOPLE_TREATED = ['anh', 'chi', 'em', 'ca', 'tat', 'moi', 'may'];

/** After an event and "mới", what begins the work: a verb of starting, going down to the people, sending out the teams or the people to do it. */
const STARTS_AFTER_MOI = [...START_VERBS, 'ra quan', 'xuong', 'phan cong', 'hop dan'];

/** At a clause's start: after an event still ahead ("sau vụ gặt", "qua Tết", "ra Giêng", "chờ qua rằm"); not "sau đó", "sau khi". */
const AFTER_AN_EVENT = ['sau', 'qua', 'ra', 'sang', 'cho qua', 'doi qua', 'het', 'doi het', 'cho het', 'de het', 'de qua', 'de sau'];

/** Waiting for, at a clause's start: "đợi các cháu nghỉ hè rồi …", "chờ hết mùa mưa thì …". */
const WAITING_FOR = ['doi', 'cho', 'phai doi', 'phai cho', 'de'];
/** A season, a holiday or an event of the year the work waits for (not a person, a paper or an approval). */
const SEASONS_AND_EVENTS = [
  'tet',
  'he',
  'nghi he',
  'mua',
  'mua vu',
  'vu lua',
  'le',
  'dai hoi',
  'hoi nghi',
  'bau cu',
  'ram',
  'thu hoach',
  'gat',
  'cay',
  'ky thi',
  'khai giang',
  'nam hoc',
  'hoc ky',
  'nang nong',
  'lu',
  'bao',
];

/**
 * "Đợi các cháu nghỉ hè rồi trường mới tổ chức", "Chờ hết mùa mưa thì đội mới xuống": waiting for a
 * season or an event, then "mới" and a start: the work starts after it (its "rồi" is "then", not past).
 */
export function waitsForSeasonThenStarts(tokens: readonly string[]): boolean {
  const opener = phraseAt(tokens, 0, WAITING_FOR);
  if (!opener || tokens.includes('da')) return false;
  const moi = tokens.indexOf('moi', opener.end);
  const awaited = moi < 0 ? [] : tokens.slice(opener.end, moi);
  // "Chờ Ban Thường vụ họp thông qua rồi mới triển khai": an approval awaited, not a season.
  if (containsPhrase(awaited, SIGNATURES) || !awaited.some((_, k) => phraseAt(awaited, k, SEASONS_AND_EVENTS))) return false;
  return startVerbAfterMoi(tokens, moi);
}

/** How far after the wait the season or event may be named ("đợi các em thi giữa học kỳ I xong"). */
const EVENT_REACH = 5;

/**
 * "…, đợi khai giảng xong", "chờ qua rằm xong": the clause only waits for a season or an event of the year to
 * end (no approval, nothing told past, nothing after the end): the unit's own sequence, not a blocker, and its
 * "xong" is the event's.
 */
export function waitsForEventToEnd(tokens: readonly string[]): boolean {
  const opener = phraseAt(tokens, 0, WAITING_FOR);
  if (!opener || tokens.includes('da') || tokens.includes('roi')) return false;
  const end = tokens.findIndex((token, k) => k > opener.end && (token === 'xong' || token === 'het'));
  if (end < 0 || tokens.slice(end + 1).some((token) => !['xuoi', 'a', 'ah', 'nha', 'nhe', 'da', 'anh', 'chi', 'thay', 'co', 'di'].includes(token)))
    return false;
  const awaited = tokens.slice(opener.end, end);
  if (containsPhrase(awaited, SIGNATURES)) return false;
  return awaited.some((_, k) => k < EVENT_REACH && phraseAt(awaited, k, SEASONS_AND_EVENTS) !== null);
}

/** Opening a clause, a promise of when: "hẹn tối nay …", "hứa mai …". */
const PROMISES = ['hen', 'hua'];

/** "hẹn tối nay ngồi làm", "hứa mai em làm": a clause opening on a promise of a time ahead, with no finish in it. */
export function promisesAhead(tokens: readonly string[]): boolean {
  const when = phraseAt(tokens, 1, FUTURE_TIMES) ?? phraseAt(tokens, 1, LATER_TODAY);
  return PROMISES.includes(tokens[0] ?? '') && when !== null && !tokens.some((_, k) => phraseAt(tokens, k, DONE_PHRASES));
}

/** Later today: ahead of the message, though not a day ahead ("tối nay em ngồi làm"). */
export const LATER_TODAY = ['toi nay', 'chieu nay', 'trua nay', 'lat nua', 'ti nua', 'toi'];

const TURN_COMES_LATER = ['moi den', 'moi toi'];
const TURNS = ['dot', 'luot', 'lich', 'phien', 'ky'];

const DATED_STARTS = ['bat dau', 'ra quan', 'khoi dong', 'trien khai'];
const MONTH_AHEAD = ['sang thang', 'qua thang', 'den thang', 'toi thang', 'sang quy', 'qua quy', 'den quy', 'toi quy'];

/** "15/4", "ngày 10/5" (not "6/8 tổ", a share), "sang tháng 6": the end of the date, or -1. */
function dateOrMonthAt(tokens: readonly string[], i: number): number {
  const month = phraseAt(tokens, i, MONTH_AHEAD);
  if (month && isNumber(tokens[month.end])) return month.end + 1;
  if (!isNumber(tokens[i]) || tokens[i + 1] !== '/' || !isNumber(tokens[i + 2]) || tokens[i - 1] === '/') return -1;
  if (phraseAt(tokens, i + 3, COUNTED) || tokens[i + 3] === '/') return -1;
  return Number(tokens[i + 2]) <= 12 ? i + 3 : -1;
}

/** How far "mới" may follow the event's "xong": an event named before it, or after it when "xong" opens the clause. */
const EVENT_NAMED_BEFORE = 5;
const EVENT_NAMED_AFTER = 8;

/**
 * "thi xong mới tổ chức", "đợi cấy xong em mới họp dân được": an event's end, then "(thì) <subject>
 * mới" and a start: the work starts only after it. Not with the event told past ("đã", "rồi", "vừa")
 * nor with a count after the start ("họp xong em mới triển khai được 2 tổ" is only two so far).
 */
export function startsAfterEventEnds(tokens: readonly string[], afterWait = phraseAt(tokens, 0, WAITING_FOR) !== null): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'xong' && !(tokens[i] === 'thuc' && tokens[i - 1] === 'ket')) continue;
    if (tokens.slice(0, i + 1).some((t) => t === 'da' || t === 'roi' || t === 'vua')) return false;
    // "Đợi bàn giao xong trụ sở mới thì phường mới …": after "thì", "mới" is the start's ("trụ sở mới" is a new office).
    const then = tokens.indexOf('thi', i + 1);
    const moi = then > i && tokens.indexOf('moi', then) > then ? tokens.indexOf('moi', then) : tokens.indexOf('moi', i + 1);
    // "Xong vụ thu hoạch lúa thì xã mới ra quân": a "xong" opening the clause names the event after it; so does one
    // before "thì" ("đợi nghiệm thu xong công trình nhà văn hóa thì thôn mới …", round 42).
    const named = i === 0 || (moi > i && tokens.slice(i + 1, moi).includes('thi'));
    const window = named ? EVENT_NAMED_AFTER : EVENT_NAMED_BEFORE;
    // "Đợi thi HK1 xong rồi trường mới …": after a wait, the "rồi" right after the event's end is "then" (round 42).
    const from = afterWait && tokens[i + 1] === 'roi' ? i + 2 : i + 1;
    if (moi < 0 || moi > i + window || tokens.slice(from, moi).some((t) => t === 'da' || t === 'roi' || t === 'dang')) continue;
    if (!startVerbAfterMoi(tokens, moi)) continue;
    if (tokens.slice(moi + 1, moi + 6).some((t) => isNumber(t))) return false;
    return true;
  }
  return false;
}

/**
 * "Qua mùa lũ mới triển khai", "Sau mùa mưa bão bên em mới bắt tay": the clause opens on an event
 * ahead, then "mới" and a start. Returns where "mới" is (words before it name the event, so a
 * problem word there, "mùa lũ", is a time, not a blocker now), or -1.
 */
export function eventAheadBefore(tokens: readonly string[]): number {
  const opener = phraseAt(tokens, 0, AFTER_AN_EVENT);
  if (!opener || ['do', 'khi', 'quan'].includes(tokens[opener.end] ?? '') || tokens.includes('da') || tokens.includes('roi')) return -1;
  const moi = tokens.indexOf('moi', opener.end);
  return startVerbAfterMoi(tokens, moi) ? moi : -1;
}
