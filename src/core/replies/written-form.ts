import { foldVietnamese } from '../text/fold.ts';
import type { Clause, Signal } from './types.ts';

/**
 * Status words that fold like other words: written with diacritics, "đội" (a team) is not "đợi"
 * (waiting), "tập kết" not "kẹt", "trường hợp" not "họp", "đáng" not "đang", "dựng lại" not "dừng
 * lại", "văn bản giao" not "bàn giao", "không dư" not "không đủ", "chấm" not "chậm". Each entry is a folded word of a signal's phrases, the written
 * form that carries the sense, and the phrases (signal tags) where that word carries it; an
 * unaccented word is taken at its word (it may be either).
 */
const SENSES: ReadonlyArray<{ word: string; written: string; phrases: readonly string[] }> = [
  {
    word: 'cho',
    written: 'chờ',
    phrases: [
      'cho',
      'dang cho',
      'van cho',
      'con cho',
      'phai cho',
      'ngoi cho',
      'van dang cho',
      'cho doi',
      'dang cho doi',
      'cho xac nhan',
      'cho y kien',
      'cho phe duyet',
      'cho nghiem thu',
      'cho kinh phi',
      'cho huong dan',
      'cho chi dao',
    ],
  },
  { word: 'doi', written: 'đợi', phrases: ['doi', 'cho doi', 'dang doi', 'van doi', 'con doi', 'phai doi', 'dang cho doi'] },
  { word: 'ket', written: 'kẹt', phrases: ['ket', 'bi ket', 'dang ket'] },
  { word: 'hop', written: 'họp', phrases: ['hop', 'dang hop', 'dang di hop', 'hop giao ban'] },
  {
    word: 'dang',
    written: 'đang',
    phrases: ['dang', 'con dang', 'van dang', 'hien dang', 'gio dang', 'dang hop', 'dang di hop', 'dang doi', 'dang cho doi', 'dang ket'],
  },
  { word: 'dung', written: 'dừng', phrases: ['dung lai', 'tam dung'] },
  // "đang tác nghiệp" (at field work) is no "đang tắc" (stuck)
  { word: 'tac', written: 'tắc', phrases: ['dang tac', 'van tac', 'dang bi tac'] },
  // "không nói" (not said) and "không nối" (not linked) are no "không nổi" (beyond strength)
  { word: 'noi', written: 'nổi', phrases: ['khong chay noi', 'chay khong noi', 'lam khong noi', 'khong lam noi', 'lo khong noi', 'xoay khong noi'] },
  // "chưa dùng gì" (used nothing) is no "chưa đụng gì" (touched nothing)
  { word: 'dung', written: 'đụng', phrases: ['chua dung gi', 'chua dung chi', 'chua dung toi', 'chua dung den', 'chua dung vao', 'chua dung tay'] },
  { word: 'ban', written: 'bàn', phrases: ['ban giao', 'da duoc ban giao'] },
  // "không dư suất nào" (none over) is no "không đủ"; voice-to-text "chấm" (full stop) is no "chậm".
  { word: 'du', written: 'đủ', phrases: ['khong du', 'chua du'] },
  { word: 'cham', written: 'chậm', phrases: ['cham', 'cham tien do'] },
  // "Tiểu học Phú Lâm", "khó lắm", "lạm phát" are no "làm" (doing) on its own.
  { word: 'lam', written: 'làm', phrases: ['lam'] },
  // "chưa gõ được dòng nào" (typed nothing) is no "chưa gỡ được" (not cleared, round 44).
  { word: 'go', written: 'gỡ', phrases: ['chua go duoc', 'van chua go duoc'] },
];

/** The reply's words as written (lower case, NFC) beside their folded forms. */
export interface WrittenWords {
  written: string[];
  folded: string[];
  /** typed with diacritics (a third of the words or more carry one): then a bare word is that word ("cho" is "for", not "chờ") */
  accented: boolean;
}

export function writtenWords(text: string): WrittenWords {
  const written = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  const folded = written.map((word) => foldVietnamese(word));
  const marked = written.filter((word, i) => word !== folded[i]).length;
  return { written, folded, accented: written.length > 0 && marked * 3 >= written.length };
}

/**
 * The phrase is written somewhere with each sensed word in its sense (or unaccented), or nowhere as
 * such (it came from shorthand or a repair): then the signal stands.
 */
function sensedSomewhere(words: WrittenWords, phrase: string): boolean {
  const parts = phrase.split(' ');
  const senses = SENSES.filter((sense) => sense.phrases.includes(phrase));
  if (senses.length === 0) return true;
  let seen = false;
  for (let i = 0; i + parts.length <= words.folded.length; i++) {
    if (!parts.every((part, k) => words.folded[i + k] === part)) continue;
    seen = true;
    const asWritten = parts.every((part, k) => {
      const sense = senses.find((s) => s.word === part);
      const written = words.written[i + k] ?? '';
      return !sense || written === sense.written || toneOnlyMissing(written, sense.written) || (!words.accented && written.replace(/đ/g, 'd') === part);
    });
    if (asWritten) return true;
  }
  return !seen;
}

