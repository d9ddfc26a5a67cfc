import { phraseAt } from './match-phrases.ts';

/**
 * The unit asked elsewhere and nothing came: "đã xin Trung tâm y tế 3 ngày nay mà chưa có", "đã báo công an
 * huyện mà chưa thấy xử lý", "em đề nghị rồi nhưng vẫn chưa được cấp". The work waits on the other side.
 * Not a report sent ("đã báo cáo … mà chưa …": "báo" before "cáo" is no asking).
 */
export function askedNotGiven(tokens: readonly string[]): boolean {
  const asked = tokens.findIndex((token, k) => ASKING.includes(token) && tokens[k + 1] !== 'cao' && tokens.slice(Math.max(0, k - 2), k + 6).some(isPast));
  if (asked < 0) return false;
  for (let k = asked + 1; k < tokens.length - 1; k++) {
    if (!CONTRASTS.includes(tokens[k] ?? '')) continue;
    let j = k + 1;
    // "mà họ chưa gửi", "mà vẫn chưa về"
    if (tokens[j] === 'ho') j++;
    if (tokens[j] === 'van') j++;
    if (tokens[j] === 'chua' && phraseAt(tokens, j + 1, GIVEN)) return true;
  }
  return false;
}
const isPast = (token: string): boolean => token === 'da' || token === 'roi';
/** Asking another body: "xin", "đề nghị", "báo", "nhờ", "gọi", "hỏi". */
const ASKING = ['xin', 'nghi', 'bao', 'nho', 'goi', 'hoi'];
const CONTRASTS = ['ma', 'nhung'];
/** What should have come: "có", "thấy", "được cấp", "về", "xử lý", "trả lời". */
const GIVEN = ['co', 'thay', 'duoc', 've', 'xu ly', 'tra loi', 'cap', 'gui', 'phan hoi'];
