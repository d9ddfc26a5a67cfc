/**
 * Row heights for wrapped text. Spreadsheet programs do not re-measure the rows of a file they did not
 * write: a row with no height keeps one line and its wrapped text runs over the rows below it.
 */

/** Times New Roman 12 pt: characters per unit of column width, a little under the 1.3 LibreOffice fits
 * (a width unit is one "0" of the default font), so a row rather keeps a spare line than hides one */
const CHARS_PER_WIDTH = 1.2;
/** points per line of 12 pt text, and the cell's padding */
const LINE_POINTS = 15.6;
const PADDING_POINTS = 4;
/** Excel's largest row height */
const MAX_POINTS = 409;

/** Lines a text takes when wrapped at word boundaries into `perLine` characters (a longer word is broken). */
export function wrappedLineCount(text: string, perLine: number): number {
  const width = Math.max(1, Math.floor(perLine));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) used = need;
      else if (used === 0) {
        count += Math.ceil(word.length / width) - 1;
        used = word.length % width || width;
      } else {
        count += Math.ceil(word.length / width);
        used = word.length % width || width;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** The height in points of a row of cells under columns of the given widths: its tallest wrapped cell. */
export function wrappedRowHeight(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    lines = Math.max(lines, wrappedLineCount(value, (widths[i] ?? 10) * CHARS_PER_WIDTH));
  });
  return Math.min(MAX_POINTS, Math.ceil(lines * LINE_POINTS + PADDING_POINTS));
}
