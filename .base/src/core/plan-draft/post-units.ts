import { foldVietnamese } from '../text/fold.ts';
import type { UnitMention } from './discover-units.ts';
import { ACTION_START } from './find-roles.ts';
import type { DraftGroup, DraftUnit } from './types.ts';

/**
 * A deputy or a member of a body, written before the body's name: "Phó Chủ tịch", "Thành viên", "Ủy viên", "Phó Bí thư", with
 * "(Các) đồng chí" before it. Unlike a head ("Chủ tịch UBND xã", "Trưởng Công an xã"), who speaks for the body and is read as
 * it, a deputy or a member is a person the plan gives work to, so the post is the lead.
 */
const DEPUTY_OR_MEMBER =
  /(?:^|(?<=[\s,;:(]))(?:(?:các\s+)?(?:đồng chí|đ\/c)\s+)?(?:phó chủ tịch(?:\s+thường trực)?|phó giám đốc|phó trưởng(?:\s+ban)?|phó bí thư(?:\s+thường trực)?|phó chỉ huy trưởng|chỉ huy phó|phó chánh văn phòng|phó thủ trưởng|thành viên|ủy viên(?:\s+(?:ban\s+)?(?:thường vụ|chấp hành))?)\s+$/iu;
/** "(Phó Chủ tịch UBND xã) phụ trách kinh tế", "(Thành viên Ban Chỉ đạo) phụ trách tổ dân phố": the field or area a post covers */
const IN_CHARGE_OF = /^[ \t]+phụ trách[ \t]+/iu;
/** where the field or area ends: the duty's verb, the post's role, a mark */
const AFTER_FIELD = /^[ \t]*(?:\n|(?:chịu|có)\s+trách nhiệm|chủ trì|thực hiện|phối hợp|[,;:.()]|$)/iu;
const MAX_FIELD_WORDS = 8;

/** Units named by a post over a unit; each replaces the unit's mention with one that covers the whole post. */
export function withPostUnits(
  text: string,
  units: readonly DraftUnit[],
  groups: readonly DraftGroup[],
  mentions: readonly UnitMention[],
): { units: DraftUnit[]; mentions: UnitMention[] } {
  const names = new Map([...units, ...groups].map((u) => [u.code, u.name]));
  const used = new Set([...units, ...groups].map((u) => u.code));
  const byName = new Map<string, DraftUnit>();
  const out: UnitMention[] = [];
  let covered = -1;
  for (const mention of mentions) {
    // a unit named inside a post's field ("phụ trách Tổ dân phố số 3") is part of the post
    if (mention.start < covered) continue;
    const before = DEPUTY_OR_MEMBER.exec(text.slice(Math.max(0, mention.start - 60), mention.start));
    if (!before || mention.group) {
      out.push(mention);
      continue;
    }
    const start = mention.start - before[0].length;
    const field = fieldAfter(text, mention.end);
    const end = field ? field.end : mention.end;
    const post = before[0].replace(/^(?:các\s+)?(?:đồng chí|đ\/c)\s+/iu, '').trim();
    const name = `${post.charAt(0).toLocaleUpperCase('vi')}${post.slice(1)} ${names.get(mention.ref) ?? mention.text}${field ? ` phụ trách ${field.words}` : ''}`;
    const key = foldVietnamese(name);
    let unit = byName.get(key);
    if (!unit) {
      unit = { code: uniqueCode(`CD_${mention.ref}`, used), name, aliases: [], kind: 'other', mentions: 0, review: false, reviewNotes: [] };
      byName.set(key, unit);
    }
    unit.mentions++;
    const surface = text.slice(start, end);
    if (foldVietnamese(surface) !== key && !unit.aliases.includes(surface)) unit.aliases.push(surface);
    while (out.length > 0 && out[out.length - 1]!.end > start) out.pop();
    out.push({ ref: unit.code, group: false, start, end, text: surface });
    covered = end;
  }
  return { units: [...units, ...byName.values()], mentions: out };
}

function fieldAfter(text: string, from: number): { end: number; words: string } | undefined {
  const lead = IN_CHARGE_OF.exec(text.slice(from));
  if (!lead) return undefined;
  let at = from + lead[0].length;
  const words: string[] = [];
  while (words.length < MAX_FIELD_WORDS) {
    const rest = text.slice(at);
    if (AFTER_FIELD.test(rest) || (words.length > 0 && ACTION_START.test(rest))) break;
    const word = /^[ \t]*(\S+?)(?=[\s,;:.()]|$)/u.exec(rest);
    if (!word) break;
    words.push(word[1]!);
    at += word[0].length;
  }
  if (words.length === 0) return undefined;
  return { end: at, words: words.join(' ') };
}

function uniqueCode(code: string, used: Set<string>): string {
  let candidate = code;
  for (let n = 2; used.has(candidate); n++) candidate = `${code}_${n}`;
  used.add(candidate);
  return candidate;
}
