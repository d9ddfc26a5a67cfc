import { firstContent } from './done-doubt-others.ts';
import { phraseAt } from './match-phrases.ts';

/** Bodies above or beside the unit that send it what it needs (not "phường", "xã": often the unit itself). */
const UPPER_BODIES = [
  'phong',
  'quan',
  'huyen',
  'tinh',
  'so',
  'bcd',
  'ban chi dao',
  'lanh dao',
  'cap tren',
  'van phong',
  'ubnd quan',
  'ubnd huyen',
  'thuong truc',
  'chu tich',
  'don vi chu tri',
  'cong an quan',
  'cong an huyen',
  'kho bac',
  'bao hiem',
  // heads who sign: "thầy hiệu trưởng chưa ký quyết định"
  'thay hieu truong',
  'co hieu truong',
  'hieu truong',
  'giam doc',
  'truong phong',
];

/** Goods the unit hands out or uses, sent from above: "vắc xin", "thuốc", "phôi thẻ". */
export const SUPPLIES = [
  'vac xin',
  'hoa chat',
  'ao phao',
  'khau trang',
  'to roi',
  'giay',
  'muc',
  'nguyen lieu',
  'vat lieu',
  'xi mang',
  // building materials a works waits on: "cát đá chưa về", "gạch chưa tới" (round 45)
  'cat da',
  'cat',
  'gach',
  'sat thep',
  'thep',
  'ton',
  'xang',
  'thuoc',
  'hang',
  'vat tu',
  'phoi',
  'phoi the',
  'the',
  'gao',
  'giong',
  'phan bon',
  'tai lieu',
  'an chi',
  'bieu mau',
  'kinh phi',
  'tien',
];
/** Not yet come: "chưa về", "chưa tới", "chưa được cấp". */
const NOT_ARRIVED = ['chua ve', 'chua toi', 'chua den', 'chua duoc cap', 'chua duoc chuyen', 'van chua ve'];
/** Longest name of the goods before "chưa về", with whose they are ("thuốc tẩy giun của huyện vẫn chưa về"). */
const LONGEST_SUPPLY_NAME = 5;
/** Measures of goods sent: "lô", "đợt", "thùng", "chuyến", "xe", "kiện". */
const MEASURES = ['lo', 'dot', 'thung', 'chuyen', 'xe', 'kien', 'bao'];

/**
 * "Vắc xin chưa về trạm", "phôi thẻ chưa về nên …": a clause opening on goods sent from above that have
 * not come; the unit cannot do the work without them.
 */
export function suppliesNotArrived(tokens: readonly string[]): boolean {
  const opening = firstContent(tokens);
  // "Lô thuốc tẩy giun …", "đợt vắc xin …": a measure of the goods may come first.
  const start = phraseAt(tokens, opening, MEASURES) && phraseAt(tokens, opening + 1, SUPPLIES) ? opening + 1 : opening;
  const supply = phraseAt(tokens, start, SUPPLIES);
  if (!supply) return false;
  for (let k = supply.end; k <= supply.end + LONGEST_SUPPLY_NAME && k < tokens.length; k++) if (phraseAt(tokens, k, NOT_ARRIVED)) return true;
  return false;
}
/** What such a body has not done: sent, passed on, approved, signed, answered. */
const DELIVERIES = [
  'gui',
  'chuyen',
  'duyet',
  'phe duyet',
  'tham dinh',
  'ky',
  'cap',
  'tra loi',
  'co y kien',
  'cho y kien',
  'huong dan',
  'phat',
  'giao',
  'ban hanh',
];

/**
 * "…, phòng chưa gửi mẫu biểu", "quận chưa duyệt danh sách": a clause opening on a body above the unit,
 * then "chưa" and a delivery. What the unit waits for is a blocker, whatever order the reply tells it in.
 */
export function bodyHasNotDelivered(tokens: readonly string[]): boolean {
  // "Tờ trình gửi lên từ tuần trước mà tỉnh chưa ký": the body may also open the clause's turn after "mà/nhưng".
  const starts = [firstContent(tokens), ...tokens.flatMap((t, k) => (t === 'ma' || t === 'nhung' ? [k + 1] : []))];
  return starts.some((start) => notDeliveredFrom(tokens, start)) || notSeenDelivered(tokens);
}

function notDeliveredFrom(tokens: readonly string[], start: number): boolean {
  const body = phraseAt(tokens, start, UPPER_BODIES);
  if (!body) return false;
  for (let k = body.end; k < Math.min(tokens.length, body.end + 4); k++) {
    if (tokens[k] !== 'chua' && !(tokens[k] === 'van' && tokens[k + 1] === 'chua')) continue;
    const next = tokens[k] === 'van' ? k + 2 : k + 1;
    return phraseAt(tokens, next, DELIVERIES) !== null;
  }
  return false;
}

/** "… nhưng chưa thấy huyện thẩm định", "chưa thấy phòng trả lời": a delivery from above not seen yet. */
function notSeenDelivered(tokens: readonly string[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k] !== 'chua' || tokens[k + 1] !== 'thay') continue;
    const body = phraseAt(tokens, k + 2, UPPER_BODIES);
    if (body && phraseAt(tokens, body.end, DELIVERIES)) return true;
  }
  return false;
}

/** Opening a need the unit cannot meet itself: "phải có", "cần có". */
const NEEDS = ['phai co', 'can co', 'phai doi co', 'phai cho co'];

/**
 * "phải có ý kiến của huyện mới xử lý được", "cần có kinh phí của tỉnh mới làm được": something that
 * must come first, then "mới … được" (only then able): the unit is held up, whatever the thing. Not
 * with anything told done in the clause, nor without "được" ("phải có danh sách thì em mới làm" only
 * says the order of the unit's own steps).
 */
export function needsFirst(tokens: readonly string[]): boolean {
  if (tokens.includes('da') || tokens.includes('roi')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const need = phraseAt(tokens, i, NEEDS);
    if (!need) continue;
    const moi = tokens.indexOf('moi', need.end + 1);
    if (moi < 0 || moi > need.end + 10) return false;
    const able = tokens.indexOf('duoc', moi + 2);
    return able > 0 && able <= moi + 5;
  }
  return false;
}
