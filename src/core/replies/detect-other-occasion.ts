import { OTHER_OCCASIONS } from './lexicon-doubts.ts';
import { containsPhrase, isNumber, phraseAt } from './match-phrases.ts';

/** Rounds and periods a task recurs in: "đợt", "kỳ", "lần", "quý". */
const ROUNDS = ['dot', 'ky', 'lan', 'quy'];
/** Occurrences that may be named by a year a few words on: "đợt kiểm tra năm 2024", "chiến dịch 2024", "cuộc điều tra năm 2022", "vụ đông năm 2025" (a crop season), "cao điểm … năm 2025". */
const OCCURRENCES = [...ROUNDS, 'cuoc', 'chien dich', 'vu', 'cao diem'];
/** "Sang quý I/2027 mới đến lượt": an occurrence ahead is this task's start, not another occasion's finish. */
const AHEAD_BEFORE = ['sang', 'den', 'toi', 'qua', 'cho'];
/** How far after the occurrence a bare year may stand ("chiến dịch 2024"); "năm <year>" may stand anywhere after it in the clause. */
const YEAR_REACH = 5;
/** Between a round and "trước": "this" makes it this round ("đợt này trước tiên …"). */
const THIS_ROUND = ['nay', 'nay thi', 'hien tai'];

/**
 * Another round or year than this task's: "đợt trước", "năm ngoái", "hồi năm 2021", "hồi 2024", and by structure
 * a round then "trước" a few words on ("đợt tiêm trước", "kỳ báo cáo trước") or a round named by a
 * year ("đợt năm 2023").
 */
export function namesAnotherOccasion(words: readonly string[]): boolean {
  // "thứ Năm rồi" is Thursday, not "năm rồi" (last year); nor "cuối năm rồi", "tổng kết năm rồi" (this year's end, its review).
  const tokens = words.map((token, k) => {
    if (token === 'nam' && (words[k - 1] === 'thu' || thisYearBefore(words, k))) return 'thu_nam';
    // "sổ đăng ký khai tử từ 2010", "chỉ tiêu đăng ký khai sinh … năm 2026", "chữ ký": "ký" (sign), no round "kỳ" (round 43).
    return token === 'ky' && SIGN_BEFORE.includes(words[k - 1] ?? '') ? 'ky_sign' : token;
  });
  if (containsPhrase(tokens, OTHER_OCCASIONS)) return true;
  // "hồi 2024 …": "hồi" (back then) before a year, with or without "năm".
  if (tokens.some((token, k) => token === 'hoi' && isYear(tokens[k + 1] === 'nam' ? tokens[k + 2] : tokens[k + 1]))) return true;
  // "Năm 2023 bên em cũng …" (a year opening the clause), "đợt kiểm tra năm 2024", "chiến dịch 2024": a task's
  // occurrence named by its year is another than the one asked about; this year's is "năm nay" (a clock would
  // tell a year that is this one; without it the bot asks, which is safe).
  if (tokens[0] === 'nam' && isYear(tokens[1])) return true;
  if (tokens.some((_, k) => phraseAt(tokens, k, OCCURRENCES) && !AHEAD_BEFORE.includes(tokens[k - 1] ?? '') && yearWithin(tokens, k + 1))) return true;
  for (let k = 0; k < tokens.length; k++) {
    if (!ROUNDS.includes(tokens[k] ?? '')) continue;
    if (tokens[k + 1] === 'nam' && isYear(tokens[k + 2])) return true;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 4); j++) {
      if (THIS_ROUND.includes(tokens[j] ?? '') || isNumber(tokens[j])) break;
      // "đợt kiểm tra trước", not "đợt 1 … trước hạn" nor "trước khi".
      // Nor "đợt kiểm tra giá trước Tết" (before a holiday, round 23).
      if (tokens[j] === 'truoc' && !['han', 'khi', 'tien', 'thoi han', 'ngay', 'tet', 'le'].includes(tokens[j + 1] ?? '')) return true;
    }
  }
  return false;
}

/** Before "ký" that is signing, not a round "kỳ": "đăng ký" (register), "chữ ký" (a signature). */
const SIGN_BEFORE = ['dang', 'chu'];

/** Before "năm rồi": a part of this year or its review ("cuối năm rồi", "tổng kết năm rồi"), not "last year". */
const PART_OF_YEAR = ['cuoi', 'dau', 'giua', 'ket', 'ca', 'nua'];

