import { readDaysBeforeBracketDay } from './before-bracket-day.ts';
import { withoutBudgetYears } from './budget-year.ts';
import { foldSameLength } from './clean-text.ts';
import { readLunarDeadline } from './lunar-deadline.ts';
import { readPrepareBeforeEvent } from './prepare-before-event.ts';
import { readCampaignWeek } from './campaign-week.ts';
import { type DeadlineRead, readDraftDeadline } from './read-draft-deadline.ts';
import type { TextRange } from './references.ts';
import { readWithinSchoolYear } from './school-year-span.ts';
import { readSpanToYearEnd } from './span-to-year-end.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import { wordedDatesInFigures } from './worded-dates.ts';
import { blankSpanAfterCadence } from './cadence-span.ts';

/** "hằng năm", "định kỳ năm", read with its tones: "phân hạng năm 2025" (rank, year) is no cadence */
const YEARLY = /(?<![\p{L}\d])(?:(?:hằng|hàng|mỗi)\s+năm|định kỳ\s+(?:(?:hằng|hàng|mỗi)\s+)?năm)(?![\p{L}\d])/iu;

/**
 * The time of a duty, with the cadences plans combine with a date: "định kỳ hằng năm (trước ngày
 * 15/11 …)" is yearly, due each 14/11; "định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020"
 * is yearly, first due 30/06/2020. Everything else is as readDraftDeadline reads it.
 */
export function readTime(raw: string, references: readonly TextRange[], ctx: DeadlineContext): DeadlineRead {
  // "sinh hoạt chi bộ định kỳ tháng 02/2025": the regular meeting of that one month, not a monthly cadence (same length, offsets kept)
  // dates in words ("ngày hai mươi tháng Mười Hai năm 2027") are read in figures (same length)
  const text = blankSpanAfterCadence(withoutBudgetYears(wordedDatesInFigures(raw, ctx.documentDate)))
    .replace(ONE_MONTH_MEETING, 'trong  ')
    .replace(CLOCK_AT_END, (m) => ' '.repeat(m.length));
  const read = readTimeOf(text, references, ctx);
  if (text === raw || !read.deadline) return read;
  const said = read.deadline.text.replace(/^trong\s+(?=tháng)/u, 'định kỳ ').replace(/ {2,}/gu, ' ');
  return { ...read, deadline: { ...read.deadline, text: said } };
}

const ONE_MONTH_MEETING = /định kỳ(?=\s+tháng\s+\d{1,2}\s*\/\s*\d{4})/giu;
/** "từ ngày 22/02/2021 đến 17 giờ 00 ngày 14/3/2021": the hour the span ends at, dropped so the span reads whole (same length) */
const CLOCK_AT_END = /(?<=(?:^|\s)đến\s+)\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?(?:\s*phút)?\s+(?=ngày\s+\d)/giu;

function readTimeOf(text: string, references: readonly TextRange[], ctx: DeadlineContext): DeadlineRead {
  // ("từ ngày A và duy trì suốt năm Y" states its end: see readSpanToYearEnd)
  const startOnly = readSpanToYearEnd(text) ? undefined : startOnlyDate(text);
  if (startOnly) return { notes: [`Văn bản chỉ ghi ngày bắt đầu ("${startOnly}"), không ghi hạn; cần kiểm tra.`] };
  const special =
    readDaysBeforeBracketDay(text, ctx) ??
    readPrepareBeforeEvent(text) ??
    readMonthRange(text) ??
    readSpanToYearEnd(text) ??
    readQuarterRange(text) ??
    readQuarterEndDay(text) ??
    readNextQuarterDay(text) ??
    readTwiceAYear(text) ??
    readTwoQuartersAYear(text) ??
    readHalfYearAndYear(text) ??
    readWeekdayOfMonth(text) ??
    readLunarDeadline(text, ctx) ??
    readWithinSchoolYear(text) ??
    readCampaignWeek(text, ctx);
  if (special) return special;
  const read = readDraftDeadline(text, references, ctx);
  const deadline = read.deadline;
  if (deadline?.kind === 'recurrence') return dayOfYearlyEvent(text, read) ?? read;
  if (!deadline || !YEARLY.test(text.normalize('NFC')) || !deadline.due) return read;
  const yearWritten = /\d{4}/.test(deadline.text);
  const [, month, day] = deadline.due.split('-').map(Number) as [number, number, number];
  if (!yearWritten) {
    return {
      deadline: {
        kind: 'recurrence',
        text: deadline.text,
        reading: `Hằng năm, hạn hết ngày ${day}/${month} mỗi năm.`,
        recurrence: { frequency: 'yearly', dueDay: day, dayOfPeriod: day, monthOfYear: month },
      },
      notes: read.notes.filter((n) => !/nhiều mốc/.test(n)),
    };
  }
  return {
    deadline: {
      kind: 'recurrence',
      text: deadline.text,
      reading: `Hằng năm; lần đầu hạn ${deadline.due}.`,
      recurrence: { frequency: 'yearly' },
      due: deadline.due,
    },
    notes: [...read.notes.filter((n) => !/nhiều mốc/.test(n)), 'Việc làm hằng năm; hạn lần đầu đọc từ văn bản, các năm sau cần ghi ngày.'],
  };
}

