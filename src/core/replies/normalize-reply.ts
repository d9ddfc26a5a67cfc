import { foldVietnamese } from '../text/fold.ts';
import { ownEntry } from '../text/own-entry.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import * as lexicon from './lexicon.ts';
import * as blockerLexicon from './lexicon-blockers.ts';
import * as doubtLexicon from './lexicon-doubts.ts';
import * as othersLexicon from './lexicon-others.ts';
import * as modifierLexicon from './lexicon-modifiers.ts';
import * as nonReportLexicon from './lexicon-non-reports.ts';
import * as clauseRolesLexicon from './lexicon-clause-roles.ts';
import * as doneStandingLexicon from './lexicon-done-standing.ts';
import * as extentLexicon from './lexicon-extent.ts';
import * as obstacleLexicon from './lexicon-obstacles.ts';
import type { Clause } from './types.ts';
import { withEnglishRead } from './english-phrases.ts';
import { withSpokenNumbers } from './spoken-numbers.ts';
import { withSpeechFoldsMarked } from './written-form.ts';

/** Emoji that mean "ok / received" become the word, so "👍" reads as an acknowledgement. */
const ACK_EMOJI = /[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F197}\u{1F446}]/gu;
/** Clapping hands (👏) applaud someone: read as "hoan hô", praise. */
const CLAP_EMOJI = /\u{1F44F}/gu;
/** Check marks (✅ ✔ ☑) become the token "tick": done when the reply says nothing else. */
const TICK_EMOJI = /[\u{2705}\u{2714}\u{2611}]\u{FE0F}?/gu;
/** "hỏng" (broken) and Southern "hổng/hông" (not) fold alike; read "hỏng" as "hư" before folding. */
const BROKEN = /h\u1ecfng|H\u1ece[Nn][Gg]/gu;
/** "ráng" (try hard: "anh em vẫn ráng") and Central "răng" (why?) fold alike; read "ráng" as "cố gắng" before folding. */
const TRY_HARD = /(?<![\p{L}\p{M}])r\u00e1ng(?![\p{L}\p{M}])/giu;

/**
 * Report forms' "Khó khăn, vướng mắc: Không." says there are none; it must not read as a blocker.
 * "Vướng mắc: chưa có kinh phí" names one: the "không/chưa" must end the answer.
 */
const NONE_TO_REPORT =
  /\b(?:kho khan|vuong mac|kien nghi|de xuat|de nghi)(?:\s*(?:,|va|\/)?\s*(?:kho khan|vuong mac|kien nghi|de xuat|de nghi))*\s*:\s*(?:khong co|chua co|khong|chua)(?:\s+(?:gi|a|co gi))?\s*(?=$|[.,;!)])/g;

/** The polite "dạ" folds like "đã" (already): read it as the particle "ạ" so "Dạ báo cáo anh" or "Dạ gửi anh" says nothing is done. */
const POLITE_YES = /(?<![\p{L}\p{M}])([Dd])\u1ea1a*(?![\p{L}\p{M}])/gu;

/**
 * "Vậy là xong rồi à", "xong rồi à anh": after a word, a grave "à" asks (it folds like the polite "ạ");
 * read it as "hả". At a clause's start ("À, em quên") it is an interjection, and after a form of address
 * ("xong rồi anh à") it only softens: both are left alone.
 */
const ASKING_A = /([\p{L}\p{M}]+)(\s+)\u00e0(?![\p{L}\p{M}])/gu;
const ADDRESS_BEFORE_A = ['anh', 'chi', 'em', 'ban', 'co', 'chu', 'bac', 'thay', 'sep', 'oi', 'ong', 'ba'];

function askingA(match: string, word: string, space: string): string {
  return ADDRESS_BEFORE_A.includes(foldVietnamese(word).toLowerCase()) ? match : `${word}${space}hả`;
}
/**
 * Words whose folded form is another word's: "hở" (asks, like "hả"; folds like "hộ"), Southern "hà"
 * (insists, like "nha"; folds like "hả"), "lắm" (very; folds like "làm"), "đính kèm" (attached; folds like "đỉnh").
 */
