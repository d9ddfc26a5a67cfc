import { phraseAt } from './match-phrases.ts';
import { SUPPLIES } from './read-body-delivery.ts';
import type { Signal } from './types.ts';

/** Before "hết <supply>": a link, so "hết" is the supply running out ("… thì hết hóa chất", "mà hết áo"), not "phát hết". */
// "vườn ươm báo hết cây" (round 44): the supplier says it has run out.
const RAN_OUT_LEADS = ['thi', 'ma', 'nhung', 'lai', 'bi', 'roi', 'gio', 'vi', 'do', 'cung', 'nen', 'tai', 'la', 'dang', 'bao'];
/** Goods the work uses up, beside the supplies sent from above ("áo" of "áo phao", "bình" of the sprayer's tanks). */
const USED_UP = [...SUPPLIES, 'ao', 'binh', 'pin', 'qua', 'phieu', 'cay giong', 'cay', 'giong', 'bao cat'];

/**
 * "làm được 3/5 ấp thì hết hóa chất", "phát cho 5/8 thôn rồi mà hết áo": the goods the work needs ran out, so it
 * stands (round 30). "Hết" opening the clause or after a link; after a verb ("phát hết áo phao") it is the whole handed out.
 */
export function ranOutOfSupplies(tokens: readonly string[]): Signal | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] !== 'het' || (i > 0 && !RAN_OUT_LEADS.includes(tokens[i - 1] ?? ''))) continue;
    const what = phraseAt(tokens, i + 1, USED_UP);
    // "hết cây" closing the clause: seedlings run out ("hết cây số liệu" is no such thing).
    if (what?.phrase === 'cay' && what.end < tokens.length) continue;
    if (what) return { status: 'blocked', strong: true, tag: `blocker:ran_out:${what.phrase}` };
  }
  return null;
}
