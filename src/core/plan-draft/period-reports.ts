import type { DraftTask } from './types.ts';

/**
 * "tổng hợp kết quả 6 tháng và năm, báo cáo UBND tỉnh trước ngày 20/6/2029 và trước ngày 15/12/2029": the half-year report and the
 * year report, each due on its own day every period
 */
const HALF_YEAR_THEN_YEAR =
  /(?:6|sáu) tháng\s*(?:,|và)\s*(?:cả\s+)?năm\b[^;.]*?(trước|chậm nhất|vào)?\s*(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*\d{4})?\s+và\s+(?:(trước|chậm nhất|vào)\s+)?(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*\d{4})?(?![/\d])/iu;

/** One recurring task for the half-year report and one for the year report, or undefined when the task states no such pair. */
export function splitPeriodReports(task: DraftTask): DraftTask[] | undefined {
  const m = HALF_YEAR_THEN_YEAR.exec(task.body);
  if (!m || !/(?:báo cáo|tổng hợp)/iu.test(task.body)) return undefined;
  const [, before1, d1, m1, before2, d2, m2] = m;
  // the half-year report falls due mid-year, the year report at the year's end (or early the next year)
  if (![6, 7].includes(Number(m1)) || ![11, 12, 1].includes(Number(m2))) return undefined;
  const day = (d: string, before: string | undefined) => Number(d) - (before && /^trước$/iu.test(before) ? 1 : 0);
  const half = day(d1!, before1);
  const year = day(d2!, before2 ?? before1);
  if (half < 1 || year < 1) return undefined;
  const base = { ...task, support: [...task.support] };
  const note = 'Tách báo cáo 6 tháng và báo cáo năm thành hai việc định kỳ; cần kiểm tra.';
  return [
    {
      ...base,
      title: `${task.title} (báo cáo 6 tháng)`,
      reviewNotes: [...task.reviewNotes, note],
      deadline: {
        kind: 'recurrence',
        text: m[0],
        reading: `6 tháng một lần, hạn ngày ${half} tháng cuối kỳ.`,
        recurrence: { frequency: 'half_yearly', dueDay: half, dayOfPeriod: half },
      },
    },
    {
      ...base,
      support: [...task.support],
      title: `${task.title} (báo cáo năm)`,
      reviewNotes: [...task.reviewNotes, note],
      deadline: {
        kind: 'recurrence',
        text: m[0],
        reading: `Hằng năm, hạn hết ngày ${year}/${Number(m2)}.`,
        recurrence: { frequency: 'yearly', dueDay: year, dayOfPeriod: year, monthOfYear: Number(m2) },
      },
    },
  ];
}
