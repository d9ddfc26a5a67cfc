/** C0 and C1 control characters except tab and newline; NUL among them (PostgreSQL refuses it in text). */
const CONTROL_CLASS = '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]';
const CONTROL = new RegExp(CONTROL_CLASS, 'g');
const ANY_CONTROL = new RegExp(CONTROL_CLASS);

export function hasControlChars(text: string): boolean {
  return ANY_CONTROL.test(text);
}

export function stripControlChars(text: string): string {
  return text.replace(CONTROL, '');
}

export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * Removes control characters from a text and moves spans measured in it (Telegram's entities: UTF-16
 * offsets) so they still cover the same characters.
 */
export function stripControlCharsWithSpans<S extends TextSpan>(text: string, spans: readonly S[]): { text: string; spans: S[] } {
  if (!hasControlChars(text)) return { text, spans: [...spans] };
  // removedBefore[i] = control characters strictly before index i
  const removedBefore = new Array<number>(text.length + 1);
  let removed = 0;
  for (let i = 0; i < text.length; i++) {
    removedBefore[i] = removed;
    const code = text.charCodeAt(i);
    if ((code <= 0x1f && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) removed++;
  }
  removedBefore[text.length] = removed;
  const at = (index: number) => removedBefore[Math.max(0, Math.min(index, text.length))]!;
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