/** Tone marks (grave, acute, hook, tilde, dot below). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** "đơi" for "đợi", "chơ" for "chờ": the sense word with its tone left out is a typo, not another word ("đôi", "cho" are). */
function toneOnlyMissing(written: string, sense: string): boolean {
  const toneless = (word: string) => word.normalize('NFD').replace(TONES, '').normalize('NFC');
  return written === toneless(written) && written === toneless(sense);
}

/** A signal read from a word that, as written, is another word ("Đội hình" is no "đợi"). */
export function foldedFromAnotherWord(signal: Signal, words: WrittenWords): boolean {
  return !sensedSomewhere(words, signal.tag.slice(signal.tag.indexOf(':') + 1));
}

/** The signals of each clause without those read from another word folded alike. */
export function withoutFoldClashes(signalsByClause: Signal[][], text: string): Signal[][] {
  const words = writtenWords(text);
  return signalsByClause.map((signals) => signals.flatMap((signal) => (foldedFromAnotherWord(signal, words) ? waitOnTeam(signal, words) : [signal])));
}

/**
 * "đang chờ đội công trình": read as "đang chờ đợi", the "đội" as written is the team waited on; the wait
 * stands without it (as "đang chờ"), where that is written as such.
 */
function waitOnTeam(signal: Signal, words: WrittenWords): Signal[] {
  const phrase = signal.tag.slice(signal.tag.indexOf(':') + 1);
  if (!phrase.endsWith(' cho doi') || phrase.split(' ').length < 3) return [];
  const shorter = phrase.slice(0, -' doi'.length);
  return sensedSomewhere(words, shorter) ? [{ ...signal, tag: `${signal.tag.slice(0, signal.tag.indexOf(':') + 1)}${shorter}` }] : [];
}

/**
 * Speech verbs that pass someone's status on, by folded form, as written: "nói" (not "Nội", "nơi",
 * "nổi"), "hỏi" (not "Hội", "hồi", "hơi"), "báo"/"bảo" (not "bạo", "bão"), "nhắn" (not "nhận").
 */
const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = { noi: ['nói'], hoi: ['hỏi'], bao: ['báo', 'bảo'], nhan: ['nhắn'] };

/**
 * Function words a figure is read beside, by folded form, as written: the particles that may end a
 * clause after a figure ("80 nha", "xong rồi nhé") and the lead-in "mức" ("đạt mức 80"). Written as
 * another word they are not that word: "được 8 nhà" counts houses, "còn mục 5" names an item.
 */
const FIGURE_WORDS: Readonly<Record<string, readonly string[]>> = {
  nha: ['nha', 'nhá'],
  the: ['thế'],
  ca: ['cả'],
  nhi: ['nhỉ'],
  ha: ['hả', 'há'],
  muc: ['mức'],
};

/** The negation "đâu" ("xong đâu mà xong"), as written: "đầu xóm", "dấu", "dầu" are other words. */
const NEGATION_WORDS: Readonly<Record<string, readonly string[]>> = { dau: ['đâu'] };

/** For each clause, the token positions whose folded word is one of the table's but is written otherwise. */
function foldsWrittenOtherwise(clauses: readonly Clause[], words: WrittenWords, table: Readonly<Record<string, readonly string[]>>): number[][] {
  const marks = clauses.map((): number[] => []);
  for (const [folded, forms] of Object.entries(table)) {
    const written = words.written.filter((_, i) => words.folded[i] === folded);
    const places = clauses.flatMap((clause, c) => clause.tokens.flatMap((token, t) => (token === folded ? [[c, t] as const] : [])));
    if (written.length !== places.length) continue;
    places.forEach(([c, t], n) => {
      const form = written[n] ?? '';
      if (!forms.includes(form) && !forms.some((word) => toneOnlyMissing(form, word)) && form !== folded) marks[c]?.push(t);
    });
  }
  return marks;
}

/**
 * In a reply typed with diacritics, marks on each clause the words that fold like a speech verb but
 * are written as another word ("Khoa Nội đã rà soát xong", "Hội LHPN … tuyên truyền phòng chống bạo
 * lực"), so they are not read as someone telling, and the words that fold like a particle or "mức" but
 * are another word ("8 nhà"), so no figure is read from them, and the words that fold like the negation "đâu"
 * but are another word ("đầu xóm", "đóng dấu"), so they deny nothing. Words are matched to the clauses' tokens
 * in order; where shorthand or a repair changed how many there are ("bc" → "báo cáo"), that word is
 * left unmarked.
 */
export function withSpeechFoldsMarked(clauses: Clause[], text: string): Clause[] {
  const words = writtenWords(text);
  if (!words.accented) return clauses;
  const speech = foldsWrittenOtherwise(clauses, words, SPEECH_VERBS);
  const figure = foldsWrittenOtherwise(clauses, words, FIGURE_WORDS);
  const negation = foldsWrittenOtherwise(clauses, words, NEGATION_WORDS);
  return clauses.map((clause, c) => {
    const notSpeech = speech[c] ?? [];
    const notFigureWord = figure[c] ?? [];
    const notNegation = negation[c] ?? [];
    return {
      ...clause,
      ...(notSpeech.length > 0 ? { notSpeech } : {}),
      ...(notFigureWord.length > 0 ? { notFigureWord } : {}),
      ...(notNegation.length > 0 ? { notNegation } : {}),
    };
  });
}
