/**
 * A steering committee's decision gives the work member by member: "3. Đồng chí Phạm Văn An, Trưởng phòng Kinh tế, Ủy viên
 * Thường trực:", "6. Đồng chí Trung tá Lê Hòa, Chỉ huy trưởng Ban Chỉ huy quân sự xã, Ủy viên:". The member's role in the
 * committee ("Trưởng ban", "Phó Trưởng ban Thường trực", "Ủy viên", "Thành viên") says nothing of who does the work; the post
 * before it does (officialHeading reads it as the body it heads). A rank before the name is dropped so the name is read as one.
 * Only a numbered or lettered heading naming a person is changed.
 */
export function withoutMemberRole(line: string): string {
  if (!MEMBER_HEADING.test(line)) return line;
  return line.replace(RANK, '$1').replace(ROLE_TAIL, '$1');
}

const MEMBER_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][).])\s+(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]\/c)\s/u;
const RANK = /^(\S+\s+(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]\/c)\s+)(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\s+(?:tá|úy|uý)\s+(?=\p{Lu})/u;
/** the committee role after the post, before the heading's colon: the post ends at the comma */
const ROLE_TAIL =
  /(,[^,]*\S)\s*[,–-]\s*(?:(?:[Pp]hó\s+)?[Tt]rưởng\s+[Bb]an|[Ủủ]y\s+viên|[Tt]hành\s+viên|[Tt]ổ\s+(?:trưởng|phó)|[Tt]hư\s+ký)(?:\s+(?:[Tt]hường\s+trực|[Cc]hỉ đạo|[Tt]ổ giúp việc))?(?=\s*:?\s*$)/u;
