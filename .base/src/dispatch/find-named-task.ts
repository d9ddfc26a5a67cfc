import type { AppDeps } from '../app-deps.ts';
import type { TaskRecord } from '../core/model/records.ts';
import { taskCodeCandidates } from '../core/replies/find-task-code.ts';

/**
 * The first word of the text that is the code of an active task, and the text without it; failing
 * that, an archived task's (so that a report naming it is refused as archived, not ignored).
 */
export async function findNamedTask(deps: Pick<AppDeps, 'stores'>, text: string): Promise<{ task: TaskRecord; rest: string } | null> {
  for (const candidate of taskCodeCandidates(text)) {
    const task = await deps.stores.tasks.findTaskByCode(candidate.code);
    if (task) return { task, rest: text.replace(candidate.written, ' ').replace(/\s+/g, ' ').trim() };
  }
  for (const candidate of taskCodeCandidates(text)) {
    const task = await deps.stores.tasks.findArchivedTaskByCode(candidate.code);
    if (task) return { task, rest: text.replace(candidate.written, ' ').replace(/\s+/g, ' ').trim() };
  }
  return null;
}