const DATE = /\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|ngày \d{1,2} tháng \d{1,2}(?: năm \d{4})?/gu;

/** a day of a month written without its year, alone in the duty ("Ngày Môi trường thế giới (05/6)", "vào dịp 26/3") */
const DAY_OF_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/-]|\.\d)/gu;

/**
 * "tổ chức ra quân hằng năm nhân Ngày Môi trường thế giới (05/6)", "hằng năm vào dịp 26/3": a yearly duty with no due day
 * read, and one day of a month in its text, is done on that day each year.
 */
function dayOfYearlyEvent(text: string, read: DeadlineRead): DeadlineRead | undefined {
  const recurrence = read.deadline?.kind === 'recurrence' ? read.deadline.recurrence : undefined;
  if (recurrence?.frequency !== 'yearly' || recurrence.dueDay !== undefined || recurrence.monthOfYear !== undefined) return undefined;
  if (/\d{4}/u.test(text)) return undefined;
  const days = [...text.matchAll(DAY_OF_MONTH)];
  if (days.length !== 1) return undefined;
  const [day, month] = [Number(days[0]![1]), Number(days[0]![2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return {
    ...read,
    deadline: {
      ...read.deadline!,
      reading: `Hằng năm, vào ngày ${day}/${month} mỗi năm.`,
      recurrence: { ...recurrence, dueDay: day, dayOfPeriod: day, monthOfYear: month },
    },
  };
}
const START_DATE = /(?:(?:kể|bắt đầu)\s+)?từ\s+(?:ngày\s+)?$/iu;

/**
 * "tuyên truyền trên loa truyền thanh từ ngày 12/01/2025", "ra quân kể từ ngày 15/01/2025": the one date is when
 * the work starts, not when it is due; returns the phrase, or undefined when the text has an end or a due word.
 */
function startOnlyDate(text: string): string | undefined {
  const dates = [...text.matchAll(DATE)];
  if (dates.length !== 1) return undefined;
  const date = dates[0]!;
  const before = text.slice(Math.max(0, date.index - 20), date.index);
  const start = START_DATE.exec(before);
  // "bảng giá đất … áp dụng từ ngày 01/01/2025": what must be ready by the day it applies
  if (!start || /(?:áp dụng|hiệu lực|thi hành|vận hành|đưa vào sử dụng)\s+(?:(?:kể|bắt đầu)\s+)?từ/iu.test(text)) return undefined;
  // "6 tháng, kể từ ngày 01/3/2023": a length from the start gives the end
  if (/\d{1,3}\s+(?:tháng|tuần|ngày)(?!\s*\d)/iu.test(text)) return undefined;
  if (/trước|chậm nhất|hoàn thành|hoàn tất|xong|hạn|đến ngày|tới ngày|hiệu lực|hằng|định kỳ|quý|trong tháng|trong năm/iu.test(text)) return undefined;
  return `${start[0]}${date[0]}`;
}

const MONTH_RANGE = /th[aá]ng\s+(\d{1,2})\s*(?:[-–]|đến|và)\s*(?:th[aá]ng\s+)?(\d{1,2})\s*(?:[/.-]|\s+năm\s+)(\d{4})/iu;

/** "trong tháng 11 - 12/2013", "tháng 7 - 8 năm 2021": from the first month's start to the last month's end. */
function readMonthRange(text: string): DeadlineRead | undefined {
  const m = MONTH_RANGE.exec(text);
  if (!m || /trước ngày|chậm nhất|hạn chót/iu.test(text)) return undefined;
  const [from, to, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (from < 1 || to > 12 || from >= to) return undefined;
  const last = new Date(Date.UTC(year, to, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    deadline: {
      kind: 'period',
      text: m[0],
      reading: `Từ 01/${pad(from)}/${year} đến hết ${last}/${pad(to)}/${year} ("${m[0]}").`,
      start: `${year}-${pad(from)}-01`,
      due: `${year}-${pad(to)}-${pad(last)}`,
    },
    notes: [],
  };
}

const QUARTER_RANGE = /quý\s+([IV]{1,3})\s*(?:[-–]|và|đến)\s*(?:quý\s+)?([IV]{1,3})\s*(?:[/.-]|\s+năm\s+)(\d{4})/iu;
const ROMAN_QUARTER: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** "Quý II và quý III/2025", "quý I - II năm 2025": the year written once; from the first quarter's start to the last one's end. */
function readQuarterRange(text: string): DeadlineRead | undefined {
  const m = QUARTER_RANGE.exec(text);
  if (!m || /trước ngày|chậm nhất|hạn chót/iu.test(text)) return undefined;
  const [from, to, year] = [ROMAN_QUARTER[m[1]!.toUpperCase()], ROMAN_QUARTER[m[2]!.toUpperCase()], Number(m[3])];
  if (!from || !to || from >= to) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastMonth = to * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    deadline: {
      kind: 'period',
      text: m[0],
      reading: `Từ 01/${pad(from * 3 - 2)}/${year} đến hết ${lastDay}/${pad(lastMonth)}/${year} ("${m[0]}").`,
      start: `${year}-${pad(from * 3 - 2)}-01`,
      due: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
    },
    notes: [],
  };
}

/**
 * "vào Chủ nhật cuối cùng của tháng", "Chủ nhật tuần cuối mỗi tháng", "thứ Hai đầu tiên hằng tháng", "thứ Bảy tuần thứ hai của
 * tháng": a day of the week in each month; monthly, with no fixed day of the month. Not "tháng 5/2025" (one month).
 */
const WEEKDAY_OF_MONTH =
  /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s+(?:tuần\s+)?(?:đầu tiên|cuối cùng|cuối|đầu|thứ\s+(?:nhất|hai|ba|tư))\s+(?:(?:của\s+)?(?:mỗi|hằng|hàng|các)\s+|của\s+)?tháng(?![\s/.-]*\d)(?!\s+(?:này|đó|sau|tới))/iu;

function readWeekdayOfMonth(text: string): DeadlineRead | undefined {
  const m = WEEKDAY_OF_MONTH.exec(text);
  if (!m) return undefined;
  return {
    deadline: { kind: 'recurrence', text: m[0], reading: `Hằng tháng, vào ${m[0]}.`, recurrence: { frequency: 'monthly' } },
    notes: ['Việc làm hằng tháng vào một ngày trong tuần, không cố định ngày; cần kiểm tra.'],
  };
}

const QUARTER_END_DAY = /(trước|chậm nhất|trong)?\s*(?:ngày\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+cuối\s+(?:mỗi\s+|hằng\s+|hàng\s+|của\s+)?quý/iu;

/**
 * "định kỳ quý, 6 tháng, năm; … trước ngày 12 của tháng cuối kỳ báo cáo": several cadences share one due day in the last month
 * of each period; the shortest, the quarter, sets when it falls due
 */
const PERIOD_END_DAY = /(trước|chậm nhất|trong)?\s*(?:ngày\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+)?kỳ(?:\s+báo cáo)?(?!\s*\d)/iu;
const QUARTER_CADENCE = /(?:định kỳ|hằng|hàng|mỗi|báo cáo)\s+(?:hằng\s+)?quý(?!\s*[IVX\d])/iu;

/** "hằng quý (trước ngày 20 tháng cuối quý)": quarterly, due in the quarter's third month. */
function readQuarterEndDay(text: string): DeadlineRead | undefined {
  const m = QUARTER_END_DAY.exec(text) ?? (QUARTER_CADENCE.test(text) ? PERIOD_END_DAY.exec(text) : null);
  if (!m) return undefined;
  const day = Number(m[2]) - (m[1] && /^trước$/iu.test(m[1]) ? 1 : 0);
  if (day < 1 || day > 31) return undefined;
  // a quarterly day is a day of the quarter's last month, as the occurrences count it (Decree 09/2019/NĐ-CP)
  return {
    deadline: {
      kind: 'recurrence',
      text: m[0].trim(),
      reading: `Hằng quý, hạn hết ngày ${day} của tháng cuối quý.`,
      recurrence: { frequency: 'quarterly', dueDay: day, dayOfPeriod: day },
    },
    notes: [],
  };
}

// "… tháng đầu quý sau", "… tháng đầu của mỗi quý" (the report on the quarter before); not "tháng đầu quý III/2025", one date
const NEXT_QUARTER_DAY =
  /(trước|chậm nhất)?\s*(?:ngày\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+đầu\s+(?:của\s+)?(?:quý\s+(?:sau|tiếp theo)|(?:mỗi|các|hằng|hàng)\s+quý(?!\s+[IVX]+\b|\s*\d))/iu;

/** "trước ngày 10 tháng đầu quý sau", "trước ngày 05 tháng đầu của mỗi quý": a quarterly report, due early in the next quarter. */
function readNextQuarterDay(text: string): DeadlineRead | undefined {
  const m = NEXT_QUARTER_DAY.exec(text);
  if (!m) return undefined;
  const day = Number(m[2]) - (m[1] && /^trước$/iu.test(m[1]) ? 1 : 0);
  if (day < 1 || day > 31) return undefined;
  return {
    deadline: {
      kind: 'recurrence',
      text: m[0].trim(),
      reading: `Hằng quý, hạn hết ngày ${day} của tháng đầu quý sau.`,
      // the report on each quarter, due in the next one's first month (not the quarter's own last month)
      recurrence: { frequency: 'quarterly', dueDay: day, dayOfPeriod: day, afterPeriod: true },
    },
    notes: [],
  };
}

const SPECIAL_CASE = /^(.*?)[,;]\s*riêng\s+(?:việc\s+|đối với\s+)?(.+?)\s+(?:phải\s+)?(?:hoàn thành|hoàn tất|xong|thực hiện)\b/iu;

/**
 * "Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị … hoàn thành trong quý II/2020",
 * written once for several items: the special date belongs to the item that does that work; the others
 * keep the general time. Returns the part of the time text that applies to the item with `body`.
 */
export function timeForItem(timeText: string, body: string): string {
  const value = timeText.replace(/^[^:]{3,40}:\s*/, '');
  const m = SPECIAL_CASE.exec(value);
  if (!m || /^năm\s+\d{4}/iu.test(m[2]!)) return timeText;
  const work = m[2]!
    .split(/\s+(?:Chỉ thị|Nghị quyết|Kế hoạch|Quyết định|Chương trình|Luật|các văn bản|văn bản)(?=\s|$)/iu)[0]!
    .split(/,|\s+và\s+/u)
    .map((w) => foldSameLength(w.trim()).split(/\s+/).slice(0, 2).join(' '))
    .filter((w) => w.length > 2);
  const folded = foldSameLength(body);
  return work.length > 0 && work.every((w) => folded.includes(w)) ? timeText : m[1]!;
}

/** "trước ngày 15/6 và ngày 15/12 hằng năm", "định kỳ 6 tháng, trước ngày 20/6 và 20/12", "… ngày 10 tháng 6 và ngày 10 tháng 12": the same day six months apart */
const TWICE_A_YEAR =
  /(?:trước|chậm nhất|vào)?\s*(?:ngày\s+)?(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})\s+và\s+(?:(?:trước\s+)?ngày\s+)?(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?![/\d])/iu;

function readTwiceAYear(text: string): DeadlineRead | undefined {
  const m = TWICE_A_YEAR.exec(text);
  if (!m || !/(?:6 tháng|sáu tháng|hằng năm|hàng năm|mỗi năm)/iu.test(text)) return undefined;
  const [d1, m1, d2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  // "định kỳ 6 tháng, trước ngày 15/6 và 15/11": the half-year's report and the year's, due a month before the year ends
  const yearReportEarly = m1 === 6 && m2 === 11 && /(?:6|sáu) tháng/iu.test(text);
  if (d1 !== d2 || (m2 - m1 !== 6 && !yearReportEarly) || m1 < 1 || m1 > 6) return undefined;
  const phrase = m[0].trim();
  // "trước ngày 15/6 và 15/12": the day falls in the last month of each half-year, the day the plan file counts
  const day = d1 - (/^trước\b/iu.test(phrase) ? 1 : 0);
  if (m1 === 6 && day >= 1) {
    return {
      deadline: {
        kind: 'recurrence',
        text: phrase,
        reading: `6 tháng một lần, hạn hết ngày ${day} của tháng cuối mỗi 6 tháng (${phrase}).`,
        recurrence: { frequency: 'half_yearly', dueDay: day, dayOfPeriod: day },
      },
      notes: [],
    };
  }
  return {
    deadline: { kind: 'recurrence', text: phrase, reading: `6 tháng một lần: ${phrase}.`, recurrence: { frequency: 'half_yearly' } },
    notes: [`Việc làm 6 tháng một lần, hạn "${phrase}"; cần ghi ngày hạn của mỗi kỳ.`],
  };
}

/** "Quý II và quý IV hằng năm", "vào quý I và quý III mỗi năm": two quarters half a year apart, every year, is once each half-year */
const TWO_QUARTERS_A_YEAR = /quý\s+(I|II)\s+và\s+(?:quý\s+)?(III|IV)\s+(?:hằng|hàng|mỗi)\s+năm/iu;

function readTwoQuartersAYear(text: string): DeadlineRead | undefined {
  const m = TWO_QUARTERS_A_YEAR.exec(text);
  if (!m || m[2]!.toUpperCase() !== (m[1]!.toUpperCase() === 'I' ? 'III' : 'IV')) return undefined;
  const phrase = m[0].trim();
  return {
    deadline: { kind: 'recurrence', text: phrase, reading: `6 tháng một lần: ${phrase}.`, recurrence: { frequency: 'half_yearly' } },
    notes: [`Việc làm 6 tháng một lần, hạn "${phrase}"; cần ghi ngày hạn của mỗi kỳ.`],
  };
}

/** "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)": a half-yearly report whose yearly one has a day of its own */
const HALF_YEAR_AND_YEAR =
  /(?:6|sáu) tháng\s*[(,]?\s*(trước|chậm nhất|vào)?\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?![/\d])\)?\s*,?\s+và\s+(?:cả\s+|hằng\s+|hàng\s+)?năm\s*[(,]?\s*(?:trước|chậm nhất|vào)?\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?![/\d])\)?/iu;

function readHalfYearAndYear(text: string): DeadlineRead | undefined {
  const m = HALF_YEAR_AND_YEAR.exec(text);
  if (!m || !/(?:^|\s)(?:định kỳ|hằng|hàng)\s/iu.test(text.slice(0, m.index + 1))) return undefined;
  const phrase = m[0].trim();
  const day = Number(m[2]) - (m[1] && /^trước$/iu.test(m[1]) ? 1 : 0);
  const recurrence =
    Number(m[3]) === 6 && day >= 1 ? { frequency: 'half_yearly' as const, dueDay: day, dayOfPeriod: day } : { frequency: 'half_yearly' as const };
  return {
    deadline: { kind: 'recurrence', text: phrase, reading: `6 tháng một lần (${phrase}).`, recurrence },
    notes: [`Báo cáo 6 tháng và báo cáo năm có hạn riêng ("${phrase}"); cần kiểm tra hạn báo cáo năm.`],
  };
}