function thisYearBefore(words: readonly string[], k: number): boolean {
  return words[k + 1] === 'roi' && PART_OF_YEAR.includes(words[k - 1] ?? '');
}

function yearWithin(tokens: readonly string[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    if (THIS_ROUND.includes(tokens[j] ?? '')) return false;
    if (!isYear(tokens[j])) continue;
    // "Đợt kiểm tra vệ sinh thú y năm 2025 …": a long name may stand between the occurrence and "năm <year>".
    if (tokens[j - 1] === 'nam') return true;
    if (j < from + YEAR_REACH && (j === from || !isNumber(tokens[j - 1]))) return true;
  }
  return false;
}

function isYear(token: string | undefined): boolean {
  return /^(19|20)\d\d$/.test(token ?? '');
}

/** How many words open a clause: where a time that carries on to the next clauses is set. */
const FRONT = 4;
/** Words that bring a reply back to now after another occasion: "đợt này", "năm nay", "giờ". */
const NOW = [
  'dot nay',
  'lan nay',
  'ky nay',
  'nam nay',
  'quy nay',
  'thang nay',
  'tuan nay',
  'hien nay',
  'hien tai',
  'bay gio',
  'gio',
  'hom nay',
  'sang nay',
  'chieu nay',
  'toi nay',
];

/**
 * For each clause, whether it is about another occasion: it names one, or an earlier clause did and no
 * clause since brought the reply back to now ("Hồi 2023 xã cũng làm việc này, mất ba tuần mới xong"; not
 * "Đợt trước chậm, đợt này xong sớm rồi"). A year is another occasion when a later clause of `whole`
 * opens on "năm nay".
 */
export function aboutAnotherOccasionByClause(clauses: readonly (readonly string[])[], whole: readonly (readonly string[])[] = clauses): boolean[] {
  let earlier = false;
  return clauses.map((tokens, i) => {
    // `whole`: every clause, whatever its role, for a contrast with this year that follows.
    const named = namesAnotherOccasion(tokens) || yearBeforeThisYear(tokens, whole.slice(i + 1));
    // Only a time set at the clause's front carries on; "(tăng 3 so với kỳ trước)" compares, it sets no time.
    if (named && namesAnotherOccasion(tokens.slice(0, FRONT))) earlier = true;
    else if (named || containsPhrase(tokens, NOW)) earlier = false;
    return named || earlier;
  });
}

/**
 * "Việc này bên em đã làm xong năm 2024, năm nay chưa có kế hoạch mới": a year named in a clause, then a
 * later clause that opens on "năm nay" (this year): the named year is another occasion. A year alone may
 * be this year's ("Năm 2021 …" needs a clock), so only the contrast tells.
 */
function yearBeforeThisYear(tokens: readonly string[], later: readonly (readonly string[])[]): boolean {
  if (!tokens.some((token, k) => token === 'nam' && isYear(tokens[k + 1]))) return false;
  return later.some((clause) => containsPhrase(clause.slice(0, FRONT), ['nam nay']));
}

/**
 * "Hè năm ngoái thì làm rồi, năm nay tụi em chưa khởi động chiến dịch": beside clauses about this round
 * that tell a status, what the reply says of another round or year is no report of this one.
 */
export function withoutOtherOccasions<S>(
  signalsByClause: readonly (readonly S[])[],
  tokensByClause: readonly (readonly string[])[],
  tells: readonly boolean[],
): readonly (readonly S[])[] {
  const other = aboutAnotherOccasionByClause(
    tokensByClause.map((tokens, i) => (tells[i] ? tokens : [])),
    tokensByClause,
  );
  const told = (i: number) => tells[i] === true && (signalsByClause[i]?.length ?? 0) > 0;
  // "…, năm nay mới được 50%": a figure alone tells this round's status too.
  const nowTold = signalsByClause.some((_, i) => !other[i] && (told(i) || (tells[i] === true && tellsFigure(tokensByClause[i] ?? []))));
  if (!nowTold || !signalsByClause.some((_, i) => told(i) && other[i])) return signalsByClause;
  return signalsByClause.map((signals, i) => (other[i] ? [] : signals));
}

/** "50%", "6/8 tổ": a figure told in the clause. */
export function tellsFigure(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => isNumber(token) && (tokens[k + 1] === '%' || (tokens[k + 1] === '/' && isNumber(tokens[k + 2]))));
}
