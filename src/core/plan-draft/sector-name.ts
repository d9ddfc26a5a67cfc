/** One sector name of the gazetteer (sector-names.ts) with the patterns that find it in folded text. */
export interface SectorName {
  /** display name: "Lao động - Thương binh và Xã hội" */
  name: string;
  /** folded words, in order; separators (" ", "-", ",", "và", "&") between them are free */
  words: string[];
  /** folded abbreviations: "ldtbxh", "ld-tb&xh" */
  abbreviations: string[];
  /** sticky patterns on folded text: the words with free separators, then each abbreviation */
  patterns: RegExp[];
}
export const sectorName = (name: string, ...abbreviations: string[]): SectorName => {
  const words = fold(name)
    .split(/[\s,\-–&]+/)
    .filter((w) => w && w !== 'va');
  return { name, words, abbreviations, patterns: patternsOf(words, abbreviations) };
};

function patternsOf(words: readonly string[], abbreviations: readonly string[]): RegExp[] {
  const separator = '(?:\\s*(?:[-–,&]|\\bva\\b)\\s*|\\s+)+';
  const quote = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [new RegExp(words.map(quote).join(separator), 'y'), ...abbreviations.map((a) => new RegExp(quote(a), 'y'))];
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
