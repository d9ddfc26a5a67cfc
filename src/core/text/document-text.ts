import { stripBidiControls, stripControlChars } from './control-chars.ts';

/**
 * Text as a .docx or .xlsx may hold it. XML 1.0 forbids the C0 controls but tab and newlines, lone surrogates and
 * U+FFFE/U+FFFF: one of them in a part makes the whole file unreadable (Word and LibreOffice refuse it). Reports quote
 * stored user text, some stored before the inbound sanitizer dropped these, so every string a writer puts into a
 * document goes through the same sanitizer here. Bidi controls go too: in an official document an override visibly
 * reorders the text after it.
 */
export function documentText(text: string): string {
  return stripBidiControls(stripControlChars(text));
}
