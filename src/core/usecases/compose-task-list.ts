import { bucketTasks, type TaskBucket } from '../digest/bucket-tasks.ts';
import { taskLineHtml } from '../digest/task-line.ts';
import type { DigestTask } from '../digest/types.ts';
import { t } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/messages-vi.ts';
import type { Locale, TaskRecord } from '../model/records.ts';
import { formatDateVi } from '../time/zone.ts';
import { toDigestTasks } from './to-digest-tasks.ts';

/** The order /nhiemvu lists buckets in; both kinds of "done" share one heading. */
const SECTIONS: { key: MessageKey; buckets: TaskBucket[] }[] = [
  { key: 'bucket.overdue', buckets: ['overdue'] },
  { key: 'bucket.due_soon', buckets: ['due_soon'] },
  { key: 'bucket.in_progress', buckets: ['in_progress'] },
  { key: 'bucket.awaiting_confirmation', buckets: ['awaiting_confirmation'] },
  { key: 'bucket.not_started', buckets: ['not_started'] },
  { key: 'bucket.done', buckets: ['done_on_time', 'done_late'] },
];

function bucketSections(tasks: DigestTask[], now: Date, locale: Locale, showUnit: boolean): string[] {
  const { lists } = bucketTasks(tasks, now);
  const out: string[] = [];
  for (const section of SECTIONS) {
    const rows = section.buckets.flatMap((b) => lists[b]);
    if (rows.length === 0) continue;
    out.push(`<b>${t(locale, section.key)} (${rows.length})</b>\n${rows.map((r) => taskLineHtml(r, now, locale, { showUnit })).join('\n')}`);
  }
  return out;
}

/** `/nhiemvu` in a unit group: the unit's tasks by bucket. */
export function composeUnitTaskList(tasks: readonly TaskRecord[], unit: { id: number; name: string }, now: Date, locale: Locale): string {
  const rows = toDigestTasks(tasks, unit.id);
  const sections = bucketSections(rows, now, locale, false);
  const title = t(locale, 'list.title_unit', { unit: unit.name, date: formatDateVi(now) });
  return [title, ...(sections.length ? sections : [t(locale, 'list.empty')])].join('\n\n');
}

/** `/nhiemvu` in the steering group: every task, grouped by its lead unit. */
export function composeAllTaskList(tasks: readonly TaskRecord[], now: Date, locale: Locale): string {
  const rows = toDigestTasks(tasks, undefined, true);
  const byUnit = new Map<string, DigestTask[]>();
  for (const row of rows) byUnit.set(row.unitName, [...(byUnit.get(row.unitName) ?? []), row]);
  const parts = [t(locale, 'list.title_all', { date: formatDateVi(now) })];
  if (byUnit.size === 0) parts.push(t(locale, 'list.empty'));
  for (const [unitName, unitRows] of byUnit) {
    parts.push([t(locale, 'list.unit_heading', { unit: unitName }), ...bucketSections(unitRows, now, locale, false)].join('\n'));
  }
  return parts.join('\n\n');
}
