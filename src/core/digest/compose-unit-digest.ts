/** The morning digest for one unit's group: what is late, what is close, what waits, who went quiet. */
import { calendarDaysBetween, formatDateVi } from '../time/zone.ts';
import { escapeHtml } from '../text/html.ts';
import { bucketTasks, byDueThenCode, type TaskBucket } from './bucket-tasks.ts';
import { silentTaskLineHtml, taskLineHtml } from './task-line.ts';
import type { DigestTask, Locale } from './types.ts';

export interface UnitDigestInput {
  unitName: string;
  tasks: readonly DigestTask[];
  now: Date;
  locale: Locale;
  /** open tasks without a report for this many days are listed */
  silentDays?: number;
}

const SECTIONS: { bucket: TaskBucket; icon: string; vi: string; en: string }[] = [
  { bucket: 'overdue', icon: '🔴', vi: 'Quá hạn', en: 'Overdue' },
  { bucket: 'due_soon', icon: '🟠', vi: 'Sắp đến hạn (≤ 3 ngày)', en: 'Due soon (≤ 3 days)' },
  { bucket: 'in_progress', icon: '🔵', vi: 'Đang thực hiện', en: 'In progress' },
  { bucket: 'awaiting_confirmation', icon: '🟣', vi: 'Chờ xác nhận', en: 'Awaiting confirmation' },
];

/** Open tasks (not done, not awaiting confirmation) with no report for silentDays, or never reported. */
export function silentTasks(tasks: readonly DigestTask[], now: Date, silentDays: number): DigestTask[] {
  return tasks
    .filter((t) => t.status !== 'done' && t.status !== 'awaiting_confirmation')
    .filter((t) => !t.lastReportAt || calendarDaysBetween(t.lastReportAt, now) >= silentDays)
    .sort(byDueThenCode);
}

export function composeUnitDigest({ unitName, tasks, now, locale, silentDays = 7 }: UnitDigestInput): string {
  const vi = locale === 'vi';
  const { counts, lists } = bucketTasks(tasks, now);
  const title = vi ? 'Tổng hợp nhiệm vụ' : 'Task digest';
  const lines = [`📋 <b>${title} — ${escapeHtml(unitName)} — ${formatDateVi(now)}</b>`];
  const done = counts.done_on_time + counts.done_late;
  lines.push(
    vi
      ? `Tổng số: ${tasks.length} nhiệm vụ · hoàn thành ${done} · chưa thực hiện ${counts.not_started}`
      : `Total: ${tasks.length} tasks · done ${done} · not started ${counts.not_started}`,
  );

  let anything = false;
  for (const section of SECTIONS) {
    const list = lists[section.bucket];
    if (list.length === 0) continue;
    anything = true;
    lines.push('', `${section.icon} <b>${vi ? section.vi : section.en}: ${list.length}</b>`);
    for (const task of list) lines.push(taskLineHtml(task, now, locale));
  }

  const silent = silentTasks(tasks, now, silentDays);
  if (silent.length > 0) {
    anything = true;
    const heading = vi ? `Chưa báo cáo trong ${silentDays} ngày` : `No report for ${silentDays} days`;
    lines.push('', `🔕 <b>${heading}: ${silent.length}</b>`);
    for (const task of silent) lines.push(silentTaskLineHtml(task, locale));
  }

  if (!anything) lines.push('', vi ? '✅ Không có nhiệm vụ cần chú ý.' : '✅ Nothing needs attention.');
  return lines.join('\n');
}
