import { containsPhrase, phraseAt } from './match-phrases.ts';

/**
 * An inability told as a plain state, with no blocker word: "cán bộ không sang được để kiểm đếm", "đoàn chưa
 * vào được", "VNeID bên em kích hoạt không được". The unit cannot get there or cannot get the tool to work.
 * Not under a condition ("nếu vào không được thì …").
 */
export function cannotReach(tokens: readonly string[]): boolean {
  if (tokens.includes('neu')) return false;
  for (let k = 0; k < tokens.length - 2; k++) {
    // "Link drive không vào được": a link or a file, not a place ("chưa tới được" is left to remaining work).
    const moveBlocked = tokens[k] === 'khong' && MOVES.includes(tokens[k + 1] ?? '') && tokens[k + 2] === 'duoc' && !containsPhrase(tokens, ONLINE);
    const tool = phraseAt(tokens, k, TOOL_STEPS);
    const toolFailed = tool !== null && tokens[tool.end] === 'khong' && tokens[tool.end + 1] === 'duoc';
    if ((moveBlocked || toolFailed) && !wayAround(tokens, k)) return true;
  }
  return false;
}

/** "Xe không lên được nên tụi em đi bộ vào, đã tới được 3 bản": after "nên", what the unit did instead, nothing denied. */
function wayAround(tokens: readonly string[], from: number): boolean {
  const so = tokens.indexOf('nen', from);
  return so >= 0 && !tokens.slice(so + 1).some((token) => token === 'chua' || token === 'khong');
}
const ONLINE = ['link', 'drive', 'file', 'web', 'website', 'mail', 'email', 'trang web', 'nhom zalo', 'zalo'];
/** Getting to the place: "sang", "qua", "vào", "vô", "lên", "tới", "đến". */
const MOVES = ['sang', 'qua', 'vao', 'vo', 'len', 'toi', 'den'];
/** Steps on a system or a machine, told before "không được": "kích hoạt không được", "đăng nhập không được". */
const TOOL_STEPS = ['kich hoat', 'dang nhap', 'truy cap', 'dong bo', 'xac thuc', 'dang ky', 'cap nhat', 'tai len', 'up'];

/** Systems and machines the work runs on: "hệ thống một cửa", "phần mềm", "cổng dịch vụ công", "đường truyền". */
const SYSTEMS = [
  'he thong',
  'phan mem',
  'cong dich vu',
  'trang web',
  'web',
  'app',
  'ung dung',
  'may in',
  'may tinh',
  'mang internet',
  'duong truyen',
  'wifi',
  'internet',
  'server',
];
/** Faults after a system's name: "lỗi", "treo", "sập", "hư"; shut for upkeep or locked ("server tỉnh bảo trì", "phần mềm bị khóa", round 43). */
const FAULTS = ['loi', 'bi loi', 'treo', 'bi treo', 'sap', 'bi sap', 'hu', 'bi hu', 'bao tri', 'dang bao tri', 'bi khoa', 'khoa'];
/** How many words may name the system between its noun and the fault ("hệ thống một cửa lỗi"). */
const SYSTEM_NAME_REACH = 3;

/**
 * "hệ thống một cửa lỗi từ sáng tới chừ", "phần mềm quản lý hộ tịch bị treo": a system named, then a fault a few words
 * on, nothing denying it ("hết lỗi", "không lỗi"): the unit cannot work on it.
 */
export function systemDown(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const system = phraseAt(tokens, k, SYSTEMS);
    if (!system) continue;
    for (let j = system.end; j <= Math.min(tokens.length - 1, system.end + SYSTEM_NAME_REACH); j++) {
      if (!phraseAt(tokens, j, FAULTS)) continue;
      if (['het', 'khong', 'sua', 'khac phuc'].includes(tokens[j - 1] ?? '')) return false;
      return true;
    }
  }
  return false;
}
