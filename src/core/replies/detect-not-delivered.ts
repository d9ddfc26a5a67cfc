import { firstContent, SELF } from './clause-subject.ts';
import { isNumber, phraseAt, phraseAtIn } from './match-phrases.ts';
import type { Signal } from './types.ts';

/** Denials before a handing-over: "chưa", "vẫn chưa", "chẳng", "không". */
const DENIALS = ['chua', 'chang', 'khong', 'hong', 'ko'];
/** Handing over to the unit: sending, transferring, allocating, giving, bringing. */
const HANDING_OVER = ['gui', 'chuyen', 'cap', 'giao', 'dua', 'phat', 'ban giao', 'phan bo', 'rot', 'tra'];
/** Toward the unit, after what is handed over: "về", "xuống", "qua", "sang", "cho em". */
const TOWARD_UNIT = ['ve', 'xuong', 'qua', 'sang', 'toi', 'cho em', 'cho ben em', 'cho xa', 'cho phuong', 'cho thon', 'cho to'];
/** Inputs the work needs from elsewhere, as a subject: "Kinh phí chưa chuyển về", "Danh sách chưa gửi qua". */
const INPUTS = [
  ...['kinh phi', 'tien', 'ngan sach', 'danh sach', 'so lieu', 'du lieu', 'vac xin', 'hoa chat', 'vat tu', 'thuoc'],
  ...['quyet dinh', 'van ban', 'huong dan', 'ke hoach', 'phoi', 'the', 'bieu mau', 'mau', 'phan mem', 'tai khoan'],
];
/** The unit's own parts, which send their share in to it. */
const OWN_PARTS = ['to', 'thon', 'ap', 'khu pho', 'khu', 'xom', 'khom', 'ho', 'chi hoi', 'chi doan', 'lop', 'doi', 'cum'];
/** Before the parts named as the subject: "mấy tổ", "các thôn", "một số hộ". */
const QUANTIFIERS = ['may', 'cac', 'nhung', 'vai', 'mot so'];
/** How far after the verb the direction toward the unit may stand ("chưa gửi danh sách người tạm trú qua"). */
const TOWARD_REACH = 7;

/**
 * "Công an phường vẫn chưa gửi danh sách người tạm trú qua", "Kinh phí bên phòng chưa chuyển về", "Bên y tế chưa gửi vắc
 * xin xuống": what the unit needs has not been handed to it. The subject is another body or the input, never the unit
 * ("em chưa gửi danh sách về phòng" is the unit's own work not done); the unit waits (round 31).
 */
export function notDeliveredToUnit(tokens: readonly string[]): Signal | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!DENIALS.includes(tokens[i] ?? '')) continue;
    const verb = phraseAt(tokens, i + 1, HANDING_OVER);
    if (verb === null) continue;
    // "Dạ chưa gửi về": no subject named is the unit's own.
    const subject = tokens.slice(firstContent(tokens), tokens[i - 1] === 'van' ? i - 1 : i);
    if (subject.length === 0 || subject.some((_, k) => phraseAtIn(subject, k, SELF) !== null)) continue;
    // "còn 3 tổ chưa gửi về", "mấy thôn chưa nộp": the unit's own parts still to send in are work left, not a wait.
    const head = QUANTIFIERS.includes(subject[0] ?? '') ? 1 : 0;
    if (subject.some((t) => t === 'con' || isNumber(t)) || phraseAt(subject, head, OWN_PARTS) !== null) continue;
    const inputSubject = subject.some((_, k) => phraseAt(subject, k, INPUTS) !== null);
    const after = tokens.slice(verb.end, verb.end + TOWARD_REACH);
    const toward = after.some((_, k) => phraseAt(after, k, TOWARD_UNIT) !== null);
    // "đợt này quận chưa giao danh sách": the input handed over named right after the verb.
    const inputObject = phraseAt(tokens, verb.end, INPUTS) !== null;
    if (toward || inputObject || (inputSubject && after.length === 0)) return { status: 'blocked', strong: true, tag: 'waiting:not_delivered' };
  }
  return null;
}
