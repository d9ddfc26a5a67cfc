import { UNIT_HEADS } from './unit-heads.ts';

/** The rest of a heading line after a department's capitalised name, up to its code in brackets: " giao thông (C08)". */
const CODED_HEADING_REST = /^((?:,? [\p{Ll}][\p{Ll}\p{M}]*){1,12}) \([A-Z]\d{2}\)[ \t]*(?:\n|$)/u;

/** The rest of a heading line after an office's first sector: ", Thú y và Thủy sản (cơ quan thường trực)". */
const SECTOR_LIST_REST = /^((?:(?:,| và) \p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}][\p{Ll}\p{M}]*){0,4}){1,4})(?: \([^()\n]{1,60}\))?[ \t]*:?[ \t]*(?:\n|$)/u;
/** what may come before a unit that opens its heading line: "1.", "II.", "2.3.", "a)", "-" */
const HEADING_LABEL = /^\s*(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+–•])?\s*$/u;

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
  const m = SECTOR_LIST_REST.exec(text.slice(end));
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
