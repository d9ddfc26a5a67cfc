import type { DeadlineRead } from './read-draft-deadline.ts';

/**
 * "bắt đầu từ ngày 10/4/2027 và duy trì trong suốt năm 2027", "từ ngày 01/3/2027 đến hết năm 2027", "từ ngày 05/5/2027, duy trì
 * cả năm 2027": work from a day to the end of its year, a period (the time reader read no end in it).
 */
const SPAN_TO_YEAR_END =
  /(?:bắt đầu\s+)?(?:kể\s+)?từ\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*(?:,\s*|\s+)(?:(?:và\s+)?(?:duy trì|kéo dài|thực hiện)\s+(?:trong\s+)?(?:suốt\s+)?(?:cả\s+)?|đến\s+hết\s+)năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu;

export function readSpanToYearEnd(text: string): DeadlineRead | undefined {
  const m = SPAN_TO_YEAR_END.exec(text);
  if (!m) return undefined;
  const [day, month, year, endYear] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (endYear < year || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    deadline: {
      kind: 'period',
      text: m[0],
      reading: `Từ ${pad(day)}/${pad(month)}/${year} đến hết 31/12/${endYear} ("${m[0]}").`,
      start: `${year}-${pad(month)}-${pad(day)}`,
      due: `${endYear}-12-31`,
    },
    notes: [],
  };
}
