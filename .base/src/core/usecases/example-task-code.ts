import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { TaskStore } from '../ports/task-store.ts';

/**
 * The task code an example shown to a unit's group uses ("@Điều phối GD1-01 xong rồi"): one of the
 * unit's own current tasks (open before closed, led before supported, then by code), since another
 * unit's code would be refused when typed. None (no unit, no tasks): a neutral placeholder.
 */
export async function exampleTaskCode(tasks: Pick<TaskStore, 'listTasks'>, unitId: number | null, locale: Locale): Promise<string> {
  const own = unitId === null ? [] : await tasks.listTasks({ unitId });
  const rank = (task: (typeof own)[number]) => {
    const mine = task.assignments.find((a) => a.unitId === unitId);
    const closed = task.status === 'done' || mine?.status === 'done' ? 2 : 0;
    return closed + (mine?.role === 'lead' ? 0 : 1);
  };
  const [best] = [...own].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  return best?.code ?? t(locale, 'example.task_code').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
