/**
 * Official days off for Vietnamese public servants (cán bộ, công chức, viên chức) 2023–2027, as announced
 * (swap days and make-up Saturdays included); years outside it are computed in statutory-holidays.ts.
 * Legal basis: Labour Code 2019, art. 112 (Tết Dương lịch 1 day, Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương,
 * 30/4, 1/5, Quốc khánh 2/9 plus one adjacent day); a holiday falling on a weekend is compensated on the
 * next working day (nghỉ bù); the Prime Minister may swap a working day for a Saturday (hoán đổi, làm bù).
 * Each year's exact schedule comes from the Ministry of Labour (to 2024) / Ministry of Home Affairs (from 2025)
 * announcement. Weekend days inside an announced break are listed only when the announcement names the range.
 */
export interface HolidayEntry {
  /** first and last local dates (yyyy-MM-dd), inclusive */
  from: string;
  to: string;
  nameVi: string;
  nameEn: string;
  /** not yet announced when this file was written: follows the usual pattern */
  estimated?: boolean;
}

/** A Saturday worked in exchange for a weekday off (ngày làm bù). */
export interface MakeUpWorkday {
  date: string;
  /** the weekday given off in exchange */
  inLieuOf: string;
  estimated?: boolean;
}

const NEW_YEAR = { nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" };
const NEW_YEAR_OFF = { nameVi: 'Nghỉ bù Tết Dương lịch', nameEn: "New Year's Day (in lieu)" };
const TET = { nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' };
const HUNG_KINGS = { nameVi: 'Giỗ Tổ Hùng Vương', nameEn: 'Hung Kings Commemoration Day' };
const HUNG_KINGS_OFF = { nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương', nameEn: 'Hung Kings Commemoration Day (in lieu)' };
const REUNIFICATION = { nameVi: 'Ngày Chiến thắng 30/4', nameEn: 'Reunification Day' };
const REUNIFICATION_OFF = { nameVi: 'Nghỉ bù ngày Chiến thắng 30/4', nameEn: 'Reunification Day (in lieu)' };
const LABOUR = { nameVi: 'Ngày Quốc tế Lao động 1/5', nameEn: "International Workers' Day" };
const LABOUR_OFF = { nameVi: 'Nghỉ bù ngày Quốc tế Lao động 1/5', nameEn: "International Workers' Day (in lieu)" };
const MAY_SWAP = { nameVi: 'Nghỉ hoán đổi dịp 30/4 – 1/5', nameEn: 'Swapped day off (30 April – 1 May)' };
const NATIONAL = { nameVi: 'Quốc khánh 2/9', nameEn: 'National Day' };
const NATIONAL_EXTRA = { nameVi: 'Nghỉ lễ Quốc khánh (ngày liền kề)', nameEn: 'National Day holiday (adjacent day)' };
const NATIONAL_OFF = { nameVi: 'Nghỉ bù Quốc khánh', nameEn: 'National Day (in lieu)' };
const NATIONAL_SWAP = { nameVi: 'Nghỉ hoán đổi dịp Quốc khánh', nameEn: 'Swapped day off (National Day)' };

const day = (date: string, name: { nameVi: string; nameEn: string }, estimated?: boolean): HolidayEntry => ({
  from: date,
  to: date,
  ...name,
  ...(estimated ? { estimated } : {}),
});

export const VN_HOLIDAYS: readonly HolidayEntry[] = [
  // 2023 — Ministry of Labour announcement (late 2022); 1/1 fell on Sunday, so 2/1 off in lieu.
  day('2023-01-01', NEW_YEAR),
  day('2023-01-02', NEW_YEAR_OFF),
  { from: '2023-01-20', to: '2023-01-26', ...TET }, // 29 Tết Nhâm Dần – mùng 5 Quý Mão
  // Giỗ Tổ fell on Saturday 29/4 and 30/4 on Sunday: off in lieu 2/5 and 3/5 (five days 29/4–3/5).
  day('2023-04-29', HUNG_KINGS),
  day('2023-04-30', REUNIFICATION),
  day('2023-05-01', LABOUR),
  day('2023-05-02', HUNG_KINGS_OFF),
  day('2023-05-03', REUNIFICATION_OFF),
  // 2/9 fell on Saturday: adjacent day Friday 1/9, off in lieu Monday 4/9.
  day('2023-09-01', NATIONAL_EXTRA),
  day('2023-09-02', NATIONAL),
  day('2023-09-04', NATIONAL_OFF),

  // 2024 — Ministry of Labour announcement (late 2023) and the Prime Minister's approved swap for 30/4 (2024).
  day('2024-01-01', NEW_YEAR),
  { from: '2024-02-08', to: '2024-02-14', ...TET }, // 29 Tết Quý Mão – mùng 5 Giáp Thìn
  day('2024-04-18', HUNG_KINGS),
  day('2024-04-29', MAY_SWAP), // worked on Saturday 04/05/2024
  day('2024-04-30', REUNIFICATION),
  day('2024-05-01', LABOUR),
  day('2024-09-02', NATIONAL),
  day('2024-09-03', NATIONAL_EXTRA), // break Saturday 31/8 – Tuesday 3/9

  // 2025 — Ministry of Home Affairs announcement (2024); Tết nine days with no make-up day.
  day('2025-01-01', NEW_YEAR),
  { from: '2025-01-25', to: '2025-02-02', ...TET }, // 26 Tết Giáp Thìn – mùng 5 Ất Tỵ
  day('2025-04-07', HUNG_KINGS),
  day('2025-04-30', REUNIFICATION),
  day('2025-05-01', LABOUR),
  day('2025-05-02', MAY_SWAP), // worked on Saturday 26/04/2025
  day('2025-09-01', NATIONAL_EXTRA), // break Saturday 30/8 – Tuesday 2/9
  day('2025-09-02', NATIONAL),

  // 2026 — Government Office notice of 13/10/2025 (Ministry of Home Affairs proposal).
  day('2026-01-01', NEW_YEAR),
  { from: '2026-02-14', to: '2026-02-22', ...TET }, // 27 Tết Ất Tỵ – mùng 6 Bính Ngọ
  day('2026-04-26', HUNG_KINGS), // Sunday
  day('2026-04-27', HUNG_KINGS_OFF),
  day('2026-04-30', REUNIFICATION),
  day('2026-05-01', LABOUR),
  day('2026-08-31', NATIONAL_SWAP), // worked on Saturday 22/08/2026
  day('2026-09-01', NATIONAL_EXTRA),
  day('2026-09-02', NATIONAL),

  // 2027 — ESTIMATE, not yet announced: statutory days following the usual pattern; replace when announced.
  day('2027-01-01', NEW_YEAR, true),
  // Tết day 1 = Saturday 06/02/2027: eve (5/2) + mùng 1–4, with the weekend compensated on 10/2 and 11/2.
  { from: '2027-02-05', to: '2027-02-11', ...TET, estimated: true },
  day('2027-04-16', HUNG_KINGS, true),
  day('2027-04-30', REUNIFICATION, true),
  day('2027-05-01', LABOUR, true), // Saturday
  day('2027-05-03', LABOUR_OFF, true),
  day('2027-09-02', NATIONAL, true),
  day('2027-09-03', NATIONAL_EXTRA, true),
];

export const VN_MAKE_UP_WORKDAYS: readonly MakeUpWorkday[] = [
  { date: '2024-05-04', inLieuOf: '2024-04-29' },
  { date: '2025-04-26', inLieuOf: '2025-05-02' },
  { date: '2026-08-22', inLieuOf: '2026-08-31' },
];

/** Years the table above covers; other years are computed (statutory-holidays.ts) and estimated. */
export const VN_HOLIDAY_YEARS = { first: 2023, last: 2027 } as const;
