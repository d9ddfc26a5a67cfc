import { NEGATIONS } from './lexicon-modifiers.ts';
import { SAID_BY_VERBS } from './lexicon-others.ts';
import { isNumber, phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/**
 * How departments tell a job closed: by the document that closes it, issued — "đã ban hành Quyết định số
 * 75/QĐ-UBND", "Tờ trình số 41/TTr-… đã trình Ủy ban", "đã có văn bản trả lời", "Báo cáo số 214/BC-… gửi
 * huyện". A decision, a submission, a conclusion or a reply issued, or a numbered report sent, is the work's
 * last step. Not a plan or a notice (the work's first step), a draft, a document awaited ("chưa có quyết
 * định") or one told with "đang/sẽ/chờ", and not another body's numbered document ("… của UBND phường").
 */

/** Documents that close a job. "báo cáo" (also a verb) only with its number. */
const CLOSING_DOCUMENTS = ['quyet dinh', 'to trinh', 'ket luan', 'nghi quyet', 'van ban tra loi', 'cong van tra loi', 'giay chung nhan'];
const NUMBERED_ONLY = ['bao cao'];
/** Right before the document: issued or had, told past. */
const ISSUED_BEFORE = ['da co', 'da ban hanh', 'da phat hanh', 'da ra', 'da ky', 'da ky ban hanh', 'da trinh', 'da gui', 'da chuyen'];
/** After the numbered document: what was done with it. */
const ISSUE_VERBS = ['chuyen', 'gui', 'trinh', 'phat hanh', 'ban hanh', 'ky'];
/** In the clause, anything that keeps the document from being issued. */
const NOT_ISSUED = ['du thao', 'dang', 'se', 'sap', 'cho', 'doi', 'du kien', 'ke hoach'];
/** How far after the document its issuing verb may stand ("Tờ trình số 41/TTr-PTNMT đã trình"). */
const VERB_REACH = 8;
/** Words that may qualify the document before its number ("báo cáo thẩm định số …"). */
const QUALIFIER_WORDS = 2;

export function documentIssued(tokens: readonly string[]): Signal | null {
  // "Giấy chứng nhận VietGAP cho tổ hợp tác … về tới tay rồi": its "cho" is "for", no wait.
  if (!tokens.some((t) => NEGATIONS.includes(t)) && certificateInHand(tokens)) return { status: 'done', strong: true, tag: 'done:document_issued' };
  // "… Quyết định số 218 công bố danh mục": a verb of telling inside the document's subject would read as someone speaking.
  if (tokens.some((t, i) => NEGATIONS.includes(t) || phraseAt(tokens, i, NOT_ISSUED) || phraseAt(tokens, i, SAID_BY_VERBS))) return null;
  if (setUpUnderDecision(tokens)) return { status: 'done', strong: true, tag: 'done:set_up_by_decision' };
  for (let i = 0; i < tokens.length; i++) {
    const closing = phraseAt(tokens, i, CLOSING_DOCUMENTS);
    const document = closing ?? phraseAt(tokens, i, NUMBERED_ONLY);
    if (!document) continue;
    const numberEnd = numberedEnd(tokens, document.end);
    if (!closing && numberEnd === null) continue;
    // "Báo cáo số 17/BC-UBND của UBND phường Tân Hòa": someone else's document passed on.
    if (numberEnd !== null && tokens.slice(numberEnd, numberEnd + 3).includes('cua')) continue;
    if (issuedBefore(tokens, i) && (closing || numberEnd !== null)) return { status: 'done', strong: true, tag: 'done:document_issued' };
    if (numberEnd !== null && issuedAfter(tokens, numberEnd)) return { status: 'done', strong: true, tag: 'done:document_issued' };
    if (closing && signedOn(tokens, closing.end)) return { status: 'done', strong: true, tag: 'done:document_issued' };
  }
  return null;
}

/** "đã ban hành Quyết định", "đã có văn bản trả lời"; "tại Quyết định số …" (approved by it). */
function issuedBefore(tokens: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const before = phraseAt(tokens, k, ISSUED_BEFORE);
    if (before && before.end === at) return true;
  }
  return false;
}

