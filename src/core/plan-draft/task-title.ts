import { capitalizeFirst, cutAtWord } from './clean-text.ts';
import type { DraftDeadline } from './types.ts';

const MAX_TITLE = 120;

/**
 * A short title: the duty itself when the lead's clause is known ("xây dựng kế hoạch triển khai…"),
 * otherwise the first clause of the item (`whole`: the item without its phase label); without parenthesised deadlines, at most 120 characters.
 */
export function taskTitle(text: string, predicateStart?: number, whole: string = text): string {
  const fromPredicate = predicateStart !== undefined ? firstClause(text.slice(predicateStart).replace(/^\s*:\s*/, '')) : '';
  // a predicate too short to name the duty ("thẩm định."): the item's text (after a phase label, if any)
  const title = fromPredicate.length >= 10 ? fromPredicate : (datedLine(whole) ?? firstClause(whole));
  return cutAtWord(capitalizeFirst(withoutBeforeDate(title)), MAX_TITLE);
}

/** "…, hoàn thành trước ngày 31/03/2025", "trước ngày 15 tháng 10 năm 2025" inside a title */
const BEFORE_DATE =
  /(?:,\s*|\s+)(?:(?:hoàn thành|xong|hoàn tất|kết thúc)\s+)?trước(?:\s+ngày)?\s+\d{1,2}(?:\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s+và\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?)?(?:\s+(?:hằng|hàng) năm)?(?=[\s,;.)]|$)/giu;

/**
 * The title names the duty, the deadline is its own field: "trước ngày 31/03/2025" is due at the end of
 * 30/03/2025 (docs/deadlines.md, the strict reading), so a title that still said 31/03 beside a
 * deadline of 30/03 would contradict it. The phrase stays in the citation and in deadline_text.
 */
function withoutBeforeDate(title: string): string {
  const stripped = title.replace(BEFORE_DATE, '').replace(/[\s,]+$/, '');
  return stripped.length >= 10 ? stripped : title;
}

/**
 * A deadline phrase: a time word ("trước", "trong", "chậm nhất", "đến hết", "vào" …), maybe after "hoàn thành", then a dated time
 * ("ngày 30/6/2028", "tháng 5/2028", "quý II/2028"). An occasion ("vào dịp Tết") or a length ("sơ kết 6 tháng") is none.
 */
const DEADLINE_PHRASE =
  /^(?:(?:hoàn thành|xong|hoàn tất|kết thúc)\s+)?(?:trước|trong|chậm nhất(?:\s+(?:là|vào|trong))?|muộn nhất|không quá|đến hết|đến|hết|vào)\s+(?:ngày|tháng|quý|năm|tuần|cuối|đầu|giữa|\d)/iu;

/**
 * "Tuyên truyền …, hoàn thành trong tháng 5/2028" → "Tuyên truyền …": a title that ends with the time its deadline was read from
 * says twice what the deadline column says, so the phrase (and a "hoàn thành" before it) is dropped. A recurrence ("báo cáo định kỳ
 * hằng tháng") and a time inside the duty are the duty itself and stay; the phrase stays in the citation and in deadline_text.
 */
export function withoutDeadlineTime(title: string, deadline: DraftDeadline | undefined): string {
  if (!deadline || deadline.kind === 'recurrence') return title;
  const phrase = deadline.text.trim().replace(/[\s.,;]+$/u, '');
  if (!DEADLINE_PHRASE.test(phrase) || !/[\dIVX]/u.test(phrase)) return title;
  const at = title.toLocaleLowerCase('vi').lastIndexOf(phrase.toLocaleLowerCase('vi'));
  if (at <= 0 || !/^[\s.,;…]*$/u.test(title.slice(at + phrase.length))) return title;
  const kept = title
    .slice(0, at)
    .replace(/(?:,\s*|\s+)(?:(?:và|để|phải)\s+)?(?:hoàn thành|xong|hoàn tất|kết thúc)\s*$/iu, '')
    .replace(/[\s,;:-]+$/u, '');
  // a verb of two syllables still names the duty ("Hướng dẫn"); one word left alone does not
  // ("6 tháng trước ngày 15/7": a length alone names no duty)
  return kept.split(/\s+/u).length >= 2 && !/^\d+\s+(?:ngày|tuần|tháng|quý|năm)$/iu.test(kept) ? kept : title;
}

/** "Ngày 12/5/2025 (thứ Hai): khám cho …" → "Khám cho … (ngày 12/5/2025)": the label alone names no duty. */
function datedLine(text: string): string | undefined {
  const m = /^([^:;.()]{0,30}\d{1,2}\/\d{1,4}[^:;.()]{0,10})(?:\([^)]*\))?\s*:\s*(\S.*)$/u.exec(text);
  if (!m) return undefined;
  const rest = firstClause(m[2]!);
  if (rest.length < 10) return undefined;
  // "Trước ngày 31/03/2025: …" is the deadline (due 30/03), not a day of a schedule to tell items apart
  return /^\s*trước\b/iu.test(m[1]!) ? rest : `${rest} (${m[1]!.trim().toLocaleLowerCase('vi')})`;
}

function firstClause(text: string): string {
  // "./" closes the last sentence of a Vietnamese document body ("… để xem xét, giải quyết./")
  // "Là cơ quan thường trực của …; soạn thảo …", "Nhiệm vụ cụ thể: lồng ghép …": a role or a label names no duty, what follows does
  const withoutParens = text
    .replace(/^\s*(?:nhiệm vụ(?: cụ thể)?|nội dung(?: thực hiện)?)\s*:\s*(?=\S)/iu, '')
    .replace(/^\s*là\s+(?:cơ quan|đơn vị|bộ phận|lực lượng)\s+(?:thường trực|đầu mối|chủ trì|tham mưu|chủ công|nòng cốt)[^;]{0,100};\s*(?=\S)/iu, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\.\/+(?=\s|$)/g, '.')
    .replace(/\s+/g, ' ');
  const cut = /[;:]|\.(\s|$)/.exec(withoutParens);
  return (cut ? withoutParens.slice(0, cut.index) : withoutParens).replace(/^[\s,.]+|[\s,]+$/g, '').trim();
}
