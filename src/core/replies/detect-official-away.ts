import { phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * "Xong rồi nhưng chưa có dấu, văn thư đi vắng", "lãnh đạo đi công tác, chưa ai ký", "Cán bộ địa chính đi tập huấn
 * trên tỉnh, không ai ký xác nhận", "2 chị y tế thôn nghỉ ốm nên đợt khám bị gián đoạn": an official the work needs is
 * away or ill, and what only they do is not done (a signature, a stamp, the work itself): blocked (round 42). Not the
 * teller or the unit away ("em đi tập huấn nên chưa làm", "cả phòng đi tập huấn": not started), nor households away
 * ("còn mấy hộ đi vắng": work left), nor an absence the unit got past ("văn thư nghỉ phép nhưng em đã tự đóng dấu").
 */

/** Officials and staff the unit's work waits on (folded). */
const OFFICIALS = [
  ...['lanh dao', 'chu tich', 'pho chu tich', 'van thu', 'truong ban', 'truong thon', 'truong xom', 'truong ap', 'truong khu'],
  ...['truong phong', 'truong tram'],
  ...['bac si', 'can bo', 'thu y', 'y te', 'ke toan', 'giam doc', 'hieu truong', 'bi thu', 'sep', 'dia chinh', 'cong chuc'],
  // the owners whose signature or boat the work needs (round 44): "chủ tàu đi biển", "chủ đang đi bạn"
  ...['chu tau', 'chu ghe', 'chu'],
];
/** Away or ill. */
const AWAY = ['di vang', 'di cong tac', 'di hop', 'di tap huan', 'nghi phep', 'nghi om', 'deu om', 'om', 'nam vien', 'di bien', 'di ban', 'ra khoi'];
/** How far before being away the official may be named ("ông phó chủ tịch xã đi họp", "2 cán bộ thú y đều ốm"). */
const OFFICIAL_REACH = 5;
/** What waits on them, anywhere in the reply: no signature or stamp, nobody to do it, the work cut off. */
const HELD = [
  ...['chua ky', 'chua ai ky', 'khong ai ky', 'chua co dau', 'chua dong dau', 'chua ai', 'khong co ai', 'khong ai'],
  ...['ve ky', 'chua ve', 'chua hop duoc', 'gian doan', 'chua tiem duoc'],
  // nobody left to do it, or the one away out of reach (round 44)
  ...['khong con ai', 'goi hoai khong duoc', 'goi khong duoc', 'goi mai khong duoc', 'khong lien lac duoc'],
];
const SELF = ['em', 'toi', 'minh', 'tui'];

export function officialAwayHoldsUp(clauses: readonly Clause[]): boolean {
  const away = clauses.some(({ tokens }) => tokens.some((_, k) => phraseAt(tokens, k, AWAY) !== null && officialBefore(tokens, k)));
  return away && clauses.some(({ tokens }) => tokens.some((_, k) => phraseAt(tokens, k, HELD) !== null && !cameBackAt(tokens, k)));
}

function officialBefore(tokens: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - OFFICIAL_REACH); j--) {
    if (SELF.includes(tokens[j] ?? '')) return false;
    // "còn mấy chủ tàu đi biển chưa về": the work's own parts left, not someone it waits on.
    if (phraseAt(tokens, j, OFFICIALS)) return !(tokens[j - 1] === 'con' || (tokens[j - 2] === 'con' && ['may', 'vai', 'it'].includes(tokens[j - 1] ?? '')));
  }
  return false;
}

/** "cả tháng mới về ký" (round 44): back and signed at last, a hardship told past, not a signature awaited. */
function cameBackAt(tokens: readonly string[], k: number): boolean {
  return tokens[k] === 've' && tokens[k - 1] === 'moi';
}
