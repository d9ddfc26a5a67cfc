import { PERSON, POST } from './official-heading.ts';

/**
 * A meeting's conclusions give the work to people by name with their post in brackets: "- Đ/c Nông Văn A (Trưởng phòng Kinh tế):
 * đôn đốc …", "- Đề nghị đ/c Lê Thị B (Chủ tịch Ủy ban MTTQ phường) chủ trì …". The person stands for the post (a head for the body
 * the post heads, a deputy for the post), so the name and brackets give way to the post and the line reads as it would have with
 * the post written alone. Any other line is left as it is; a body named before a bracketed post ("Công an xã (Trưởng Công an xã
 * X)") is not touched.
 */
export function officialInLine(line: string): string {
  return line.replace(NAMED_POST, (_, before: string, _name: string, post: string) => `${before}${post.trim()}`);
}

const NAMED_POST = new RegExp(String.raw`(^(?:[-–+•]\s*)?(?:(?:Đề nghị|Giao|Yêu cầu)\s+)?)${PERSON}\s*\(\s*(${POST}[^()]*?)\s*\)`, 'u');
