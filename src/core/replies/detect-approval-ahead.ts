import { CONDITIONS } from './lexicon-doubts.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import { PERIOD_BEFORE_KY, SIGNATURES } from './detect-signature-condition.ts';
import type { Clause } from './types.ts';

/** A word from above the unit waits on: "phải có ý kiến của Phòng GD thì trường em mới …", "có chỉ đạo của huyện thì …". */
const DIRECTIONS = ['y kien cua', 'chi dao cua', 'van ban cua', 'quyet dinh cua'];
/** Consent from a lead or a body, beside signatures and approvals: "anh đồng ý", "sếp ok", "có chữ ký của chủ tịch". */
const CONSENTS = [...SIGNATURES, 'dong y', 'chap thuan', 'cho phep', 'gat dau', 'ok', 'oke', ...DIRECTIONS];
/** Consent words that are also other words ("kỹ" carefully, "ok" the unit agreeing): only after someone who gives it. */
const NEEDS_GIVER = ['ky', 'ok', 'oke'];
/** Who gives consent, right before the word. */
const GIVERS = [
  'anh',
  'chi',
  'sep',
  'lanh dao',
  'chu tich',
  'bi thu',
  'truong phong',
  'giam doc',
  'hieu truong',
  'huyen',
  'phuong',
  'xa',
  'quan',
  'phong',
  'ban',
  'cap tren',
];
/** The unit itself signing: "em ký xong thì gửi" waits on no one. */
const SELF = ['em', 'toi', 'minh', 'ben em'];
/** What links the consent to what the unit will do then: "… thì em gửi", "… là em chi trả". */
const LINKS = ['thi', 'la'];
const LINK_WINDOW = 6;

/**
 * "Nếu anh duyệt hôm nay thì mai em gửi", "Chị ký giúp em tờ trình thì chiều em nộp", "Anh phê duyệt danh
 * sách là em chi trả ngay", "Có chữ ký của chủ tịch là bên em gửi lên huyện được rồi": consent not yet
 * given, then what the unit does once it is: the work waits on it (blocked), whatever is done beside it.
 * Not consent given ("anh duyệt rồi nên em gửi", "đã ký"), nor the unit's own signature.
 */
export function waitsOnConsentAhead(clauses: readonly Clause[]): boolean {
  return clauses.some(({ tokens }) => consentThen(tokens));
}

function consentThen(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const consent = phraseAt(tokens, k, CONSENTS);
    if (!consent || given(tokens, k)) continue;
    if (consent.phrase === 'ky' && PERIOD_BEFORE_KY.includes(tokens[k - 1] ?? '')) continue;
    // "theo ý kiến của anh", "thực hiện theo chỉ đạo của huyện": done by it, not waiting on it; only "phải có …" or a condition waits.
    if (DIRECTIONS.includes(consent.phrase) && !awaitedDirection(tokens, k)) continue;
    if (NEEDS_GIVER.includes(consent.phrase) && !GIVERS.includes(tokens[k - 1] ?? '')) continue;
    if (SELF.includes(tokens[k - 1] ?? '') || (tokens[k - 2] === 'ben' && tokens[k - 1] === 'em')) continue;
    // "Còn bước ký duyệt nội bộ nữa là xong": a step of the unit's own left, not consent awaited.
    if (tokens.slice(Math.max(0, k - 3), k).includes('con')) continue;
    // "Nếu/miễn/chỉ cần/khi nào … duyệt": a condition named as such.
    if (containsPhrase(tokens.slice(0, k), CONDITIONS)) return true;
    const after = tokens.slice(consent.end, consent.end + LINK_WINDOW);
    const link = after.findIndex((token) => LINKS.includes(token));
    if (link < 0 || after.slice(0, link).includes('roi') || consent.end + link >= tokens.length - 1) continue;
    return true;
  }
  return false;
}

/** Consent told as given: "đã duyệt", "duyệt rồi", "ký rồi". */
/** "phải có ý kiến của …", "cần có chỉ đạo của …", "chờ văn bản của …": a word from above still needed. */
function awaitedDirection(tokens: readonly string[], k: number): boolean {
  if (phraseAt(tokens, Math.max(0, k - 2), NEEDED) !== null) return true;
  return tokens[k - 1] === 'co' && NEEDED_BEFORE_CO.includes(tokens[k - 2] ?? '');
}
const NEEDED = ['phai co', 'can co', 'chua co', 'cho co', 'doi co'];
const NEEDED_BEFORE_CO = ['phai', 'can', 'chua', 'neu', 'khi'];

function given(tokens: readonly string[], k: number): boolean {
  return tokens.slice(0, k).includes('da') || tokens[k + 1] === 'roi' || tokens[k + 2] === 'roi';
}