const FOLD_CLASHES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{M}])h\u1edf(?![\p{L}\p{M}])/gu, 'hả'],
  [/(?<![\p{L}\p{M}])h\u00e0(?![\p{L}\p{M}])/gu, 'nha'],
  [/(?<![\p{L}\p{M}])l\u1eafm(?![\p{L}\p{M}])/gu, 'nhiều'],
  // "đính kèm" (attached) folds like "đỉnh" (praise)
  [/(?<![\p{L}\p{M}])[đĐ]ính kèm(?![\p{L}\p{M}])/gu, 'kèm theo'],
  // "chợ" (market) folds like "cho" ("làm cho xong": a purpose ahead; "chờ": waiting)
  [/(?<![\p{L}\p{M}])([Cc])hợ(?![\p{L}\p{M}])/gu, 'market'],
  // "nước dâng" (rises) folds like "đang" (ongoing)
  [/(?<![\p{L}\p{M}])([Dd])âng(?![\p{L}\p{M}])/gu, 'lên'],
  // "chưa chạy" (not yet run) folds like "chữa cháy" (firefighting), which is joined into one noun
  [/(?<![\p{L}\p{M}])([Cc])hưa chạy(?![\p{L}\p{M}])/gu, '$1hưa khởi chạy'],
  // "quà Tết" (Tết gifts) folds like "qua Tết" (after Tết, a time ahead)
  [/(?<![\p{L}\p{M}])([Qq])uà (?=[Tt]ết(?![\p{L}\p{M}]))/gu, '$1uà dịp '],
  // "mái" (a roof: "lợp mái", "lên mái") folds like "mai" (tomorrow, a finish ahead): read as "nóc" (round 40)
  [/(?<![\p{L}\p{M}])[Mm]ái(?![\p{L}\p{M}])/gu, 'nóc'],
  // "kỳ thi" (an exam) folds like "ký thì" (signs, then): read as "mùa thi", the exam season (round 42)
  [/(?<![\p{L}\p{M}])[Kk]ỳ thi(?![\p{L}\p{M}])/gu, 'mùa thi'],
  // "nhưng còn" (but still) folds like "những con" (the plural before animals): read as "nhưng mà còn" (round 42)
  [/(?<![\p{L}\p{M}])([Nn])hưng còn(?![\p{L}\p{M}])/gu, '$1hưng mà còn'],
  // "chùa" (a pagoda, in place names: "xứ Đồng Chùa", "xóm Chùa") folds like "chưa" (not yet): read as "miếu" (round 42)
  [/(?<![\p{L}\p{M}])([Cc])hùa(?![\p{L}\p{M}])/gu, 'miếu'],
  // "đa số", "đa phần" (most) fold like "đã số": read as "phần lớn", a rough share (round 42)
  [/(?<![\p{L}\p{M}])[Đđ]a (?:số|phần)(?![\p{L}\p{M}])/gu, 'phần lớn'],
];

function unclash(text: string): string {
  return FOLD_CLASHES.reduce((out, [pattern, word]) => out.replace(pattern, word), text);
}

/** "hẻm" (an alley) folds like Southern "hem" (not): read it as "ngõ". */
const ALLEY = /(?<![\p{L}\p{M}])([Hh])\u1ebbm(?![\p{L}\p{M}])/gu;
/**
 * Words between single quotes opened after a space or a colon ("chị Tư nhắn: 'ấp tui xong rồi nha'") are quoted as
 * between double ones; an apostrophe inside a word ("haven't", read before this) opens nothing.
 */
