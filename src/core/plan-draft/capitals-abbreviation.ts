/**
 * A word of a heading in capitals that no Vietnamese syllable spells is an abbreviation ("THPT",
 * "THCS", "PTDTBT", "UBND", "HĐND", "MTTQ", "TNHH", "GD&ĐT") and keeps its capitals when the heading is
 * written as a name. Abbreviations carry no vowel marks, so a word with one ("KRÔNG", "ĐẮK") is a name.
 */
const ABBREVIATION_LETTERS = /^[A-ZĐ\d]+(?:[&/-][A-ZĐ\d]+)*$/u;
/** initial consonants, a vowel nucleus and a final, as Vietnamese spells a syllable (Đ read as D) */
const SYLLABLE = /^(?:NGH|NG|NH|GH|GI|KH|PH|QU|TH|TR|CH|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?$|^GI(?:N|NG|C|T|M|P|CH|NH)?$/;

export function isAbbreviation(text: string): boolean {
  // "THCS," "(UBND)": the punctuation around a word is not part of it
  const word = text.replace(/^[("“'‘]+|[)"”'’,.;:!?]+$/gu, '');
  if (!ABBREVIATION_LETTERS.test(word) || !/[A-ZĐ].*[A-ZĐ]/u.test(word)) return false;
  return word
    .replace(/Đ/g, 'D')
    .split(/[&/-]/)
    .some((part) => /[A-Z]/.test(part) && !SYLLABLE.test(part.replace(/\d+/g, '')));
}
