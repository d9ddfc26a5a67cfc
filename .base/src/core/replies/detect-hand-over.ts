import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';

/** Handing something over: a shift, a duty, the task itself. */
const HAND_OVER = ['ban giao', 'giao lai', 'ban giao lai', 'giao'];
/** A duty shift: "ca trực", "ca đêm", "phiên trực". */
const SHIFTS = ['ca', 'phien truc'];

/**
 * "Bàn giao ca trực cho anh Hưng rồi", "giao ca xong rồi": a shift handed over is another duty, not
 * this task's finish.
 */
export function handsOverShift(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => {
    const over = phraseAt(tokens, k, HAND_OVER);
    return over !== null && tokens[k - 1] !== 'nhan' && phraseAt(tokens, over.end, SHIFTS) !== null;
  });
}

/** The task itself, as its object: "việc này", "nhiệm vụ này". */
const THIS_TASK = ['viec nay', 'nhiem vu nay', 'viec do', 'phan viec nay'];
/** The unit no longer in charge: "em không phụ trách nữa", "không làm việc này nữa". */
const NO_LONGER = ['khong phu trach', 'khong con phu trach', 'khong lam', 'khong con lam', 'khong theo'];
/** Longest stretch between "không …" and "nữa" ("không làm việc này nữa"). */
const NO_LONGER_SPAN = 4;
/** Longest stretch between the hand-over and "cho" ("bàn giao việc này lại cho"). */
const GIVEN_TO_SPAN = 4;

/**
 * "Việc này em bàn giao lại cho anh Tài rồi", "chị Mai nhận làm việc này rồi, em không phụ trách nữa":
 * the task handed to someone else; whatever follows is not this unit's status. Not "nhận bàn giao
 * việc này" (the unit received it) nor "bàn giao nhà cho 3 hộ" (the work's product handed over).
 */
export function handsTaskOn(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const no = phraseAt(tokens, k, NO_LONGER);
    if (no && tokens.slice(no.end, no.end + NO_LONGER_SPAN + 1).includes('nua')) return true;
  }
  if (!containsPhrase(tokens, THIS_TASK)) return false;
  for (let k = 0; k < tokens.length; k++) {
    const over = phraseAt(tokens, k, HAND_OVER);
    if (!over || tokens[k - 1] === 'nhan' || tokens[k - 1] === 'duoc') continue;
    const to = tokens.indexOf('cho', over.end);
    if (to >= 0 && to - over.end <= GIVEN_TO_SPAN && !phraseAt(tokens, to + 1, SELF_SUBJECTS)) return true;
  }
  return false;
}
