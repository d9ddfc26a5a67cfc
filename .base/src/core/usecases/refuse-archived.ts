import type { TaskRecord } from '../model/records.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { formatDateVi } from '../time/zone.ts';
import { refuse, type Refusal } from './ports.ts';

/**
 * A task no longer in its plan (archived by a re-import) takes nothing more: no report, and no
 * decision of the secretariat (confirm, return, resolve, extension, undo). Whatever was stored there
 * would show in no view. Every use case that acts on a task by its id asks this first.
 */
export function refuseArchived(task: TaskRecord): Refusal | null {
  if (task.archivedAt === null) return null;
  return refuse('refuse.task_archived', { code: task.code, plan: task.planNumber, date: formatDateVi(task.archivedAt) });
}

/** A typed code that names no current task: "archived on …" when it was archived, else "not found". */
export async function unknownTaskRefusal(tasks: Pick<TaskStore, 'findArchivedTaskByCode'>, code: string): Promise<Refusal> {
  const archived = await tasks.findArchivedTaskByCode(code);
  return (archived && refuseArchived(archived)) ?? refuse('refuse.task_not_found', { code });
}
