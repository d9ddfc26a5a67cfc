import type { WorkCalendar } from '../time/work-calendar.ts';
import { bucketTasks, type TaskBucket } from '../digest/bucket-tasks.ts';
import { taskRow, unitRows } from '../digest/digest-rows.ts';
import { taskLineHtml } from '../digest/task-line.ts';
import type { DigestTask } from '../digest/types.ts';
import { t } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/messages-vi.ts';
import type { Locale } from '../model/records.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { formatDateVi } from '../time/zone.ts';

/** The order /nhiemvu lists buckets in; every kind of "done" shares one heading (each line says its verdict). */
export const LIST_SECTIONS: { key: MessageKey; buckets: TaskBucket[] }[] = [
  { key: 'bucket.overdue', buckets: ['overdue'] },
  { key: 'bucket.due_soon', buckets: ['due_soon'] },
  { key: 'bucket.blocked', buckets: ['blocked'] },
  { key: 'bucket.returned', buckets: ['returned'] },
  { key: 'bucket.in_progress', buckets: ['in_progress'] },
  { key: 'bucket.awaiting_confirmation', buckets: ['awaiting_confirmation'] },
  { key: 'bucket.not_started', buckets: ['not_started'] },
  { key: 'bucket.done', buckets: ['done_on_time', 'done_late', 'done_no_deadline'] },
];

function bucketSections(rows: DigestTask[], now: Date, locale: Locale, calendar?: WorkCalendar): string[] {
  const { lists } = bucketTasks(rows);
  const out: string[] = [];
  for (const section of LIST_SECTIONS) {
    const list = section.buckets.flatMap((b) => lists[b]);
    if (list.length === 0) continue;
    out.push(`<b>${t(locale, section.key)} (${list.length})</b>\n${list.map((r) => taskLineHtml(r, now, locale, calendar ? { calendar } : {})).join('\n')}`);
  }
  return out;
}

/** `/nhiemvu` in a unit group: the unit's own parts (its role, its state) by bucket. */
export function composeUnitTaskList(
  views: readonly TaskView[],
  unit: { id: number; name: string },
  now: Date,
  locale: Locale,
  calendar?: WorkCalendar,
): string {
  const rows = unitRows(views, unit.id);
  const sections = bucketSections(rows, now, locale, calendar);
  const title = t(locale, 'list.title_unit', { unit: unit.name, date: formatDateVi(now) });
  const note = rows.some((r) => r.role === 'support') ? [t(locale, 'list.unit_part_note')] : [];
  return [title, ...note, ...(sections.length ? sections : [t(locale, 'list.empty')])].join('\n\n');
}

/** `/nhiemvu` in the steering group: every task (its own state), grouped by its lead unit. */
export function composeAllTaskList(views: readonly TaskView[], now: Date, locale: Locale, calendar?: WorkCalendar): string {
  const byUnit = new Map<string, DigestTask[]>();
  for (const row of views.map(taskRow)) byUnit.set(row.unitName, [...(byUnit.get(row.unitName) ?? []), row]);
  const parts = [t(locale, 'list.title_all', { date: formatDateVi(now) })];
  if (byUnit.size === 0) parts.push(t(locale, 'list.empty'));
  for (const [unitName, unitRowsOf] of byUnit) {
    parts.push([t(locale, 'list.unit_heading', { unit: unitName }), ...bucketSections(unitRowsOf, now, locale, calendar)].join('\n'));
  }
  return parts.join('\n\n');
}
