import { conditionBefore, conditional } from './done-doubt-conditions.ts';
import { firstContent } from './done-doubt-others.ts';
import { ALTERNATIVES } from './lexicon-doubts.ts';
import { containsPhrase, indexOfPhrase, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * "Đủ người thì 2 ngày là xong, giờ có mỗi mình em", "Có danh sách từ Mặt trận thì một buổi là em trao xong, mà họ chưa
 * gửi", "Khi nào có dấu đỏ thì xong ngay, giờ chủ tịch đi họp tỉnh chưa về": a finish on a condition of people, means
 * or a paper, then what holds now, turned on "giờ/chừ/mà/chứ/khổ nỗi": the condition does not hold, the work waits on
 * it (blocked, round 42). Not with the work going on ("…, giờ anh em vẫn đang làm", "…, giờ làm một mình hơi lâu"), nor
 * the alternative ahead ("…, không thì mai").
 */

/** The finish the condition leads to. */
const FINISHES = ['xong', 'hoan thanh', 'het'];
/** After the finish, in its clause: "but now" turns to what holds ("… là xong mà giờ đoàn viên đi làm ăn xa hết"). */
const BUT_NOW = ['ma gio', 'ma bay gio', 'ma toi gio', 'ma den gio', 'ma hien', 'chu gio', 'chu bay gio', 'nhung gio', 'nhung hien'];
/** Opening the next clause: now, or a "but" that turns to what holds now. */
const NOW_OPENERS = [...BUT_NOW, 'gio', 'bay gio', 'hien', 'hien tai', 'hien gio', 'toi gio', 'den gio', 'chu', 'ma', 'nhung', 'kho noi', 'ngat noi'];
/** Words of the work going on now, which the condition only speeds up. */
const STILL_WORKING = ['dang', 'van', 'lam mot minh', 'tu lam', 'tu di', 'lam tiep', 'tiep tuc', 'rang', 'co gang'];
/** "Có" or "đủ" a condition opens on, with "là" as its "then" ("Có con dấu là xong ngay"). */
const HAVING = ['co', 'du', 'co du', 'co them'];

export function conditionUnmetNow(clauses: readonly Clause[]): boolean {
  return clauses.some(({ tokens }, i) => {
    const done = tokens.findIndex((_, k) => phraseAt(tokens, k, FINISHES) !== null);
    if (done < 0 || !(conditional(tokens) || conditionBefore(tokens, done) || havingThen(tokens, done))) return false;
    const turn = indexOfPhrase(tokens, BUT_NOW, done + 1);
    const holds = turn >= 0 ? tokens.slice(turn) : (clauses[i + 1]?.tokens ?? []);
    // "chừ" (now) folds like "chú", a form of address that may open a clause: looked for first.
    const opener = phraseAt(holds, 0, NOW_OPENERS) ?? phraseAt(holds, firstContent(holds), NOW_OPENERS);
    // "Đủ người thì xong, chú ơi": "chú" (uncle) folds like "chừ" (now).
    if (!opener || (opener.phrase === 'chu' && holds[opener.end] === 'oi')) return false;
    // "…, giờ còn 2 tuyến đường chưa phát quang": work left, not a lack.
    const workLeft = holds.includes('con') && holds.indexOf('chua', holds.indexOf('con')) >= 0;
    return !workLeft && !containsPhrase(holds, STILL_WORKING) && phraseAt(holds, firstContent(holds), ALTERNATIVES) === null;
  });
}

/** "Có chục người là hốt bùn một buổi xong ngay", "Có tiền đối ứng là xong liền": having, then "là", before the finish. */
function havingThen(tokens: readonly string[], done: number): boolean {
  const start = phraseAt(tokens, 0, HAVING) ? 0 : firstContent(tokens);
  return phraseAt(tokens, start, HAVING) !== null && tokens.slice(start + 1, done).includes('la') && !tokens.slice(0, done).includes('da');
}