/** Past "số 214 / BC-PKT": the position after the number and its code, or null when no number follows. */
function numberedEnd(tokens: readonly string[], from: number): number | null {
  // "Báo cáo thẩm định số 56": a short qualifier may stand before "số".
  let k = from;
  for (let q = from; q <= from + QUALIFIER_WORDS; q++) if (tokens[q] === 'so' && isNumber(tokens[q + 1])) k = q + 1;
  if (k === from && tokens[k] === 'so') k++;
  if (!isNumber(tokens[k])) return null;
  k++;
  // the code after "/": "BC PKT", "QĐ UBND", "TTr SVHTTDL" (its words may be expanded shorthand).
  if (tokens[k] === '/')
    for (
      k++;
      k < tokens.length && k < from + 8 && !['da', 'duoc', 'gui', 'chuyen', 'trinh', 'phat', 'ngay', 've', 'cua', 'ban'].includes(tokens[k] ?? '');
      k++
    );
  return k;
}

/** "… đã chuyển Văn phòng", "… đã trình Ủy ban", "… phát hành chiều nay", "… gửi UBND huyện". */
function issuedAfter(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + VERB_REACH); k++) {
    const past = tokens[k] === 'da' || tokens[k - 1] === 'da' || k === from;
    if (phraseAt(tokens, k, ISSUE_VERBS) && (past || tokens.includes('roi', k) || phraseAt(tokens, k, ['phat hanh', 'ban hanh']))) return true;
    if (tokens[k] === 'da' && phraseAt(tokens, k + 1, ISSUE_VERBS)) return true;
  }
  return false;
}

/** "…, quyết định ký ngày 02/12/2026": the document signed on a date (round 42). */
function signedOn(tokens: readonly string[], from: number): boolean {
  return phraseAt(tokens, from, ['ky ngay', 'ban hanh ngay']) !== null && isNumber(tokens[from + 2]);
}

/** After a certificate, it has come to hand: "Giấy chứng nhận VietGAP … về tới tay rồi" (round 42). */
const RECEIVED_BEFORE = ['da nhan', 'da nhan duoc', 'da duoc cap', 'da co'];
const IN_HAND = ['ve toi tay', 've den tay', 've tay', 'cam tren tay', 'nhan duoc roi', 'duoc cap roi'];

/** A certificate granted and in hand is the work's result; a decision coming down is a task received, not done. */
function certificateInHand(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((_, k) => phraseAt(tokens, k, ['giay chung nhan']) !== null);
  if (at < 0) return false;
  // "đã nhận Giấy chứng nhận VietGAP … rồi" (round 44): received, told before the certificate.
  const received = RECEIVED_BEFORE.some((phrase) => phraseAt(tokens, at - phrase.split(' ').length, [phrase]) !== null);
  return (received || tokens.some((_, k) => k > at && phraseAt(tokens, k, IN_HAND) !== null)) && tokens.includes('roi', at);
}

/** Set up, told past: "đã thành lập", "đã kiện toàn". */
const SET_UP = ['da thanh lap', 'da kien toan', 'da thanh lap xong', 'da kien toan xong'];
/** Under a decision: "theo Quyết định số …", "tại Quyết định …". */
const UNDER_DECISION = ['theo quyet dinh', 'tai quyet dinh'];

/**
 * "Đã thành lập Tổ công tác … theo Quyết định số 318/QĐ-UBND ngày …" (round 44): a body set up under a decision
 * is the job closed, however long its name (the caller has checked nothing in the clause denies or defers it).
 */
function setUpUnderDecision(tokens: readonly string[]): boolean {
  const setUp = tokens.findIndex((_, k) => phraseAt(tokens, k, SET_UP) !== null);
  return setUp >= 0 && tokens.some((_, k) => k > setUp && phraseAt(tokens, k, UNDER_DECISION) !== null);
}
