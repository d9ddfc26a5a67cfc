/**
 * A user's words quoted back in one line: whitespace runs (line breaks too) become one space, and
 * words past `max` characters are cut at a word boundary with "…", so a long reply does not bury
 * the receipt it is quoted in.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  // a boundary far back would drop most of the words: cut inside the word instead
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
