import type { DeadlineContext } from '../deadline/types.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';

/** "Giai đoạn 1 (Tuần 1 - Tuần 2, từ 27/11 đến 10/12/2029)", "Cao điểm thực hiện trong 08 tuần, từ ngày 27/11/2029 …" */
const FIRST_WEEK_SPAN =
  /(?:tuần\s+1\b|\b\d{1,2}\s+tuần\b)[^()\n]{0,40}?\btừ\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
/** "hoàn thành trong Tuần 1", "đợt 2 trong tuần 6", "xong trước hết Tuần 3" */
const WITHIN_WEEK = /(?<![\p{L}\d])(?:trong|hết|cuối|trước hết)\s+tuần\s+(\d{1,2})(?![\p{L}\d/])/iu;

const cache = new WeakMap<readonly string[], string | null>();

/**
 * A campaign counted in numbered weeks: the day its week 1 starts, read from the line that gives week 1 (or the number of weeks)
 * with its span. Undefined when the document counts no weeks.
 */
export function campaignWeekOne(lines: readonly string[]): string | undefined {
  if (!cache.has(lines)) {
    let found: string | null = null;
    for (const line of lines) {
      const m = FIRST_WEEK_SPAN.exec(line);
      if (!m) continue;
      const [, day, month, year, endMonth, endYear] = m;
      // "từ 27/11 đến 10/01/2030": a start without its year lies in the end's year, or the year before when its month is later
      const startYear = year ? Number(year) : Number(endYear) - (Number(month) > Number(endMonth) ? 1 : 0);
      found = `${startYear}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      break;
    }
    cache.set(lines, found);
  }
  return cache.get(lines) ?? undefined;
}

/** "trong Tuần 3" of a campaign whose week 1 starts on ctx.campaignWeekOne: due on the last day of that week (flagged). */
export function readCampaignWeek(text: string, ctx: DeadlineContext): DeadlineRead | undefined {
  if (!ctx.campaignWeekOne) return undefined;
  const m = WITHIN_WEEK.exec(text);
  if (!m || Number(m[1]) < 1) return undefined;
  const start = new Date(`${ctx.campaignWeekOne}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 7 * (Number(m[1]) - 1));
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 6);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const vi = (d: string) => d.split('-').reverse().join('/');
  return {
    deadline: {
      kind: 'due',
      text: m[0],
      reading: `${m[0]}: tuần thứ ${m[1]} của đợt (${vi(day(start))} – ${vi(day(end))}), hạn hết ${vi(day(end))}.`,
      due: day(end),
    },
    notes: [`Hạn tính theo tuần của đợt ("${m[0]}"), tuần 1 bắt đầu ${vi(ctx.campaignWeekOne)}; cần kiểm tra.`],
  };
}
