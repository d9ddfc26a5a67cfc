/**
 * Several reasons or notes as one run of text: "Không xác định được cơ quan ban hành; Không thấy số
 * văn bản…". Each part is written as a sentence of its own (often ending in "."), so its closing
 * full stop or semicolon is dropped before the separator; an ellipsis is kept, it says something.
 */
export function joinReasons(parts: readonly string[], separator = '; '): string {
  return parts
    .map((part) =>
      part
        .trim()
        .replace(/(?<!\.)\.$|[;\s]+$/u, '')
        .trimEnd(),
    )
    .filter((part) => part !== '')
    .join(separator);
}
