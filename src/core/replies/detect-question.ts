import { ACTIVITY_VERBS, DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { BLOCKER_PHRASES, PROBLEM_WORDS } from './lexicon-blockers.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES, QUESTION_PHRASES, STATEMENT_BEFORE_CHUA, TRAILING_QUESTION_WORDS } from './lexicon-non-reports.ts';
import { indexPhrases, phraseAt, phraseAtIn, phraseBefore } from './match-phrases.ts';

const QUESTIONS = indexPhrases(QUESTION_PHRASES);
import type { Clause } from './types.ts';

/**
 * Whether a clause asks rather than tells: a question mark, a question word ("khi nào", "bao giờ"),
 * or a clause-final "chưa / không / gì / nào" ("xong chưa anh", "có cần báo cáo không ạ").
 */
export function isQuestionClause(clause: Clause): boolean {
  if (clause.asked) return true;
  const { tokens } = clause;
  if (asksWithWords(tokens) || asksIfDone(tokens) || asksWhich(tokens)) return true;
  let end = tokens.length;
  for (let particle = phraseBefore(tokens, end, PARTICLES); particle && particle.start > 0; particle = phraseBefore(tokens, end, PARTICLES)) {
    // "mấy bản" is also the addressee "mấy bạn", a particle: ask about copies before stripping it.
    if (asksHowManyCopies(tokens, end - 1)) return true;
    end = particle.start;
  }
  const last = end - 1;
  const word = tokens[last];
  // "là biểu số mấy ạ", "theo thông tư số mấy vậy anh": which number, asked.
  if (word === 'may' && tokens[last - 1] === 'so') return true;
  if (asksHowManyCopies(tokens, last)) return true;
  if (word === undefined || last <= 0 || !TRAILING_QUESTION_WORDS.includes(word)) return false;
  const before = tokens.slice(0, last);
  switch (word) {
    case 'chua':
      // "còn mấy hộ chưa tới": "tới" (reach) folds like the pronoun "tôi", which was stripped as a particle.
      if (tokens[last + 1] === 'toi') return false;
      // "vẫn chưa", "dạ chưa" answer; "xong chưa", "báo cáo chưa" ask.
      return !phraseBefore(tokens, last, [...STATEMENT_BEFORE_CHUA, ...PARTICLES, ...NEGATIONS]);
    case 'khong':
      // "Khó khăn, vướng mắc: không" is the formal way of saying there are none.
      if (checkingWhether(before)) return false;
      return !(phraseBefore(tokens, last, PROBLEM_WORDS) && before[0] !== 'co');
    case 'ta':
      // "xong rồi hả ta", "nhanh vậy ta": the teller wonders aloud; "bên ta", "chúng ta", "người ta" are people.
      return !PRONOUN_TA_BEFORE.includes(tokens[last - 1] ?? '');
    case 'gi':
      // "Lo gì anh, xong từ thứ Sáu rồi": "no need to worry", a reassurance, not "worry about what?".
      if (before.length === 1 && REASSURING.includes(before[0] ?? '')) return false;
      return !before.some((token) => NEGATIONS.includes(token));
    case 'nao':
      if (sinceLongAgo(tokens, last)) return false;
      // "không vướng mắc gì" states; "cần làm gì" asks.
      return !before.some((token) => NEGATIONS.includes(token));
    default:
      return true;
  }
}

/**
 * "giờ em đang rà lại từng hồ sơ xem có sai sót gì không": the check under way, told with what it looks for;
 * an embedded "whether", not a question to the reader (round 38). "Anh mở giúp em … xem có lỗi không" asks.
 */
function checkingWhether(before: readonly string[]): boolean {
  const xem = before.lastIndexOf('xem');
  return xem > 0 && before.slice(0, xem).includes('dang');
}

/** "lo gì", "sợ gì", "ngại gì" alone: nothing to worry about. */
const REASSURING = ['lo', 'so', 'ngai'];

/** Before a clause-final "ta" that is a pronoun ("bên ta", "chúng ta", "người ta"), not a wondering particle. */
const PRONOUN_TA_BEFORE = ['chung', 'ben', 'phia', 'cua', 'nguoi', 'minh', 'voi', 'cho', 'giup', 'ho', 'chinh'];

/** "mô có làm chi (mô)", "răng mà xong được": a Central rhetorical denial. */
function rhetoricalCentral(tokens: readonly string[], i: number, phrase: string): boolean {
  if (phrase === 'lam chi' || phrase === 'chi' || phrase === 'mo') return tokens[0] === 'mo' && tokens[1] === 'co';
  if (phrase.startsWith('rang ma') || phrase === 'rang') return tokens[i] === 'rang' && tokens[i + 1] === 'ma' && tokens.includes('duoc', i + 2);
  return false;
}

/** After "hội": a hall, a meeting, a council ("chờ hội trường" folds like "cho hỏi"). */
const HOI_NOUNS = ['truong', 'nghi', 'dong', 'vien', 'phu', 'nong', 'cuu', 'thao', 'thi'];

const WHENEVER = ['khi nao', 'bao gio', 'luc nao', 'hoi nao'];

/** A question word, except "ai" denied: "chưa ai làm", "không phải chờ ai" state that nobody has or is. */
function asksWithWords(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const match = phraseAtIn(tokens, i, QUESTIONS);
    if (!match) continue;
    const who = tokens[i] === 'ai' || match.phrase.endsWith(' ai');
    // "không phải chờ ai nữa", "chưa thấy ai báo": a negation a few words before makes "ai" anyone.
    if (who && tokens.slice(Math.max(0, i - 3), i).some((_, j, near) => phraseAt(near, j, NEGATIONS) !== null)) continue;
    // "chưa làm chi hết": Central "chi" is "gì", negated, not "để làm chi?".
    if (match.phrase === 'lam chi' && phraseBefore(tokens, i, NEGATIONS)) continue;
    // Central "mô có làm chi", "răng mà xong được": rhetorical denials ("đâu có làm gì", "sao mà xong được"), not questions.
    if (rhetoricalCentral(tokens, i, match.phrase)) continue;
    // "bắt đầu ạ" is not "đâu ạ"; "thế nào cũng xong", "bao giờ cũng vậy": "whatever", not a question.
    if (tokens[i] === 'dau' && tokens[i - 1] === 'bat') continue;
    // "không cần nhắc đâu ạ", "chưa xong đâu ạ": "đâu" after a negation denies; "ở đâu" still asks where.
    if (match.phrase === 'dau a' && tokens.slice(0, i).some((token) => NEGATIONS.includes(token))) continue;
    // "làm tới đâu gọn tới đó": as far as it goes, not "where?".
    if (['toi dau', 'den dau'].includes(match.phrase) && tokens.includes('do', match.end)) continue;
    if (tokens[match.end] === 'cung') continue;
    // "chưa tới đâu", "chẳng đi đến đâu": not got anywhere, a state denied, not "how far?" (round 45).
    if (['toi dau', 'den dau'].includes(match.phrase) && phraseBefore(tokens, tokens[i - 1] === 'di' ? i - 1 : i, NEGATIONS)) continue;
    // "không còn thẻ nào tồn": "thẻ nào" (no card) folds like "thế nào" (how?); after "không còn/có" it counts none.
    if (match.phrase === 'the nao' && ['con', 'co'].includes(tokens[i - 1] ?? '') && NEGATIONS.includes(tokens[i - 2] ?? '')) continue;
    // "để em hỏi lại mấy tổ trưởng": the unit will ask others, it asks nothing here.
    if (match.phrase === 'em hoi' && (tokens[i - 1] === 'de' || tokens[match.end] === 'lai')) continue;
    // "chờ hội trường", "chờ hội nghị": waiting on a hall or a meeting, not "cho hỏi".
    if (match.phrase.startsWith('cho hoi') && HOI_NOUNS.includes(tokens[match.end] ?? '')) continue;
    // "khi nào có con dấu thì xong ngay", "bao giờ có danh sách thì em làm": whenever, a condition.
    if (WHENEVER.includes(match.phrase) && tokens.includes('thi', match.end)) continue;
    // "bản sao", "sao chép", "sao kê": not "sao?".
    if (tokens[i] === 'sao' && (tokens[i - 1] === 'ban' || ['chep', 'luu', 'ke', 'y'].includes(tokens[i + 1] ?? ''))) continue;
    return true;
  }
  return false;
}

