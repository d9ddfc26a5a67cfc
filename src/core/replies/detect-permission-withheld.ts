import { phraseAt } from './match-phrases.ts';

/** Not yet given: "chưa được", "vẫn chưa được", "không được". */
const NOT_GIVEN = ['chua duoc', 'khong duoc'];
/** Consents a body above gives: "cho phép", "đồng ý", "chấp thuận". */
const CONSENTS = ['cho phep', 'dong y', 'chap thuan'];
/** How many words may name the body between "chưa được" and its consent ("chưa được ban giám hiệu cho phép"). */
const BODY_REACH = 5;

/**
 * "có điều chưa được ban giám hiệu cho phép mua", "không được phường đồng ý cho làm": the consent the work needs,
 * from a body named between, has not been given: the unit is held up.
 */
export function permissionWithheld(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const notGiven = phraseAt(tokens, k, NOT_GIVEN);
    if (!notGiven) continue;
    for (let j = notGiven.end + 1; j <= Math.min(tokens.length - 1, notGiven.end + BODY_REACH); j++) if (phraseAt(tokens, j, CONSENTS)) return true;
  }
  return false;
}
