/**
 * Text copied from a phone or a narrow window: labels typed with slashes and hyphens ("I/", "1/", "1-", "a/") and lines
 * hard-wrapped at a fixed width in the middle of sentences, names and dates ("… từ quý" / "II/2028", "… mã" / "QR giả").
 */

/**
 * "I/ MỤC ĐÍCH" → "I. MỤC ĐÍCH", "1/ Phòng …:" → "1. Phòng …:", "a/ Xây dựng …" → "a) Xây dựng …", and "1- Chủ trì …" (the
 * items under a "1/" item) → "- Chủ trì …". A date ("1/4/2028") or a count ("1-2 buổi") is no label: the label is followed by a
 * space and a letter.
 */
export function slashLabels(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line
      .replace(/^([IVX]{1,4})\/\s+(?=\p{L})/u, '$1. ')
      .replace(/^(\d{1,2})\/\s+(?=\p{L})/u, '$1. ')
      .replace(/^([a-zđ])\/\s+(?=\p{L})/u, '$1) ')
      .replace(/^\d{1,2}-\s+(?=\p{Lu})/u, '- '),
  );
}

/**
 * A document hard-wrapped at a width: nearly every line is at most that width (≤ 90 characters), and many lines are close to
 * it without ending a sentence. There, a line that fills the width and ends with no mark goes on in the next line whatever the
 * next line starts with, unless it is a new item or a line in capitals. Other documents are left as they are.
 */
export function joinHardWraps(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === undefined) return [...lines];
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      line.trim() !== '' &&
      previous.trim().length >= width - WRAP_SLACK &&
      !/[.;:!?]$/u.test(previous.trim()) &&
      !isCapitals(previous) &&
      !isCapitals(line) &&
      !ITEM_START.test(line.trim());
    if (joins) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

const WRAP_SLACK = 12;
const ITEM_START = /^(?:[-–+•*|]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]?\s|[IVX]{1,4}\.\s|Điều\s+\d|Nơi nhận|TM\.|KT\.)/u;

function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

/** the width the text was wrapped at, or undefined when it was not */
function wrapWidth(lines: readonly string[]): number | undefined {
  const body = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('|'));
  if (body.length < 20) return undefined;
  const lengths = body.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.95)]!;
  if (width > 90) return undefined;
  const full = body.filter((l) => l.length >= width - WRAP_SLACK && l.length <= width && !/[.;:!?]$/u.test(l));
  return full.length >= body.length * 0.4 ? width : undefined;
}