/**
 * "xong chưa mấy bạn", "đã hoàn thành chưa các đồng chí": a done or start word followed by "chưa"
 * asks, wherever the clause ends; the statement order is "chưa xong". "chưa" that negates a
 * following verb ("xong phần 1, chưa làm phần 2") does not count.
 */
function asksIfDone(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    if (token !== 'chua' || i === 0) return false;
    const verbBefore = phraseBefore(tokens, i, [...DONE_PHRASES, ...START_VERBS]);
    // "Hạt kiểm lâm chưa gửi": "lâm" (forest) folds like "làm"; the forest ranger is no verb.
    if (verbBefore?.phrase === 'lam' && NOUNS_BEFORE_LAM.includes(tokens[verbBefore.start - 1] ?? '')) return false;
    const verbAfter = phraseAt(tokens, i + 1, [...DONE_PHRASES, ...START_VERBS, ...ACTIVITY_VERBS, ...BLOCKER_PHRASES, ...HANDING_VERBS, 'duoc', 'co', 'dat']);
    return verbBefore !== null && verbAfter === null;
  });
}

/** Before "lâm", words that make it a noun: "kiểm lâm" (forest rangers), "nông lâm" (farming and forestry). */
const NOUNS_BEFORE_LAM = ['kiem', 'nong'];
/** After "chưa", verbs of handing over: "… chưa gửi", "… chưa ký": a denial told, not "… chưa?" asked. */
const HANDING_VERBS = ['gui', 'nop', 'chuyen', 'ky', 'nhan', 'duyet', 'phe duyet', 'cap', 'giao'];

