import type { PlanFile } from './plan-schema.ts';
import type { CurrentTask } from './reuse-current-codes.ts';

/**
 * A plan sent again: a drafted duty that took a current task's code (reuseCurrentCodes) keeps the
 * deadline the committee decided for that task after import (/doihan, an approved extension) instead
 * of the document's date, which importing would otherwise put back silently. Its review notes say what
 * the document wrote. A recurring duty keeps its recurrence. Returns the file and how many were carried.
 */
export function carryDecidedDeadlines(
  file: PlanFile,
  input: { current: readonly CurrentTask[]; matched: ReadonlySet<string> },
): { file: PlanFile; carried: number } {
  const byCode = new Map(input.current.map((task) => [task.code, task]));
  let carried = 0;
  const tasks = file.tasks.map((task) => {
    const decided = input.matched.has(task.code) ? byCode.get(task.code)?.decidedDeadline : undefined;
    if (!decided || task.recurrence || task.deadline === decided) return task;
    carried++;
    const note = `Hạn lấy theo kế hoạch đang theo dõi: Ban Chỉ đạo đã gia hạn/đổi hạn nhiệm vụ ${task.code} đến ${dateVi(decided)}; văn bản ghi: ${task.deadline ? dateVi(task.deadline) : 'không có hạn'}.`;
    return { ...task, deadline: decided, review_notes: [...(task.review_notes ?? []), note] };
  });
  return carried === 0 ? { file, carried } : { file: { ...file, tasks }, carried };
}

/** "2023-10-15" or "2023-10-15T17:00" → "15/10/2023" or "15/10/2023 17:00" */
function dateVi(local: string): string {
  const [date = '', time] = local.split('T');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}${time ? ` ${time}` : ''}`;
}
