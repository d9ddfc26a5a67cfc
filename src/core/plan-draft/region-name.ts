/**
 * The region a state office has been named by since 2025, after its name: "… khu vực XII", "… khu vực số 2", "… khu vực Bắc Hòa"
 * (and a social-insurance office's "… cơ sở Tân An"). `bare` is "khu vực" alone: every office of the kind, after "các", or the
 * one region serving the plan's province.
 */
export function regionAfter(text: string, end: number, words: readonly string[] = ['khu vực']): { title: string; end: number; bare: boolean } | undefined {
  const rest = text.slice(end);
  for (const word of words) {
    if (!rest.startsWith(` ${word}`)) continue;
    const after = rest.slice(word.length + 1);
    const named = /^ (?:số )?[IVXL\d]+(?![\p{L}\d])/u.exec(after) ?? /^ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?![\p{L}\d])/u.exec(after);
    if (named) return { title: `${word}${named[0]}`, end: end + 1 + word.length + named[0].length, bare: false };
    if (word === 'khu vực' && !/^[\p{L}\d]/u.test(after)) return { title: word, end: end + 1 + word.length, bare: true };
  }
  return undefined;
}
