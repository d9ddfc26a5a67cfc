/**
 * What a stored text must not hold: C0 and C1 control characters except tab and newline (NUL among
 * them, which PostgreSQL refuses), lone surrogates, and the noncharacters (U+FDD0–U+FDEF and the last
 * two code points of every plane, U+FFFE/U+FFFF among them). XML 1.0 forbids the C0 controls, lone
 * surrogates and U+FFFE/U+FFFF, so a text holding one breaks the .docx/.xlsx report it is quoted in.
 */
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => {
  const end = (plane << 16) | 0xfffe;
  return `\\u{${end.toString(16)}}\\u{${(end + 1).toString(16)}}`;
}).join('');
const UNSAFE_CLASS = `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF${PLANE_ENDS}]`;
// with the u flag a surrogate range matches only lone surrogates: a pair is read as one code point
const UNSAFE = new RegExp(UNSAFE_CLASS, 'gu');
const ANY_UNSAFE = new RegExp(UNSAFE_CLASS, 'u');

export function hasControlChars(text: string): boolean {
  return ANY_UNSAFE.test(text);
}

/** Controls that separate like a space (vertical tab, form feed, the C0 separators, NEL): a space, so words stay apart. */
const SPACING = /[\u000B\u000C\u001C-\u001F\u0085]/g;

export function stripControlChars(text: string): string {
  return text.replace(SPACING, ' ').replace(UNSAFE, '');
}

export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * Removes control characters and noncharacters from a text and moves spans measured in it (Telegram's
 * entities: UTF-16 offsets) so they still cover the same characters.
 */
export function stripControlCharsWithSpans<S extends TextSpan>(input: string, spans: readonly S[]): { text: string; spans: S[] } {
  // one code unit for one: the spans stay where they are
  const text = input.replace(SPACING, ' ');
  if (!hasControlChars(text)) return { text, spans: [...spans] };
  const removed = [...text.matchAll(UNSAFE)].map((m) => ({ start: m.index, length: m[0].length }));
  // UTF-16 code units removed before an index (a noncharacter beyond U+FFFF is two of them)
  const at = (index: number) => removed.reduce((sum, r) => sum + Math.max(0, Math.min(r.length, index - r.start)), 0);
  const moved = spans.map((span) => {
    const start = span.offset - at(span.offset);
    const end = span.offset + span.length - at(span.offset + span.length);
    return { ...span, offset: start, length: Math.max(0, end - start) };
  });
  return { text: stripControlChars(text), spans: moved.filter((span) => span.length > 0) };
}

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): quoted from
 * a user, a right-to-left override flips the bot's own text after it ("…gnàh nạh" for a date).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
