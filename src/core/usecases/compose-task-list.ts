import type { WorkCalendar } from '../time/work-calendar.ts';
import { bucketTasks, type TaskBucket } from '../digest/bucket-tasks.ts';
import { taskRow, unitRows } from '../digest/digest-rows.ts';
import { spansPlans, taskLineHtml } from '../digest/task-line.ts';
import type { DigestTask } from '../digest/types.ts';
import { t } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/messages-vi.ts';
import type { Locale } from '../model/records.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { formatDateVi } from '../time/zone.ts';
import { isDoneState } from '../status/derive-task-state.ts';
import { type PendingExtensionOnCard, pendingExtensionLines } from './compose-task-message.ts';

/** An extension still waiting for the steering group's decision (ExtensionStore.listPending), shown as the card shows it. */
export interface PendingExtensionInList extends PendingExtensionOnCard {
  taskId: number;
}

export interface TaskListOptions {
  calendar?: WorkCalendar;
  pendingExtensions?: readonly PendingExtensionInList[];
}

/** The lines under a task's line: its undecided extensions, worded as the card words them for that unit. */
function extensionLines(views: readonly TaskView[], pending: readonly PendingExtensionInList[], unitId: number | null, locale: Locale) {
  const byTask = new Map(views.map((view) => [String(view.task.id), view]));
  return (row: DigestTask): string[] => {
    const view = byTask.get(row.taskId);
    const own = pending.filter((p) => String(p.taskId) === row.taskId);
    if (!view || own.length === 0 || isDoneState(view.state)) return [];
    return pendingExtensionLines(view.task, unitId ?? -1, own, locale);
  };
}

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

function bucketSections(
  rows: DigestTask[],
  now: Date,
  locale: Locale,
  calendar: WorkCalendar | undefined,
  extra: (row: DigestTask) => string[],
  showPlan = spansPlans(rows),
): string[] {
  const { lists } = bucketTasks(rows);
  const lineOptions = { ...(calendar ? { calendar } : {}), ...(showPlan ? { showPlan } : {}) };
  const out: string[] = [];
  for (const section of LIST_SECTIONS) {
    const list = section.buckets.flatMap((b) => lists[b]);
    if (list.length === 0) continue;
    out.push(
      `<b>${t(locale, section.key)} (${list.length})</b>\n${list.map((r) => [taskLineHtml(r, now, locale, lineOptions), ...extra(r).map((line) => `  ${line}`)].join('\n')).join('\n')}`,
    );
  }
  return out;
}

/** `/nhiemvu` in a unit group: the unit's own parts (its role, its state) by bucket. */
export function composeUnitTaskList(
  views: readonly TaskView[],
  unit: { id: number; name: string },
  now: Date,
  locale: Locale,
  options: TaskListOptions = {},
): string {
  const rows = unitRows(views, unit.id);
  const sections = bucketSections(rows, now, locale, options.calendar, extensionLines(views, options.pendingExtensions ?? [], unit.id, locale));
  const title = t(locale, 'list.title_unit', { unit: unit.name, date: formatDateVi(now) });
  const note = rows.some((r) => r.role === 'support') ? [t(locale, 'list.unit_part_note')] : [];
  return [title, ...note, ...(sections.length ? sections : [t(locale, 'list.empty')])].join('\n\n');
}

/** `/nhiemvu` in the steering group: every task (its own state), grouped by its lead unit. */
export function composeAllTaskList(views: readonly TaskView[], now: Date, locale: Locale, options: TaskListOptions = {}): string {
  const extra = extensionLines(views, options.pendingExtensions ?? [], null, locale);
  const byUnit = new Map<string, DigestTask[]>();
  const rows = views.map(taskRow);
  for (const row of rows) byUnit.set(row.unitName, [...(byUnit.get(row.unitName) ?? []), row]);
  const showPlan = spansPlans(rows);
  const parts = [t(locale, 'list.title_all', { date: formatDateVi(now) })];
  if (byUnit.size === 0) parts.push(t(locale, 'list.empty'));
  for (const [unitName, unitRowsOf] of byUnit) {
    parts.push([t(locale, 'list.unit_heading', { unit: unitName }), ...bucketSections(unitRowsOf, now, locale, options.calendar, extra, showPlan)].join('\n'));
  }
  return parts.join('\n\n');
}
