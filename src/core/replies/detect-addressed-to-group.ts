import { PARTICLES } from './lexicon-non-reports.ts';
import { phraseAt } from './match-phrases.ts';

/** Opening an address: "Kính gửi", "Gửi". */
const ADDRESSING = ['kinh gui', 'gui toi', 'gui'];
/** Several addressees: "các thôn", "toàn thể", "mọi người". */
const MANY = ['cac', 'toan the', 'moi nguoi', 'ca nhom', 'ca nha'];
/** Opening the message, an announcement named as such: "Thông báo của huyện: …", "Đây là thông báo của …" (not "chờ thông báo của …"). */
const ANNOUNCEMENTS = ['thong bao cua', 'thong bao tu', 'day la thong bao', 'em chuyen thong bao'];

/** After an opening "Thông báo", who announces or what about: a heading, not "thông báo anh". */
const ANNOUNCED_BY = [
  've',
  've viec',
  'khan',
  'chi cuc',
  'cuc',
  'ubnd',
  'uy ban',
  'so',
  'phong',
  'huyen',
  'quan',
  'tinh',
  'phuong',
  'xa',
  'kho bac',
  'ban chi dao',
  'bcd',
  'tu ngay',
  'tu',
];

/**
 * "Kính gửi các thôn: đề nghị …", "Dạ đây là thông báo của huyện em gửi lên nhóm: …": a message
 * addressed to the group or an announcement from above passed on, whatever status words it quotes,
 * asks others to act and tells nothing of this unit's work. Not "Kính gửi anh: bên em đã …".
 */
export function addressesGroup(tokens: readonly string[]): boolean {
  let start = 0;
  while (start < tokens.length && PARTICLES.includes(tokens[start] ?? '')) start++;
  const address = phraseAt(tokens, start, ADDRESSING);
  if (address && phraseAt(tokens, address.end, MANY)) return true;
  if (phraseAt(tokens, start, ANNOUNCEMENTS)) return true;
  // "Thông báo: Chi cục Thuế tạm ngừng …", "Thông báo về việc …": an announcement headed as such.
  return tokens[start] === 'thong' && tokens[start + 1] === 'bao' && phraseAt(tokens, start + 2, ANNOUNCED_BY) !== null;
}
