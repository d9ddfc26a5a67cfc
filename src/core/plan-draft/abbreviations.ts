/** A unit named in the text (discover-units.ts's UnitMention; kept structural so the two modules do not import each other). */
interface UnitMention {
  ref: string;
  group: boolean;
  start: number;
  end: number;
  text: string;
}

/**
 * "Trung tâm Y tế huyện Mỹ Lạc (TTYT huyện)", "Đội Trật tự đô thị phường (sau đây viết tắt là Đội
 * TTĐT)": a unit written out once with its short form in brackets is the same unit wherever the short
 * form is used later. Returns the mentions with those later uses added, and the short forms by unit.
 */
const BRACKETED = /^\s*\(\s*(?:sau đây (?:gọi|viết)(?: tắt)? là\s+|gọi tắt là\s+|viết tắt là\s+)?([^()]{2,30}?)\s*\)/u;
/** a short form holds an abbreviation: two capitals ("TTYT", "LHPN", "VP-TK", "ĐTN") */
const HAS_ABBREVIATION = /\p{Lu}[\p{Lu}\d]*[-&]?\p{Lu}/u;

/**
 * "Phòng Tổ chức, biên chế và tổ chức phi chính phủ (TCBC&TCPCP)": the scanner stops the name at the comma, but the
 * words in lower case up to a short form in brackets are the rest of the same name.
 */
// "Phòng Xây dựng, kiểm tra văn bản và Theo dõi thi hành pháp luật (sau đây gọi là …)": the last field after "và" may be capitalised
const NAME_TAIL = /^(?:\s*,\s*|\s+)(?:và\s+)?\p{Ll}[\p{Ll}\s,&-]{0,70}?(?:\s+và\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,6})?(?=\s*\()/u;
const NOT_IN_NAME = /(?:^|\s)(?:chủ trì|phối hợp|thực hiện|triển khai|tham mưu|có trách nhiệm|xây dựng|gồm|theo|là)(?=\s|,|$)/u;

/** "Phòng Tài chính - Kế hoạch được viết tắt là TC-KH", and in the same sentence "…, Văn phòng HĐND và UBND huyện là VP." */
const SAID = /^\s+(?:được\s+)?((?:viết|gọi) tắt là|là)\s+(\p{Lu}[\p{Lu}\d&-]{1,15})(?=\s*[,.;]|\s*$)/u;

function saidShort(text: string, m: UnitMention): [string, string] | undefined {
  const said = SAID.exec(text.slice(m.end));
  if (!said) return undefined;
  if (said[1] === 'là') {
    // a bare "là" names a short form only in a sentence that says it is defining them
    const sentenceStart = Math.max(text.lastIndexOf('.', m.start), text.lastIndexOf('\n', m.start)) + 1;
    if (!/tắt là/u.test(text.slice(sentenceStart, m.start))) return undefined;
  }
  return [said[0], said[2]!];
}

/**
 * "Cục LNKL: Cục Lâm nghiệp và Kiểm lâm" as a line of a list of short forms: the short form before the colon is the unit named
 * after it, whose name fills the rest of the line (words the scanner left off, "Cục Di sản văn hóa", included).
 */
function listedShort(text: string, m: UnitMention): { said: [string, string]; bridge: number } | undefined {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const before = /^\s*(?:[-–+•]\s*)?(\p{Lu}[^:\n]{1,24}?)\s*:\s*$/u.exec(text.slice(lineStart, m.start));
  const rest = text.slice(m.end, lineEnd < 0 ? text.length : lineEnd);
  const tail = /^[\p{L}\d\s,&-]*?(?=[\s.;]*$)/u.exec(rest)?.[0] ?? '';
  if (!before || !/^[\s.;]*$/.test(rest.slice(tail.length)) || tail.split(/\s+/).length > 9 || NOT_IN_NAME.test(tail)) return undefined;
  return { said: [before[0], before[1]!], bridge: tail.length };
}

export function withAbbreviations(
  text: string,
  mentions: readonly UnitMention[],
): { mentions: UnitMention[]; aliases: Map<string, string[]>; fullNames: Map<string, string> } {
  const out = [...mentions];
  const aliases = new Map<string, string[]>();
  const fullNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.group) continue;
    const tail = NAME_TAIL.exec(text.slice(m.end));
    const listed = listedShort(text, m);
    const bridged = listed ? listed.bridge : tail && !NOT_IN_NAME.test(tail[0]) && tail[0].split(/\s+/).length <= 14 ? tail[0].length : 0;
    const bracket = BRACKETED.exec(text.slice(m.end + bridged)) ?? saidShort(text, m) ?? listed?.said;
    const short = bracket?.[1];
    if (!bracket || !short || !HAS_ABBREVIATION.test(short)) continue;
    // "(Công an tỉnh)" has no abbreviation and is left to the roles; a short form is at most four words
    if (short.split(/\s+/).length > 4) continue;
    if (bridged > 0 && !fullNames.has(m.ref)) {
      fullNames.set(m.ref, text.slice(m.start, m.end + bridged).replace(/\s+/g, ' '));
      const i = out.indexOf(m);
      if (i >= 0) out[i] = { ...m, end: m.end + bridged, text: text.slice(m.start, m.end + bridged) };
    }
    aliases.set(m.ref, [...(aliases.get(m.ref) ?? []), short]);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const use of text.matchAll(pattern)) {
      const start = use.index;
      const end = start + use[0].length;
      // the bracket itself ("(Đội TTĐT)", read by the scanner as a unit of its own) is the same unit too
      // a longer name already read there ("Đội TTĐT" inside a name the scanner found) keeps its own reading
      const overlapping = out.findIndex((o) => o.start < end && o.end > start);
      if (overlapping >= 0) {
        const o = out[overlapping]!;
        if (o.start < start || o.end > end) continue;
        out.splice(overlapping, 1);
      }
      out.push({ ref: m.ref, group: false, start, end, text: use[0] });
    }
  }
  return { mentions: out.sort((a, b) => a.start - b.start), aliases, fullNames };
}
