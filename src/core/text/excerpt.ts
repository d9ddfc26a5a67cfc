import { stripBidiControls } from './control-chars.ts';

/**
 * A user's words quoted back in one line: whitespace runs (line breaks too) become one space, and
 * words past `max` characters are cut at a word boundary with "…", so a long reply does not bury
 * the receipt it is quoted in.
 */
export function excerpt(text: string, max: number): string {
  const flat = stripBidiControls(text).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  // a boundary far back would drop most of the words: cut inside the word instead
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Room for a user's words in a notice that carries buttons (a blocker, a "done", an extension ask):
 * with the header and a later "still blocked" line it stays one message (Telegram: 4,096 characters),
 * so its buttons stay under the whole notice.
 */
export const NOTICE_QUOTE_MAX = 800;

/** A user's words quoted in a notice: as written (line breaks kept) when they fit, else cut as excerpt() cuts. */
export function noticeQuote(text: string, max = NOTICE_QUOTE_MAX): string {
  const trimmed = stripBidiControls(text).trim();
  return [...trimmed].length <= max ? trimmed : excerpt(trimmed, max);
}
