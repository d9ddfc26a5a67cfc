/**
 * Vietnamese text folding: lower-case, strip diacritics (đ → d), collapse spaces.
 * Matching works on folded text so "hoàn thành", "hoan thanh" and "HOÀN THÀNH" compare equal.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalise to NFC so text typed on different keyboards (composed vs decomposed) compares equal. */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
