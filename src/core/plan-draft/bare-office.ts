/**
 * Where a bare "Văn phòng", with no owner after it, is the issuer's own office: alone on a heading line ("4. Văn phòng"), or
 * in a bracket of doers stating its role ("(Văn phòng chủ trì, Ban Tuyên giáo phối hợp)", "(…; Văn phòng phối hợp)",
 * "(Văn phòng thực hiện)"), as an association's or a committee's plan names its office among its own boards.
 */
const BARE_OFFICE_HEADING = /^\s*(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*[.)]|[a-zđ]\))\s*(?:Đối với\s+)?\u0000\s*:?\s*$/u;
const BARE_OFFICE_IN_DOERS = /(?:\(|[,;]\s)\s*\u0000\s+(?:chủ trì|thực hiện|phối hợp|làm đầu mối|tham mưu)(?=[\s,;)])[^()]*\)/u;

export function isBareOffice(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start, end);
  return BARE_OFFICE_HEADING.test(line) || BARE_OFFICE_IN_DOERS.test(line.slice(line.lastIndexOf('(', line.indexOf('\u0000'))));
}

/** the line holding [start, end) with that span replaced by a NUL mark */
function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return `${text.slice(from, start)}\u0000${text.slice(end, to < 0 ? text.length : to)}`;
}
