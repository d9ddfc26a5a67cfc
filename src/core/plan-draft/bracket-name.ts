/**
 * "(Phòng Quản lý văn hóa)", "(Trung tâm Thông tin và Xúc tiến du lịch).", "(Phòng Quản lý thể dục thể thao chủ trì, …)": a unit
 * that opens a bracket closing its line, or one that states its role, is named by the whole bracket, lower-case words included;
 * the bracket's edge tells where the name ends, which the words themselves do not.
 */
const REST = /^((?: (?:[\p{L}]+|-|–)){1,8}?)(?=\)\s*[.;,]?\s*(?:\/\.)?\s*(?:\n|$)| (?:chủ trì|thực hiện|tham mưu|làm đầu mối)(?=[\s,;.)]))/u;
/** "(Phòng Văn hóa và Thông tin huyện)": a name that ends in its level is read with the level, as elsewhere */
const LEVEL_END = / (?:tỉnh|huyện|quận|xã|phường|thị trấn|thị xã|thành phố|Sở|Bộ)$/u;

/** "(Phòng Tài chính - Kế hoạch thực hiện)": the role closing the bracket is no part of the name */
const ROLE_WORDS = / (?:chủ trì|thực hiện|tham mưu|làm đầu mối|đầu mối|phối hợp|chuẩn bị|hướng dẫn|thường trực)(?= |$)/u;

/** Where the name of the unit read over [start, end) ends when a bracket holds it; undefined when it does not, or adds nothing. */
export function bracketNameEnd(text: string, start: number, end: number): number | undefined {
  if (!/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  const rest = REST.exec(text.slice(end))?.[1];
  if (!rest || !/ \p{Ll}/u.test(rest) || LEVEL_END.test(rest) || ROLE_WORDS.test(rest)) return undefined;
  return end + rest.length;
}
