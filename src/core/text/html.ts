import { stripBidiControls } from './control-chars.ts';

/**
 * A "/" that reads as a typed command ("/ban", "&lt;/b") in content the bot did not write. The
 * channel that prefixes command hints (Zalo: "@Điều phối /xong") must never touch such text, so
 * escaped content carries that slash as the entity &#47;: it renders as "/" everywhere and is
 * never taken for a hint (src/core/text/command-hints.ts).
 */
const COMMAND_LIKE_SLASH = /(^|[\s(“"‘'«:;,>])\/(?=[a-z])/g;

/**
 * Escapes user or plan text (notes, unit names, task titles) for the neutral markup: the characters
 * Telegram's HTML requires, the quote for attributes, and a command-like slash (see above).
 * A command the bot itself suggests is written as markup, never passed through here.
 */
export function escapeHtml(text: string): string {
  // bidi controls of quoted text would reorder the bot's words around it
  return escapeMarkupChars(stripBidiControls(text)).replace(COMMAND_LIKE_SLASH, '$1&#47;');
}

/** Only the characters the markup requires: for the bot's own text that is built at run time (a usage line). */
export function escapeMarkupChars(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
