import { phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/**
 * The unit asked elsewhere and nothing came: "đã xin Trung tâm y tế 3 ngày nay mà chưa có", "đã báo công an
 * huyện mà chưa thấy xử lý", "em đề nghị rồi nhưng vẫn chưa được cấp". The work waits on the other side.
 * Not a report sent ("đã báo cáo … mà chưa …": "báo" before "cáo" is no asking).
 */
export function askedNotGiven(tokens: readonly string[]): boolean {
  const asked = tokens.findIndex(
    (token, k) => token === 'hen' || (ASKING.includes(token) && tokens[k + 1] !== 'cao' && tokens.slice(Math.max(0, k - 2), k + 6).some(isPast)),
  );
  if (asked < 0) return false;
  const promised = tokens[asked] === 'hen';
  for (let k = asked + 1; k < tokens.length - 1; k++) {
    if (!CONTRASTS.includes(tokens[k] ?? '')) continue;
    let j = k + 1;
    // "mà họ chưa gửi", "mà vẫn chưa về"
    if (tokens[j] === 'ho') j++;
    if (tokens[j] === 'van') j++;
    if (tokens[j] === 'chua' && phraseAt(tokens, j + 1, GIVEN)) return true;
    // A promise ("Ban quản lý hẹn giao sổ mà tới giờ chưa thấy đưa"): the denial may stand a few words on.
    if (promised)
      for (let d = k + 1; d <= Math.min(tokens.length - 2, k + DENIAL_REACH); d++)
        if (tokens[d] === 'chua') return phraseAt(tokens, d + 1, GIVEN) !== null || phraseAt(tokens, d + 1, CAME) !== null;
  }
  return false;
}
const isPast = (token: string): boolean => token === 'da' || token === 'roi';
/** Asking another body: "xin", "đề nghị", "báo", "nhờ", "gọi", "hỏi". */
const ASKING = ['xin', 'nghi', 'bao', 'nho', 'goi', 'hoi'];
const CONTRASTS = ['ma', 'nhung'];
/** What should have come: "có", "thấy", "được cấp", "về", "xử lý", "trả lời". */
const GIVEN = ['co', 'thay', 'duoc', 've', 'xu ly', 'tra loi', 'cap', 'gui', 'phan hoi'];

/** Coming to do it, after a promise: "hẹn thứ Hai, nhưng tới nay vẫn chưa xuống". */
const CAME = ['toi', 'den', 'xuong', 'vo', 'vao', 'len', 'qua', 'sang'];
/** How far into the clause after the contrast the denial may stand ("nhưng tới nay vẫn chưa xuống"). */
const DENIAL_REACH = 5;

/** The clause asked or promised, told past ("đã xin … rồi", "hẹn thứ Hai"). */
function askedOrPromised(tokens: readonly string[]): boolean {
  return (
    tokens.includes('hen') ||
    tokens.some((token, k) => ASKING.includes(token) && tokens[k + 1] !== 'cao' && tokens.slice(Math.max(0, k - 2), k + 6).some(isPast))
  );
}

/** The clause opens on a contrast, then what should have come denied ("nhưng vẫn chưa về", "nhưng tới nay chưa xuống"). */
function deniedAfterContrast(tokens: readonly string[]): boolean {
  if (!CONTRASTS.includes(tokens[0] ?? '')) return false;
  for (let j = 1; j < Math.min(tokens.length - 1, DENIAL_REACH + 1); j++) {
    if (tokens[j] !== 'chua') continue;
    return phraseAt(tokens, j + 1, GIVEN) !== null || phraseAt(tokens, j + 1, CAME) !== null;
  }
  return false;
}

/**
 * "Hóa chất đã xin Trung tâm rồi mà vẫn chưa về": the clauses split at "mà"; the asking (or a promise, "hẹn") is
 * in the one before, the denial in the next, which is then blocked as askedNotGiven reads it within one clause.
 */
export function withAskedThenDenied(
  signalsByClause: readonly (readonly Signal[])[],
  clauses: readonly { tokens: string[] }[],
  telling: readonly boolean[],
): (readonly Signal[])[] {
  return signalsByClause.map((signals, i) => {
    const tokens = clauses[i]?.tokens ?? [];
    if (i === 0 || !telling[i] || signals.some((s) => s.status === 'blocked' || s.status === 'done')) return signals;
    if (!deniedAfterContrast(tokens) || !askedOrPromised(clauses[i - 1]?.tokens ?? [])) return signals;
    return [...signals, { status: 'blocked' as const, strong: true, tag: 'awaiting:asked' }];
  });
}
