import { phraseAt } from './match-phrases.ts';

/** Telling verbs: "báo", "báo cáo", "nhắn", "trả lời". */
const TELLING = ['bao cao', 'bao', 'nhan', 'tra loi', 'rep'];
/** In someone's place: "thay", "thay cho", "hộ", "giùm". */
const IN_PLACE_OF = ['thay cho', 'thay', 'ho', 'gium', 'dum'];

/**
 * "em là phó thôn báo thay anh trưởng thôn", "em văn thư nhắn thay thầy hiệu trưởng", "em báo cáo
 * hộ chị tổ trưởng": a deputy or a clerk reports for the unit in its head's place, so the unit's status
 * around it is the unit's own, not a third party's passed on.
 */
export function reportsForUnit(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    // "gõ theo lời anh Phó Chủ tịch", "ghi theo lời chú trưởng thôn": a clerk typing the head's words.
    const typed = phraseAt(tokens, k, TYPING);
    if (typed && tokens[typed.end] === 'theo' && tokens[typed.end + 1] === 'loi' && PEOPLE.includes(tokens[typed.end + 2] ?? '')) return true;
    const verb = phraseAt(tokens, k, TELLING);
    if (!verb) continue;
    // "báo hộ" only right after the verb and before a person ("báo hộ anh tổ trưởng"), not "báo 12 hộ".
    const place = phraseAt(tokens, verb.end, IN_PLACE_OF);
    if (place && (place.phrase.startsWith('thay') || PEOPLE.includes(tokens[place.end] ?? ''))) return true;
  }
  return false;
}

/** Writing down someone's words: "gõ", "ghi", "soạn", "đánh máy", "nhắn". */
const TYPING = ['go', 'ghi', 'soan', 'danh may', 'nhan', 'viet'];
/** Who the unit's head is addressed as. */
const PEOPLE = ['anh', 'chi', 'chu', 'co', 'thay', 'bac', 'ban', 'ong', 'ba', 'dong chi'];
