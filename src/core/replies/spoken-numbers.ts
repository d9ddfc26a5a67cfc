/**
 * Voice-to-text writes figures as words: "tám mươi phần trăm", "sáu mươi lăm phần trăm", "bốn trên mười tổ".
 * A run of number words becomes its digits only where it is a share — before "phần trăm", or on either side
 * of "trên" or "trong" with a number on the other — so "ba tổ", "năm nay", "trạm y tế" stay words (folded,
 * "năm" is also a year, "trăm" a station, "ba" a person). "bốn trong sáu tuyến" becomes "4 trong 6 tuyến",
 * the part out of a whole read-percent.ts reads from digits; a whole that is a time ("năm trong năm nay")
 * is no share.
 */

const DIGITS: Readonly<Record<string, number>> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
const TENS = 'muoi';
/** "trên" makes a fraction of two numbers; "trong" stays, as the digits' "4 trong 6" reads. */
const OUT_OF_WORDS = ['tren', 'trong'];
/** Words after a whole that make it a time: "năm trong năm nay" is no share. */
const TIME_AFTER = ['nay', 'qua', 'toi', 'truoc', 'sau', 'ngoai'];
const HUNDRED = 'tram';

/** The number the words from `start` spell and where they end, or null. Up to "một trăm". */
function spelledAt(tokens: readonly string[], start: number): { value: number; end: number } | null {
  let i = start;
  let value = 0;
  const first = tokens[i];
  if (first === TENS) {
    value = 10;
    i++;
  } else if (first !== undefined && first in DIGITS) {
    value = DIGITS[first] ?? 0;
    i++;
    if (tokens[i] === HUNDRED) return value === 1 ? { value: 100, end: i + 1 } : null;
    // "sáu chục phần trăm": "chục" (tens) as "mươi" (round 42).
    if (tokens[i] !== TENS && tokens[i] !== 'chuc') return { value, end: i };
    value *= 10;
    i++;
  } else {
    return null;
  }
  const unit = tokens[i];
  // "hai mươi mốt", "sáu mươi lăm", "ba mươi tư".
  if (unit !== undefined && unit in DIGITS && unit !== 'khong') return { value: value + (DIGITS[unit] ?? 0), end: i + 1 };
  return { value, end: i };
}

function numberAt(tokens: readonly string[], start: number): { value: number; end: number } | null {
  const token = tokens[start];
  if (token !== undefined && /^\d+$/.test(token)) return { value: Number(token), end: start + 1 };
  return spelledAt(tokens, start);
}

/** The whole of a share at `start`: a number not followed by a time word. */
function wholeAt(tokens: readonly string[], start: number): { value: number; end: number } | null {
  const whole = numberAt(tokens, start);
  return whole && !TIME_AFTER.includes(tokens[whole.end] ?? '') ? whole : null;
}

export function withSpokenNumbers(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const spelled = spelledAt(tokens, i);
    if (spelled) {
      const share = tokens[spelled.end] === 'phan' && tokens[spelled.end + 1] === 'tram';
      const outOf = tokens[spelled.end] ?? '';
      const whole = OUT_OF_WORDS.includes(outOf) ? wholeAt(tokens, spelled.end + 1) : null;
      if (share && spelled.value <= 100) {
        out.push(String(spelled.value));
        i = spelled.end;
        continue;
      }
      // "chín phần mười", "bảy phần mười": a share in words, as "9 phần 10" reads (round 40).
      const tenths = tokens[spelled.end] === 'phan' ? wholeAt(tokens, spelled.end + 1) : null;
      if (tenths && tenths.value >= spelled.value && tenths.value > 1 && tenths.value <= 100) {
        out.push(String(spelled.value), 'phan', String(tenths.value));
        i = tenths.end;
        continue;
      }
      if (whole && whole.value >= spelled.value && whole.value > 0) {
        out.push(String(spelled.value), outOf === 'tren' ? '/' : outOf, String(whole.value));
        i = whole.end;
        continue;
      }
    }
    // "4 trên mười", "4 trong mười": the whole spelled after a digit.
    const token = tokens[i] ?? '';
    const after = tokens[i + 1] ?? '';
    if (/^\d+$/.test(token) && OUT_OF_WORDS.includes(after)) {
      const spelledWhole = spelledAt(tokens, i + 2);
      const whole = spelledWhole && !TIME_AFTER.includes(tokens[spelledWhole.end] ?? '') ? spelledWhole : null;
      if (whole && whole.value >= Number(token)) {
        out.push(token, after === 'tren' ? '/' : after, String(whole.value));
        i = whole.end;
        continue;
      }
    }
    out.push(token);
    i++;
  }
  return out;
}