const SINGLE_QUOTED = /(^|[\s:(])['\u2018]([^'\u2018\u2019\n]{2,}?)['\u2019](?=$|[\s.,;:!?)])/gu;

/** "42,5ha", "35 ha": after a number, an unmarked "ha" is hectares (the particle is written "hả"). */
const HECTARES = /(\d)\s?ha(?![\p{L}\p{M}])/gu;

/** "sửa chữa", "chữa cháy" fold to "chua" (not yet): joined into one word so they stay nouns. */
const MENDING = /\b(?:sua chua|chua chay|chua benh|chua tri|cuu chua)\b/g;
/** "Hôm kia cắt điện mà bên em vẫn nhập xong": "mà … vẫn" concedes a past hindrance, a "but" like "nhưng". */
const CONCEDING_MA = /(?<![\p{L}\p{M}])mà(?=(?:\s+[\p{L}\p{M}]+){0,2}\s+vẫn(?![\p{L}\p{M}]))/gu;
/** "hôm qua tại trường" folds to "… qua tai …", which "quá tải" (overloaded) folds to as well: a past day then "at". */
const DAY_THEN_AT = /\b(hom|sang|chieu|toi|dem) qua tai\b/g;
/** "suôn sẻ" (smoothly) folds to "suon se", whose "sẽ" (will) would put a finish ahead. */
const SMOOTHLY = /\bsuon se\b/g;
/** "sắp xếp" (arrange) folds to "sap xep", whose "sắp" (about to) would put a done ahead: read it as "xếp đặt". */
const ARRANGE = /\bsap xep\b/g;
/** "chằng chống" (to brace a house) folds to "chang chong", whose "chẳng" (not) would deny a done near it. */
const BRACING = /\bchang chong\b/g;
/** "ai ngờ", "ai dè", "nào ngờ", "ngờ đâu": unexpectedly. */
/**
 * "những" (plural) folds like "nhưng" (but), which ends a clause: "khảo sát xong những hộ bị ngập" would cut the
 * object from its verb. Written with its accents it is held apart until the split is done.
 */
const PLURAL_NHUNG = /(?<!\p{L})những(?!\p{L})/giu;
const PLURAL_MARK = 'nhungplural';
const UNEXPECTEDLY = /\b(?:ai ngo|ai de|nao ngo|nao de|ngo dau|dau ngo)\b/g;
/** "hộ nào để ký", "ai để hỏi": written "để" (in order to), no "dè" (unexpectedly); held apart until UNEXPECTEDLY is done. */
const PURPOSE_DE = /(?<!\p{L})(nào|ai) để(?!\p{L})/giu;
const PURPOSE_MARK = 'depurpose';
/** Central "rầu" for "rồi" after a finish: "xong rầu", "hoàn thành rầu" (written so; "rau", vegetables, is left). */
const CENTRAL_ROI = /(?<!\p{L})(xong|hoàn thành) rầu(?!\p{L})/giu;
/** "làm mất", "làm hỏng" (lost, broke): not the work done ("làm" is a verb of the work), joined into one word. */
const MISHAPS = /\b(?:lam mat|lam hu|lam hong)\b/g;
/**
 * Nouns that hold a blocker word: "thiếu nhi", "thiếu niên" (children), and people described as
 * poor ("hộ khó khăn", "học sinh có hoàn cảnh khó khăn"): joined into one word so they name, not block.
 */
/** "qua tài khoản" (paid into an account) folds like "quá tải" (overloaded), a blocker: joined into one word. */
const BANK_ACCOUNT = /\bqua tai khoan\b/g;
const DESCRIBING_NOUNS =
  /\b(?:thieu nhi|thieu nien|(?:hoan canh|ho|gia dinh|hoc sinh|sinh vien|nguoi dan|cac em|tre em|doi tuong|hoi vien|doan vien|ba con|nguoi|phu nu|cac cu)(?: dac biet)? kho khan)\b/g;
/**
 * "chuyên đề", "chủ đề", "đề án", "đề tài": "đề" (a topic) folds like "để" (in order to), so as written
 * they are joined into one word ("em chuyển để anh nắm" folds the same as "chuyên đề", so only the
 * written form tells them apart).
 */
const TOPIC_NOUNS = /(?<![\p{L}\p{M}])(?:chuyên đề|chủ đề|đề án|đề tài)(?![\p{L}\p{M}])/giu;
/**
 * Typed without marks, "hong" after a machine is "hỏng" (broken), not Southern "hông" (not): "may in hong r a",
 * "xe loa bi hong tu hom qua". Only before a clause end or what follows a breakdown ("rồi", "nên", "từ", "hết").
 */
const MACHINE_BROKEN =
  /\b((?:may(?: in| tinh| bom| chieu| photo| phat(?: dien)?| quet| do| anh)?|xe(?: loa| may| cong)?|loa|dien thoai|laptop)(?: (?:bi|lai))?) hong(?=\s*(?:$|[.,;!?]|(?:r|roi|a|nen|het|luon|tu|mat|ca|nang|may|nua|oi)\b))/g;
/** "ch làm gì cả": "ch" before a verb is "chưa" (alone it is left alone). */
const SHORT_CHUA = /\bch(?= (?:lam|xong|co|bat|trien|thuc|ht|hoan|dc|duoc|nop|gui|bao|xg|xog|tien)\b)/g;

/** Every word the lexicon knows: a token already in it is left alone by the typo repairs. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...Object.values(lexicon),
    ...Object.values(blockerLexicon),
    ...Object.values(doubtLexicon),
    ...Object.values(othersLexicon),
    ...Object.values(modifierLexicon),
    ...Object.values(nonReportLexicon),
    ...Object.values(obstacleLexicon),
    ...Object.values(extentLexicon),
    ...Object.values(doneStandingLexicon),
    ...Object.values(clauseRolesLexicon),
  ]
    .flatMap((list) => list as readonly string[])
    .flatMap((phrase) => phrase.split(' '))
    .concat(Object.values(ABBREVIATIONS).flatMap((words) => words.split(' '))),
);

/**
 * Folded tokens of the reply, split into clauses at sentence marks, commas, dashes and "nhưng",
 * with shorthand expanded and Telex leftovers repaired ("hoanf thanhf" → "hoan thanh").
 */
/** Voice-to-text: a dictated full stop after a sentence's last word ("… rồi chấm …", "… ạ dấu chấm"), not "chấm điểm". */
const DICTATED_STOP = /\b(roi|a|nha|nhe|ha|anh|chi)\s+(?:dau\s+)?cham(?:\s+het)?\b(?!\s+(?:diem|cong|bai|thi|thi dua))/g;
/** Voice-to-text hears "xong" as "song" ("đã song rồi"); "song" alone may be "song le" (however). */
// "đã song việc kiểm tra", "làm song rồi"; not "song" doubled (in parallel), "song hành", "song ngữ", "song phương".
const DICTATED_XONG = /\b(da|lam|nop) song\b(?!\s+(?:song|hanh|ca|ngu|phuong|le|sinh)\b)/g;

/** Longest text of a reply read (by the rules, the model and the done guard): the rest of a pasted document adds nothing. */
export const MAX_READ_LENGTH = 4000;

export function normalizeReply(text: string): Clause[] {
  const folded = foldVietnamese(
    unclash(withEnglishRead(text.normalize('NFC')))
      // an emoji also ends what came before it ("Xong rồi nhé 👍 có gì anh cứ nhắn em": two sentences)
      .replace(ACK_EMOJI, ' ok , ')
      .replace(TICK_EMOJI, ' tick ')
      .replace(CLAP_EMOJI, ' hoan hô ')
      .replace(BROKEN, 'hư')
      .replace(TRY_HARD, 'cố gắng')
      .replace(POLITE_YES, ' ạ ')
      .replace(CONCEDING_MA, 'nhưng')
      .replace(ASKING_A, askingA)
      .replace(ALLEY, 'ngõ')
      .replace(SINGLE_QUOTED, '$1\u201c$2\u201d')
      .replace(HECTARES, '$1 hecta')
      .replace(TOPIC_NOUNS, (words) => words.replace(' ', ''))
      .replace(PLURAL_NHUNG, PLURAL_MARK)
      .replace(PURPOSE_DE, `$1 ${PURPOSE_MARK}`)
      .replace(CENTRAL_ROI, '$1 rồi')
      .replace(/\n/g, ' . '),
  )
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(NUMBER_LIST, (list) => list.replaceAll(',', ' '))
    // "tổ chức mừng thọ": "chức mừng" across two words is no "chúc mừng" (congratulations) (round 38).
    .replace(/\bto chuc mung\b/g, 'to chuc le mung')
    .replace(DICTATED_STOP, '$1 . ')
    .replace(DICTATED_XONG, '$1 xong')
    .replace(NONE_TO_REPORT, ' khong co vuong mac ')
    // "…, ai ngờ máy in hỏng", "nào ngờ …": against what was expected, a "but", not a question or a request.
    .replace(UNEXPECTEDLY, ' nhung ')
    .replace(/\b(nhung|tuy nhien|song le)\b/g, ' , $1 ')
    .replaceAll(PLURAL_MARK, 'nhung')
    .replaceAll(PURPOSE_MARK, 'de')
    .replace(MENDING, (words) => words.replace(' ', ''))
    .replace(ARRANGE, 'xep dat')
    .replace(DAY_THEN_AT, '$1 qua o')
    .replace(SMOOTHLY, 'tot dep')
    .replace(BRACING, 'gia co')
    .replace(MISHAPS, (words) => words.replace(' ', ''))
    .replace(BANK_ACCOUNT, 'qua taikhoan')
    .replace(DESCRIBING_NOUNS, (words) => words.replaceAll(' ', ''))
    .replace(SHORT_CHUA, 'chua')
    .replace(MACHINE_BROKEN, '$1 hu');
  const clauses: Clause[] = [];
  // Between quotation marks someone else speaks ('Em gửi lại tin nhắn của chị Thu: "Hội CCB đã xong"').
  folded.split(QUOTE_MARKS).forEach((segment, n) => {
    const quoted = n % 2 === 1;
    // A full stop between digits is a decimal or a date ("62.5%", "20.11.2023"), not a clause end.
    for (const piece of segment.split(/(?<=\?)|(?<!\d)\.|\.(?!\d)|[;!,(){}[\]]|\s-+\s|…/)) {
      if (!piece) continue;
      const tokens = tokenize(piece);
      if (tokens.length > 0) clauses.push(quoted ? { tokens, asked: piece.includes('?'), quoted } : { tokens, asked: piece.includes('?') });
    }
  });
  return withSpeechFoldsMarked(clauses, text);
}

/** "cụ tròn 70, 75, 80 tuổi", "tổ 1, 2 và 5": a list of numbers, one phrase, not clauses (round 38). */
const NUMBER_LIST = /\b\d+(?:, \d+){2,}\b|\b\d+, \d+(?= va \d)/g;

/** Straight and curly double quotes and guillemets. */
const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb]/;

