/**
 * Text as a .docx or .xlsx may hold it. XML 1.0 allows only tab, newline, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF: one other code point in a part makes the whole file unreadable
 * (Word and LibreOffice refuse it). Reports quote stored user text, some stored before the inbound
 * sanitizer dropped these, so every string a writer puts into a document goes through here. Bidi
 * controls go too: in an official document an override visibly reorders the text after it.
 */
// with the u flag a surrogate range matches only lone surrogates: a pair is read as one code point
const NOT_IN_DOCUMENT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/gu;

export function documentText(text: string): string {
  return text.replace(NOT_IN_DOCUMENT, '');
}
