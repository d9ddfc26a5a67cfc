import { t } from '../i18n/translate.ts';
import type { Locale, TaskRecord } from '../model/records.ts';
import type { ImportSummary } from '../ports/plan-store.ts';
import { dateOrNone } from './move-deadline.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import type { WorkflowPorts } from './ports.ts';

/**
 * After a plan was imported again: every group of a unit that had a kept task whose deadline or
 * assignment the import changed gets a short notice, as /doihan and /giao send. A card edit notifies
 * nobody and a messenger without edits (Zalo) gets none, so without it a unit would not learn that
 * its deadline moved; a task archived before and back in the plan is announced as back (its units were
 * told it left). Units newly named on a task are not told here: they get its card. Returns the
 * groups reached.
 */
export async function notifyReimportChanges(
  ports: WorkflowPorts,
  input: { summary: Pick<ImportSummary, 'planId' | 'planNumber' | 'deadlineChanges' | 'told'>; now: Date },
): Promise<number> {
  const { summary, now } = input;
  if (summary.told.length === 0) return 0;
  const tasks = new Map((await ports.stores.tasks.listTasks({ planId: summary.planId })).map((task) => [task.code, task]));
  let reached = 0;
  for (const change of summary.told) {
    const task = tasks.get(change.code);
    if (!task) continue;
    const moved = change.deadline ? summary.deadlineChanges.find((c) => c.code === change.code) : undefined;
    reached += await notifyUnitChats(ports, {
      unitIds: change.unitIds,
      taskId: task.id,
      key: `reimport:${task.id}:${now.getTime()}`,
      now,
      compose: (locale, unitId) => ({
        html:
          t(locale, change.restored ? 'reimport.restored_notice' : 'reimport.unit_notice', { plan: summary.planNumber, code: task.code, title: task.title }) +
          (moved ? t(locale, 'reimport.deadline_line', { from: dateOrNone(moved.from, locale), to: dateOrNone(moved.to, locale) }) : '') +
          (change.roles ? rolesLine(task, unitId, locale) : ''),
      }),
    });
  }
  return reached;
}

function rolesLine(task: TaskRecord, unitId: number, locale: Locale): string {
  const lead = task.assignments.find((a) => a.role === 'lead')?.unitName ?? '—';
  const support = task.assignments.filter((a) => a.role === 'support').map((a) => a.unitName);
  const line = t(locale, 'reimport.roles_line', { lead, support: support.length > 0 ? `; ${t(locale, 'role.support')}: ${support.join(', ')}` : '' });
  return task.assignments.some((a) => a.unitId === unitId) ? line : line + t(locale, 'reimport.no_longer_yours');
}
