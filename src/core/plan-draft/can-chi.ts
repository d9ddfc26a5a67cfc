/**
 * A lunar year named by its stem and branch ("Mậu Thân", "Ất Tỵ"), as Tết and the lunar festivals are written: the solar year
 * whose lunar year bears the name, the first one from the year before `nearYear` on (the name comes back every 60 years).
 */
export function yearOfCanChi(name: string, nearYear: number): number | undefined {
  const [stem, branch] = name
    .trim()
    .split(/\s+/u)
    .map((w) => w.toLocaleLowerCase('vi'));
  const s = STEMS.indexOf(stem ?? '');
  const b = BRANCHES.indexOf(branch ?? '');
  if (s < 0 || b < 0) return undefined;
  for (let year = nearYear - 1; year < nearYear + 59; year++) {
    if ((((year - 4) % 10) + 10) % 10 === s && (((year - 4) % 12) + 12) % 12 === b) return year;
  }
  return undefined;
}

const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
/** "Mậu Thân" after a festival's name */
export const CAN_CHI = /^(?:\s+năm)?\s+((?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))(?![\p{L}\d])/u;
