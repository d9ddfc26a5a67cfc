import type { Clause, Signal } from './types.ts';

/** Kinds of what a reply's signals say, as a whole, that read-reply.ts weighs (moved out of it in round 40). */

/** The teller busy ("đang", "đang ngồi họp", "đang tiếp đoàn"), or a "xong" of that business ahead ("lát xong em báo"). */
export function onlyBusy(signals: readonly Signal[]): boolean {
  return signals.every((s) => ['ongoing:dang', 'activity:hop', 'ongoing:ngoi'].includes(s.tag) || s.tag.startsWith('done_ahead'));
}

/** Aspect words that tell an activity as done or under way ("đã tổng hợp", "đang tổng hợp", "tổng hợp rồi", "tổng hợp được"). */
const TOLD_ASPECT = ['da', 'dang', 'roi', 'xong', 'duoc', 'van', 'con'];

/** Only weak activity words, in clauses with no aspect word: a plan or a purpose, not work reported. */
export function onlyUntoldActivity(signals: readonly Signal[], telling: readonly Clause[]): boolean {
  return (
    signals.length > 0 &&
    signals.every((s) => !s.strong && s.tag.startsWith('activity:')) &&
    telling.every(({ tokens }) => !tokens.some((t) => TOLD_ASPECT.includes(t)))
  );
}

/** Every signal is a finish ahead or only supposed ("chắc xong", "mai xong"). */
export function onlyFinishAheadSignals(signals: readonly Signal[]): boolean {
  return signals.length > 0 && signals.every((s) => s.tag.startsWith('done_ahead'));
}

export function onlyTicks(clauses: readonly Clause[]): boolean {
  if (clauses.length === 0) return false;
  // "✅ tuần tra chống khai thác cát tháng 11": a check mark before the task's name, with no status word anywhere.
  if (clauses[0]?.tokens[0] === 'tick' && (clauses[0]?.tokens.length ?? 0) > 1) return true;
  return clauses.every(({ tokens }) => tokens.length > 0 && tokens.every((token) => token === 'tick'));
}
