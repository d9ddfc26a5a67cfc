import { foldVietnamese } from '../text/fold.ts';

/** the member's place in a board, working group or council, closing the line: "… - Tổ trưởng;", "…, thành viên, thư ký." */
const MEMBER_ROLE =
  /[\s,][-–]\s*(?:tổ trưởng|tổ phó(?: thường trực)?|tổ viên|trưởng ban|phó trưởng ban(?: thường trực)?|phó ban(?: thường trực)?|trưởng đoàn|phó trưởng đoàn|trưởng nhóm|chủ tịch hội đồng|phó chủ tịch hội đồng|chủ tịch|phó chủ tịch|thành viên|ủy viên(?: thường trực)?|thư ký)(?:\s*,\s*(?:thành viên|ủy viên|thư ký|kiêm thư ký))*(?:\s*\([^()]*\))?[\s;.,]*$/iu;

/** a person named first: "Ông Lê Văn A, …", "Bà Trần Thị B - …", "Đồng chí Nguyễn C, …" */
const NAMED_PERSON = /^(?:ông|bà|đồng chí|đ\/c)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}\s*[,–-]/u;

/**
 * "1. Ông Lê Văn A, Phó Chủ tịch UBND xã - Tổ trưởng;", "- Trưởng Công an xã - Tổ phó": a line of the list of a body's members,
 * who sits on it and as what, not a duty.
 */
export function isMemberLine(text: string): boolean {
  if (/[:]/.test(text) || text.split(/\s+/).length > 40) return false;
  // a duty that closes on a role ("… trình Trưởng ban") has a verb before it and no dash
  if (NAMED_PERSON.test(text)) return true;
  if (!MEMBER_ROLE.test(text)) return false;
  const before = text.replace(MEMBER_ROLE, '');
  // "Đại diện lãnh đạo Công an xã", "Phó Chủ tịch UBND xã": who, not what they do
  return !/\b(?:chu tri|phoi hop|thuc hien|to chuc|bao cao|trien khai|xay dung|kiem tra|truoc ngay|hoan thanh)\b/.test(foldVietnamese(before));
}
