import { FILLERS, NEGATIONS } from './lexicon-modifiers.ts';
import { RESOLUTIONS, RESOLUTION_DOUBTS, STILL_ON } from './lexicon-obstacles.ts';
import { modifierBefore, phraseAt, containsPhrase } from './match-phrases.ts';
import type { Clause, Signal } from './types.ts';

/** "vướng kinh phí nhưng đã giải quyết xong": a problem the reply says is dealt with no longer blocks. */
/**
 * "…, bữa giờ thiếu người, nhưng đã huy động thêm dân quân nên làm kịp": a clause turning on "nhưng"
 * to something the unit has done ("đã", not "đã bị") deals with the problem before it, when nothing
 * after it is denied ("nhưng đã xin huyện, chưa thấy trả lời" is not dealt with).
 */
function dealtWithAfterContrast(telling: readonly Clause[]): boolean {
  const at = telling.findIndex(({ tokens }) => tokens[0] === 'nhung' && doneAfterContrastAt(tokens) > 0);
  if (at < 1) return false;
  // "vẫn vướng kinh phí nhưng đã làm được 70%": progress despite an obstacle said to be still on.
  if (telling.slice(0, at).some(({ tokens }) => containsPhrase(tokens, STILL_ON))) return false;
  const done = telling[at]?.tokens ?? [];
  if (done[doneAfterContrastAt(done) + 1] === 'bi') return false;
  return telling.slice(at).every(({ tokens }) => !tokens.some((token) => NEGATIONS.includes(token)));
}

/** How many words may name who dealt with it between "nhưng" and "đã" ("nhưng đội đã tiêm xong", "nhưng anh em vẫn gùi vào được"). */
const DEALER_REACH = 3;

/** Where "đã" (or "vẫn … được") stands after "nhưng (mà)" and at most a short subject, or -1. */
function doneAfterContrastAt(tokens: readonly string[]): number {
  const from = tokens[1] === 'ma' ? 2 : 1;
  for (let k = from; k <= Math.min(tokens.length - 1, from + DEALER_REACH); k++) {
    if (NEGATIONS.includes(tokens[k] ?? '')) return -1;
    if (tokens[k] === 'da') return k;
    if (tokens[k] === 'van' && k > from && tokens.slice(k + 1).includes('duoc')) return k;
  }
  // "nhưng mà rà soát xong rồi anh": a finish told with "rồi" after the work's name, nothing denied before it (round 40).
  const finish = tokens.findIndex(
    (token, k) => k >= from && token === 'xong' && (tokens[k + 1] === 'roi' || (tokens[k + 1] === 'het' && tokens[k + 2] === 'roi')),
  );
  if (finish > 0 && !tokens.slice(0, finish).some((token) => NEGATIONS.includes(token) || token === 'chua' || token === 'se' || token === 'sap')) return finish;
  return -1;
}

export function withoutResolvedProblems(signals: Signal[], telling: readonly Clause[]): Signal[] {
  if (!signals.some((signal) => ['problem:', 'blocker:', 'blocker_weak:', 'missing:'].some((kind) => signal.tag.startsWith(kind)))) return signals;
  const resolved = telling.some(({ tokens }) => {
    for (let i = 0; i < tokens.length; i++) {
      if (phraseAt(tokens, i, RESOLUTIONS) && !modifierBefore(tokens, i, { doubt: RESOLUTION_DOUBTS }, FILLERS, 2)) return true;
    }
    return false;
  });
  if (!resolved && !dealtWithAfterContrast(telling)) return signals;
  // "Vướng vì thiếu danh sách, nay đã được bổ sung đủ và em làm xong rồi": beside a done, the lack resolved is behind the unit too.
  const doneToo = signals.some((signal) => signal.tag.startsWith('done:'));
  return signals.filter(
    (signal) =>
      !signal.tag.startsWith('problem:') &&
      !(doneToo && (signal.tag.startsWith('blocker:') || signal.tag.startsWith('blocker_weak:') || signal.tag.startsWith('missing:'))),
  );
}
