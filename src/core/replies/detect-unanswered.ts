import { phraseAt } from './match-phrases.ts';

/**
 * Waiting on someone who has not come or answered: "gọi bên Điện lực 3 lần rồi mà chưa ai xuống",
 * "cả tuần nay không ai nghe máy", "họ cứ hẹn tuần sau mới trả lời". The unit has asked; the work waits
 * on the other side, so it is a blocker ("chưa ai hỏi", nobody asked the unit, is not: "hỏi" is no answer).
 */
const NOBODY = ['chua ai', 'khong ai', 'chang ai', 'chua thay ai', 'khong thay ai'];
const CAME_OR_ANSWERED = [
  'xuong',
  'ra',
  'den',
  'toi',
  'len',
  've',
  'tra loi',
  'nghe may',
  'nghe',
  'bat may',
  'phan hoi',
  'hoi am',
  'rep',
  'sua',
  'keo',
  'giai quyet',
  'xu ly',
  'goi lai',
  'lien lac lai',
];
/**
 * "họ hẹn", "bên đó hẹn", "phía bên kia hẹn": the other side puts it off. Not the unit's own "em hẹn bà
 * con", nor households of the work ("3 hộ kia hẹn mai", "mấy hộ hẹn tối": "hộ" folds like "họ").
 */
const THAT_SIDE = ['ben do', 'ben ay', 'ben kia', 'phia do', 'phia ben kia', 'ben ho', 'cong ty', 'nha thau'];
const COUNTING = ['cac', 'may', 'vai', 'nhung', 'mot so', 'so'];
const ADVERBS = ['cu', 'lai', 'chi', 'moi'];

function otherSideBefore(tokens: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && ADVERBS.includes(tokens[k] ?? '')) k--;
  if (tokens[k] === 'ho') return !/^\d/.test(tokens[k - 1] ?? '') && !COUNTING.includes(tokens[k - 1] ?? '');
  return THAT_SIDE.some((side) => phraseAt(tokens, k + 1 - side.split(' ').length, [side]) !== null);
}

/** After a promise ("hẹn"), the promised coming denied: "hẹn sáng nay mà chưa tới", "hẹn hoài mà không thấy tới". */
const NOT_YET = ['chua', 'van chua', 'khong', 'khong thay', 'chua thay', 'van khong thay'];
/** Coming to do it: "chưa tới", "chưa xuống cắt", "chưa vô chở". */
const CAME = ['toi', 'den', 'xuong', 'vo', 'vao', 'ra', 'len', 'qua', 'sang'];
/** How far after "hẹn" the denied coming may stand ("hẹn 2 hôm rồi vẫn chưa xuống", "hẹn đội PCCC quận xuống từ thứ Hai mà tới giờ chưa thấy tới"). */
const PROMISE_REACH = 12;
/** Bringing what was promised: "chở tới", "mang tới", "giao tới". */
const BRINGING = ['cho', 'mang', 'giao', 'dua', 'keo'];
/** Taken away by others: "chưa ai chở đi", "không ai dọn đi" (with "nobody" before). */
const TAKEN_AWAY = ['cho', 'cho di', 'don di', 'lay', 'keo di'];

function promisedNotCome(tokens: readonly string[], hen: number): boolean {
  for (let k = hen + 1; k < Math.min(tokens.length, hen + PROMISE_REACH); k++) {
    const not = phraseAt(tokens, k, NOT_YET);
    // "chưa thấy tới", "chưa thấy chở tới": the coming, or bringing something with it.
    if (not && (phraseAt(tokens, not.end, CAME) || (BRINGING.includes(tokens[not.end] ?? '') && phraseAt(tokens, not.end + 1, CAME)))) return true;
  }
  return false;
}

export function nobodyCameOrAnswered(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const nobody = phraseAt(tokens, i, NOBODY);
    if (nobody && (phraseAt(tokens, nobody.end, CAME_OR_ANSWERED) || phraseAt(tokens, nobody.end, TAKEN_AWAY))) return true;
    if (tokens[i] === 'hen' && ((i > 0 && otherSideBefore(tokens, i)) || promisedNotCome(tokens, i))) return true;
  }
  return false;
}
