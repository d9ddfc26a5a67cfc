import { UNIT_HEADS } from './unit-heads.ts';

/** The rest of a heading line after a department's capitalised name, up to its code in brackets: " giao thông (C08)". */
const CODED_HEADING_REST = /^((?:,? [\p{Ll}][\p{Ll}\p{M}]*){1,12}) \([A-Z]\d{2}\)[ \t]*(?:\n|$)/u;

/** The rest of a heading line after an office's first sector: ", Thú y và Thủy sản (cơ quan thường trực)". */
const SECTOR_LIST_REST = /^((?:(?:,| và) \p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}][\p{Ll}\p{M}]*){0,4}){1,4})(?: \([^()\n]{1,60}\))?[ \t]*:?[ \t]*(?:\n|$)/u;
/**
 * The rest of a heading line that names one department in lower case after its first words: ", viên chức", " đầu tư"; a closing
 * "có trách nhiệm:" is not part of the name.
 */
const LOWER_REST = /^((?:,? (?:và )?[\p{Ll}][\p{Ll}\p{M}]*){1,6}?)(?: (?:có|chịu) trách nhiệm)?[ \t]*:?[ \t]*(?:\n|$)/u;
/** what may come before a unit that opens its heading line: "1.", "II.", "2.3.", "a)", "-", then "Đối với", "Riêng" or "Giao" */
const HEADING_LABEL = /^\s*(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+–•])?\s*(?:(?:Đối với|Riêng|Giao)\s+)?$/u;

/**
 * The words that still belong to a department named alone on its heading line, after what the gazetteer read (in group 1):
 * "1. Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)", "5. Cục Pháp chế và cải cách hành chính, tư pháp (V03)" (a
 * ministry department closed by its code, lower-case words and commas included); "1. Chi cục Chăn nuôi, Thú y và Thủy sản (cơ
 * quan thường trực)" (one office of several capitalised sectors, when none of them starts another unit: "Sở Y tế, Sở Tài chính").
 */
export function headingNameRest(text: string, folded: string, start: number, end: number): RegExpExecArray | null {
  const coded = CODED_HEADING_REST.exec(text.slice(end));
  if (coded) return coded;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!HEADING_LABEL.test(text.slice(lineStart, start))) return null;
  const lower = LOWER_REST.exec(text.slice(end));
  // "Phòng Truyền thông và Phát triển người tham gia": the gazetteer stops before "triển", which here ends a word begun in the name
  const rest = lower && /Phát$/u.test(text.slice(start, end)) ? lower[1]!.replace(/^ triển\b/u, '').replace(/\bngười tham gia$/u, 'người') : lower?.[1];
  if (lower && namesNoMore(rest!)) return lower;
  const m = SECTOR_LIST_REST.exec(text.slice(end)) ?? mixedRest(text.slice(start, end), text.slice(end));
  if (!m) return null;
  const parts = [...m[1]!.matchAll(/(?:,| và) /gu)].map((p) => end + p.index + p[0].length);
  const startsUnit = parts.some((at) =>
    UNIT_HEADS.some((h) => {
      h.pattern.lastIndex = at;
      return h.pattern.test(folded);
    }),
  );
  return startsUnit ? null : m;
}

/** words that end a name or start the duty, written exactly (the folded stop words confuse "tài" with "tại", "văn" with "vận") */
const NOT_IN_NAME = new Set(
  (
    'tại của trong về theo để cho với các những được có là sẽ đã đang khi nếu phối chủ thực tổ xây triển hướng kiểm tham báo ' +
    'tuyên lập rà thẩm trình tổng giao đề yêu chỉ nhằm gồm tỉnh huyện xã phường quận thị thành trấn'
  ).split(' '),
);

/**
 * "1. Phòng Công chức, viên chức", "2. Phòng Kế hoạch, tài chính": lower-case words alone on the heading line go on naming the
 * department, unless one is a level ("Phòng Y tế huyện") or a word that ends a name ("… phối hợp", "… và các xã").
 */
function namesNoMore(rest: string): boolean {
  return rest
    .split(/[\s,]+/u)
    .filter((w) => w !== '' && w !== 'và')
    .every((w) => !NOT_IN_NAME.has(w));
}

/** The rest of a heading line of lower-case and capitalised words: " chợ, Triển lãm" after "Phòng Hội". */
const MIXED_REST = /^((?:,? (?:và )?\p{L}[\p{Ll}\p{M}]*){1,6}?)[ \t]*:?[ \t]*(?:\n|$)/u;

/**
 * "2. Phòng Hội chợ, Triển lãm": a department named alone on its heading line whose name mixes lower-case and capitalised words
 * goes on to the end of the line, when no lower-case word ends a name and the rest starts in lower case (it continues a word).
 */
function mixedRest(name: string, rest: string): RegExpExecArray | null {
  const m = MIXED_REST.exec(rest);
  if (!m || !/^ \p{Ll}/u.test(m[1]!) || !/\p{Lu}/u.test(m[1]!) || name.split(' ').length > 4) return null;
  const lower = m[1]!.split(/[\s,]+/u).filter((w) => /^\p{Ll}/u.test(w) && w !== 'và');
  return lower.every((w) => !NOT_IN_NAME.has(w)) ? m : null;
}

/**
 * "Kết thúc Kế hoạch, Chi cục Chăn nuôi, Thú y và Thủy sản tổng hợp …": a name read whole on its heading line (commas and all) is
 * read whole again where the text repeats it, though there the gazetteer alone would stop at its first sector.
 */
export function asNamedBefore<U extends { head: unknown; start: number; end: number; surface: string }>(text: string, unit: U, earlier: readonly U[]): U {
  const whole = earlier.find(
    (u) =>
      u.head === unit.head &&
      u.surface.length > unit.end - unit.start &&
      u.surface.includes(',') &&
      text.startsWith(u.surface, unit.start) &&
      !/[\p{L}\p{N}]/u.test(text[unit.start + u.surface.length] ?? ''),
  );
  return whole ? { ...whole, start: unit.start, end: unit.start + whole.surface.length } : unit;
}