function tokenize(piece: string): string[] {
  const raw = piece.replace(/:/g, ' ').match(/\d+(?:\.\d+)?|%|\/|[a-z]+[0-9][a-z0-9]*|[a-z]+/g) ?? [];
  const tokens = raw.flatMap((token, n) => (UNITS_AFTER_NUMBERS.has(token) && /^\d/.test(raw[n - 1] ?? '') ? [token] : repairToken(token).split(' ')));
  return joinPercentWords(withSpokenNumbers(tokens));
}

/** After a number these are units ("300kg"), not the shorthand they are alone ("kg" for "không"). */
const UNITS_AFTER_NUMBERS = new Set(['kg']);

/** "80 phan tram" → "80 %". */
function joinPercentWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'phan' && tokens[i + 1] === 'tram' && /^\d/.test(out.at(-1) ?? '')) {
      out.push('%');
      i++;
    } else {
      out.push(tokens[i]!);
    }
  }
  return out;
}

function repairToken(token: string): string {
  if (/^\d/.test(token) || token === '%' || token === '/') return token;
  // "KP3", "TDP12", "P5": a code with no vowel is a name ("kp" alone is "kinh phí"); VNI typing only puts digits after vowels.
  if (/^[b-df-hj-np-tv-z]+\d+$/.test(token)) return token;
  // VNI typing without the input method leaves digits inside words: "hoa2n tha2nh".
  const word = /\d/.test(token) ? token.replace(/\d/g, '') : token;
  return known(word) ?? known(collapseRepeats(word)) ?? known(stripTelex(word)) ?? word;
}

/** The lexicon's form of a word, if it knows it (tried plain first: repairs cost regexes). */
function known(candidate: string): string | undefined {
  const abbreviation = ownEntry(ABBREVIATIONS, candidate);
  if (abbreviation !== undefined) return abbreviation;
  return VOCABULARY.has(candidate) ? candidate : undefined;
}

/**
 * "xongggg" → "xong", "okk" → "ok". A final "uu" is a syllable, not a key held down: "hưu", "cứu",
 * "lưu", "bưu", "hữu" fold to it ("lương hưu" is no "hư", broken).
 */
function collapseRepeats(word: string): string {
  return word.replace(/([a-z])\1{2,}/g, '$1').replace(/([a-tv-z])\1+$/, '$1');
}

/** Telex keystrokes typed without the input method: "ddax" → "da", "vuowngs" → "vuong". */
function stripTelex(word: string): string {
  return word
    .replace(/dd/g, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u')
    .replace(/w/g, '')
    .replace(/(?<=[a-z]{2})[sfrxj]$/, '');
}
