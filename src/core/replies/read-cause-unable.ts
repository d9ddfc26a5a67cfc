import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { NEGATIONS, OWN_REASONS } from './lexicon-modifiers.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/** How far "được" may follow the negation after "nên": "nên bên em chưa gửi hồ sơ lên cổng dịch vụ công được". */
const UNABLE_REACH = 9;
/** How many words of subject may stand between "nên" and the negation. */
const SUBJECT_REACH = 5;
/** How far into the cause the unit may stand as its subject: "hôm nay em đi họp nên …" is the unit's own day. */
const SELF_REACH = 4;
/**
 * In the cause, what makes it the unit's own business or someone's season rather than a mishap: "đang" (a
 * school in exams, people at harvest: a start waits, see detect-others-busy.ts), a negation (read by
 * `unableBecause`), "xong/rồi" (a finish told first).
 */
const NOT_A_MISHAP = ['dang', 'con dang', 'xong', 'roi', 'da'];

/**
 * "Điện lực cắt điện cả ngày nên chưa chạy máy bơm được", "Mưa lớn nên chưa xuống thôn được": a happening
 * named before "nên", then "chưa/không … được", is what holds the work up, though no blocker word names it.
 * Not the unit's own doing ("em đi họp nên không xem tin nhắn được"), its own priorities ("ưu tiên việc khác
 * nên …"), nor a cause that is ongoing business or itself a negation.
 */
export function causeThenUnable(tokens: readonly string[]): Signal | null {
  const so = tokens.indexOf('nen');
  if (so < 2) return null;
  const cause = tokens.slice(0, so);
  if (cause.some((_, k) => k < SELF_REACH && phraseAt(cause, k, SELF_SUBJECTS) !== null)) return null;
  if (cause.some((token) => NEGATIONS.includes(token)) || containsPhrase(cause, NOT_A_MISHAP) || containsPhrase(cause, OWN_REASONS)) return null;
  // "nên (bên em / xe chở vật tư / học sinh vùng cao) chưa …": a short subject may stand before the negation.
  const self = phraseAt(tokens, so + 1, SELF_SUBJECTS);
  const from = self ? self.end : so + 1;
  const at = tokens.findIndex((_, k) => k >= from && k <= from + SUBJECT_REACH && phraseAt(tokens, k, NEGATIONS) !== null);
  if (at < 0) return null;
  const negation = phraseAt(tokens, at, NEGATIONS);
  if (!negation) return null;
  const unable = tokens.slice(negation.end, negation.end + UNABLE_REACH).includes('duoc');
  return unable ? { status: 'blocked', strong: true, tag: 'unable_after_cause' } : null;
}

/**
 * "Bên viễn thông cắt cáp nên bên em chưa gửi hồ sơ được": another body as the cause's subject, and the unit (or
 * no one named) unable after "nên": the unit telling what holds it up, not passing on the body's status.
 */
export function othersMishapHoldsUnit(tokens: readonly string[]): boolean {
  const so = tokens.indexOf('nen');
  if (so < 0 || causeThenUnable(tokens) === null) return false;
  return phraseAt(tokens, so + 1, SELF_SUBJECTS) !== null || phraseAt(tokens, so + 1, NEGATIONS) !== null;
}
