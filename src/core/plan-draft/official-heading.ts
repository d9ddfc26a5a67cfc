/**
 * "2. Bà Nguyễn Thị Thu Hà - Phó Chủ tịch Ủy ban nhân dân xã phụ trách kinh tế", "3. Đồng chí Trần Văn Bình, Trưởng Công an
 * phường", "a) Ông Lê Hòa (Chánh Văn phòng UBND xã):": a heading that gives the work under it to a named official is a heading
 * for the post, which the unit readers know (a head stands for the body, a deputy is a post with its field). The person's name
 * is dropped from the heading; any other line is left as it is.
 */
export function officialHeading(line: string): string {
  const m = OFFICIAL_HEADING.exec(line);
  if (!m) return line;
  const post = m[3]!
    .trim()
    .replace(/[.:;]$/u, '')
    .trim();
  return `${m[1]} ${post.charAt(0).toLocaleUpperCase('vi')}${post.slice(1)}${/:\s*$/u.test(line) ? ':' : ''}`;
}

const LABEL = String.raw`(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][).]|[IVX]{1,4}\.)`;
export const PERSON = String.raw`(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]\/c)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,5})`;
/** the posts a heading names after the person: heads and deputies of a body, an office's chief, an official's title */
export const POST = String.raw`(?:[Pp]hó\s+)?(?:[Cc]hủ tịch|[Tt]rưởng|[Cc]hỉ huy trưởng|[Cc]hỉ huy phó|[Cc]hánh [Vv]ăn phòng|[Gg]iám đốc|[Bb]í thư|[Cc]hủ nhiệm|[Tt]hủ trưởng|[Cc]ông chức|[Tt]rưởng ban|[Tt]rưởng phòng)\s+\S`;
const OFFICIAL_HEADING = new RegExp(String.raw`^(${LABEL})\s+${PERSON}\s*(?:[-–—,]\s*|\(\s*)(${POST}[^()]*?)\)?\s*:?\s*$`, 'u');