/** "giờ cũng nạo xong", "đã nạo xong": "nạo" (dredge) after a tense word and before a done word, not "đơn vị nào xong". */
function dredgedDone(tokens: readonly string[], i: number): boolean {
  return ['cung', 'da', 'moi', 'vua', 'dang', 'gio'].includes(tokens[i - 1] ?? '') && phraseAt(tokens, i + 1, DONE_PHRASES) !== null;
}

/** After "hay": "hay lắm", "hay bị lỗi" (often) are not a choice. */
const NOT_A_CHOICE_AFTER = ['lam', 'qua', 'ghe', 'that', 'bi', 'gap', 'mat', 'loi', 'thay', 'nhi', 'day', 'ma', 'hon', 'nhat'];
const NOT_A_CHOICE_BEFORE = ['rat', 'khong', 'hong', 'that', 'qua'];

/**
 * "Em nộp bản Word hay PDF ạ", "Nộp bản cứng hay chỉ cần gửi qua mail vậy anh": two options joined
 * by "hay (là)" ask which; "bên nào làm vậy", "mẫu nào" ask which one unless denied ("không sót hộ nào").
 */
function asksWhich(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    if (i === 0 || i === tokens.length - 1) return false;
    if (token === 'hay') return !NOT_A_CHOICE_AFTER.includes(tokens[i + 1] ?? '') && !NOT_A_CHOICE_BEFORE.includes(tokens[i - 1] ?? '');
    // "khi nào … thì", "chừng nào … thì": whenever, a condition.
    if (token === 'nao' && ['khi', 'luc', 'hoi', 'chung'].includes(tokens[i - 1] ?? '') && tokens.includes('thi', i)) return false;
    // "hộ nào có thì đã đổ bỏ tại chỗ": whichever, with what was done to it told past after "thì".
    if (token === 'nao' && tokens.includes('thi', i) && tokens.includes('da', tokens.indexOf('thi', i))) return false;
    // "nạo vét" (dredging); "có hộ nào sai sót anh nhắc em": a fault supposed, the lead asked to point it out.
    // "giờ cũng nạo xong luôn": "nạo" (dredge) before a done word.
    if (token === 'nao' && (tokens[i + 1] === 'vet' || dredgedDone(tokens, i) || supposesAFault(tokens, i))) return false;
    if (token === 'nao' && sinceLongAgo(tokens, i)) return false;
    return (
      token === 'nao' &&
      // "cụ nào trong danh sách cũng …": every one of them, not "which?"
      !tokens.slice(i + 1, i + 5).includes('cung') &&
      !tokens.slice(0, i).some((word) => NEGATIONS.includes(word) || word === 'bat' || word === 'ki' || word === 'ky')
    );
  });
}

/** "có X nào …, anh/chị nhắc/báo/chỉ đạo em": "có" just before the "nào", then the lead asked to act on it. */
export function supposesAFault(tokens: readonly string[], nao: number): boolean {
  if (!tokens.slice(Math.max(0, nao - 3), nao).includes('co')) return false;
  for (let k = nao + 1; k < tokens.length - 1; k++) if (LEADS.includes(tokens[k] ?? '') && phraseAt(tokens, k + 1, POINT_OUT)) return true;
  return false;
}
const LEADS = ['anh', 'chi', 'sep', 'thay', 'co'];
const POINT_OUT = ['nhac', 'bao', 'chi dao', 'gop y', 'phan hoi', 'hoi', 'chinh giup', 'sua giup', 'cho y kien'];

/** Counters of copies and sets of papers ("bản", "bộ", "quyển"); not "tổ", which is also a team. */
const COPY_COUNTERS = ['ban', 'bo', 'quyen', 'file', 'trang'];
/** After the counter, the kind of copy: "bản photo", "bản sao", "bản gốc", "bản cứng". */
const COPY_KINDS = ['photo', 'sao', 'goc', 'cung', 'chinh', 'in', 'mem', 'scan'];
/** Before "mấy": told past or partial ("mới nộp được mấy bản thôi"), a count, not a question. */
const TOLD_COUNT = ['da', 'roi', 'duoc', 'moi', 'xong'];

/** "mẫu số 3 nộp mấy bản ạ", "hồ sơ nộp mấy bộ vậy chị": how many copies, asked (clause-final "mấy" + a counter). */
function asksHowManyCopies(tokens: readonly string[], end: number): boolean {
  // "mấy bản photo", "mấy bản sao", "mấy bộ công chứng": the counter, then the kind of copy.
  const last = tokens[end - 1] === 'cong' && tokens[end] === 'chung' ? end - 2 : COPY_KINDS.includes(tokens[end] ?? '') ? end - 1 : end;
  if (!COPY_COUNTERS.includes(tokens[last] ?? '') || tokens[last - 1] !== 'may') return false;
  return !tokens.slice(0, last - 1).some((token) => TOLD_COUNT.includes(token));
}

/** "Xong từ đời nào rồi", "xong từ hồi nào rồi anh": since long ago, said to stress it, not asked (round 31). */
function sinceLongAgo(tokens: readonly string[], nao: number): boolean {
  return tokens[nao - 2] === 'tu' && (tokens[nao - 1] === 'doi' || tokens.includes('roi', nao));
}
