import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { JUST_RECEIVED } from './lexicon-extent.ts';
import { containsPhrase } from './match-phrases.ts';
import type { Clause } from './types.ts';

/** The work received: "đã tiếp nhận", "em nhận được rồi", "đã nhận nhiệm vụ". */
const RECEIVED = ['da nhan', 'da tiep nhan', 'tiep nhan roi', 'nhan duoc roi', 'nhan roi', 'da nhan duoc'];
/** A time a start is set at, beyond the future times of a finish: "từ ngày 5/12", "đầu tháng 1". */
const START_TIMES = ['tu ngay', 'tu dau', 'dau thang', 'giua thang', 'cuoi thang', 'dau nam', 'tu thu', 'tu hom'];

/**
 * Received with its start set ahead, when the reply says nothing else: "em mới nhận văn bản, đầu tuần
 * sau triển khai", "Dạ chúng tôi đã tiếp nhận, sẽ bắt tay vào làm từ đầu tháng 12": not started (the
 * caller has checked that every signal is a start ahead). A receipt with an undated "sẽ triển khai"
 * stays an acknowledgement (it may only be polite), unless the work was just received.
 */
export function receivedWithStartAhead(telling: readonly Clause[]): boolean {
  if (telling.some(({ tokens }) => containsPhrase(tokens, JUST_RECEIVED))) return true;
  if (!telling.some(({ tokens }) => containsPhrase(tokens, RECEIVED))) return false;
  return telling.some(({ tokens }) => containsPhrase(tokens, START_TIMES) || containsPhrase(tokens, FUTURE_TIMES));
}

/**
 * "Xã vừa nhận nhiệm vụ chiều nay, mai em lên lịch" (round 44): just received, and a time ahead named, though no
 * verb of starting is said: not started, not a bare acknowledgement.
 */
export function justReceivedWithTimeAhead(telling: readonly Clause[]): boolean {
  if (!telling.some(({ tokens }) => containsPhrase(tokens, JUST_RECEIVED))) return false;
  return telling.some(({ tokens }) => containsPhrase(tokens, START_TIMES) || containsPhrase(tokens, FUTURE_TIMES));
}
