import { isNumber, phraseAt } from './match-phrases.ts';

/** A count written with dots between thousands ("1.200 bản"), never a decimal: a decimal comma folds to a dot too, but keeps fewer or more than three digits. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** The value of a number token, reading "1.200" as twelve hundred. */
export function countValue(token: string): number {
  return THOUSANDS.test(token) ? Number(token.replaceAll('.', '')) : Number(token);
}

/** Whether the token was written with thousands dots (so it is a count, never a year or a date). */
export function isThousands(token: string | undefined): boolean {
  return token !== undefined && THOUSANDS.test(token);
}

/** Units of a length or a weight, in one base unit each, so "600m/1km" compares metres with metres. */
const UNIT_SCALE: Record<string, { kind: string; scale: number }> = {
  m: { kind: 'length', scale: 1 },
  met: { kind: 'length', scale: 1 },
  km: { kind: 'length', scale: 1000 },
  kg: { kind: 'weight', scale: 1 },
  tan: { kind: 'weight', scale: 1000 },
  ha: { kind: 'area', scale: 1 },
  hecta: { kind: 'area', scale: 1 },
  m2: { kind: 'area', scale: 0.0001 },
};

/** Between a measured part and its whole: "2,1km/3,5km", "1,5 km trên tổng 4 km". */
const SHARE_OF = [
  '/',
  'tren tong so',
  'trong tong so',
  'tren tong',
  'trong tong',
  'tren',
  'trong',
  // "12ha, kế hoạch là 30ha", "12 ha trên chỉ tiêu 30 ha": the whole is the plan's target (round 41)
  ...['ke hoach la', 'ke hoach', 'chi tieu la', 'chi tieu', 'tren ke hoach', 'tren chi tieu', 'so voi ke hoach', 'so voi chi tieu'],
];

/**
 * "2,1km/3,5km" → 60, "600m/1km" → 60, "2,1 tấn/3 tấn" → 70, "1,5 km trên tổng 4 km" → 38: a measure
 * out of a whole in the same kind of unit. A measure alone ("3,5 tấn gạo") is no share.
 */
export function measuredShare(tokens: readonly string[], i: number): number | null {
  const part = UNIT_SCALE[tokens[i + 1] ?? ''];
  if (!isNumber(tokens[i]) || part === undefined) return null;
  const between = phraseAt(tokens, i + 2, SHARE_OF);
  if (!between || !isNumber(tokens[between.end])) return null;
  const whole = UNIT_SCALE[tokens[between.end + 1] ?? ''];
  if (whole === undefined || whole.kind !== part.kind) return null;
  const partValue = countValue(tokens[i] ?? '') * part.scale;
  const wholeValue = countValue(tokens[between.end] ?? '') * whole.scale;
  if (wholeValue <= 0 || partValue > wholeValue) return null;
  return Math.round((partValue / wholeValue) * 100);
}

/** Words that end a counted noun's description before the slash. */
const LONGEST_DESCRIPTION = 3;

/**
 * "9 buổi chính khóa/12 buổi theo chương trình" → 75: a count with its noun, described, out of a
 * whole that names the same noun again.
 */
export function countedShare(tokens: readonly string[], i: number, counted: readonly string[]): number | null {
  const noun = phraseAt(tokens, i + 1, counted);
  if (!isNumber(tokens[i]) || !noun) return null;
  for (let k = noun.end; k <= noun.end + LONGEST_DESCRIPTION && k < tokens.length; k++) {
    if (tokens[k] === '/') {
      const again = phraseAt(tokens, k + 2, counted);
      if (!isNumber(tokens[k + 1]) || again?.phrase !== noun.phrase) return null;
      const part = countValue(tokens[i] ?? '');
      const whole = countValue(tokens[k + 1] ?? '');
      return whole > 0 && part <= whole ? Math.round((part / whole) * 100) : null;
    }
    if (isNumber(tokens[k])) return null;
  }
  return null;
}

/** A clause that gives only the plan's target: "kế hoạch là 30ha", "chỉ tiêu 30 ha". */
const TARGET_OPENINGS = ['ke hoach la', 'ke hoach', 'chi tieu la', 'chi tieu'];

/**
 * "Đã chuyển đổi được 12ha, kế hoạch là 30ha": the target told in the next clause is the whole of the measure before
 * it, so the two are read as one (round 41). Other clauses are left as they are.
 */
export function withTargetJoined<T extends { tokens: string[]; notFigureWord?: number[] }>(clauses: readonly T[]): T[] {
  const joined: T[] = [];
  for (const clause of clauses) {
    const target = phraseAt(clause.tokens, 0, TARGET_OPENINGS);
    const previous = joined.at(-1);
    if (target && previous && isNumber(clause.tokens[target.end]) && UNIT_SCALE[clause.tokens[target.end + 1] ?? ''] !== undefined) {
      const offset = previous.tokens.length;
      const shifted = (clause.notFigureWord ?? []).map((k) => k + offset);
      joined[joined.length - 1] = {
        ...previous,
        tokens: [...previous.tokens, ...clause.tokens],
        notFigureWord: [...(previous.notFigureWord ?? []), ...shifted],
      };
    } else joined.push(clause);
  }
  return joined;
}
