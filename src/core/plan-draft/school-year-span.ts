import type { DeadlineRead } from './read-draft-deadline.ts';

/** "trong năm học 2027 - 2028", "suốt năm học 2027-2028": within a school year, named by its two years */
const WITHIN_SCHOOL_YEAR = /(?<![\p{L}\d])(?:trong|suốt|hết)\s+năm học\s+\d{4}\s*[-–]\s*\d{4}(?:\s*(?:,|và)\s*(?:năm học\s+)?\d{4}\s*[-–]\s*\d{4})*(?!\d)/iu;
const YEARS = /(\d{4})\s*[-–]\s*(\d{4})/gu;

/**
 * Work done within a school year is due at its end, 31/5 of the second year (the school calendar's last teaching day falls in
 * late May; flagged for review). The school year named alone ("Kế hoạch năm học 2027-2028") stays a name (references.ts).
 */
export function readWithinSchoolYear(text: string): DeadlineRead | undefined {
  const m = WITHIN_SCHOOL_YEAR.exec(text);
  // "trong năm học 2019 - 2020 và năm học 2020 - 2021": from the first school year's start to the last one's end
  const years = m ? [...m[0].matchAll(YEARS)] : [];
  if (!m || years.some((y) => Number(y[2]) !== Number(y[1]) + 1)) return undefined;
  const first = years[0]![1]!;
  const last = years[years.length - 1]![2]!;
  const start = `${first}-09-01`;
  const due = `${last}-05-31`;
  return {
    deadline: { kind: 'period', text: m[0], reading: `${m[0]}: từ 01/09/${first} đến hết năm học (31/05/${last}).`, start, due },
    notes: [`Hạn lấy theo cuối năm học (31/05/${last}); cần kiểm tra theo khung kế hoạch thời gian năm học.`],
  };
}
