import type { TaskRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateTimeVi, formatDateVi, localDateKey } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

/**
 * An extension request still waiting while the task moved on: what was checked when the unit asked
 * (work not finished, the unit on the task, a later date) may no longer hold. Approving it then would
 * change the verdict of a "done" already reported (the guide: a task awaiting confirmation or done is
 * not extended), move the deadline on the word of a unit /giao took off the task, or shorten a deadline
 * moved since. It may still be denied.
 */
export async function refuseStaleApproval(ports: WorkflowPorts, task: TaskRecord, request: ExtensionRequestRecord): Promise<Refusal | null> {
  if (task.status === 'done') return refuse('ext.task_done', { code: task.code });
  if (task.status === 'awaiting_confirmation') {
    return refuse('ext.decide_task_awaiting', { code: task.code, at: task.doneReportedAt ? formatDateTimeVi(task.doneReportedAt) : '' });
  }
  if (!task.assignments.some((a) => a.unitId === request.unitId)) {
    const unit = await ports.stores.directory.getUnit(request.unitId);
    return refuse('ext.decide_unit_removed', { unit: unit?.name ?? '', code: task.code });
  }
  // the deadline already moved to the date asked: approving would change nothing
  if (task.dueAt && localDateKey(request.requestedDueAt) === localDateKey(task.dueAt)) {
    return refuse('ext.decide_same_date', { code: task.code, date: formatDateVi(request.requestedDueAt) });
  }
  if (task.dueAt && localDateKey(request.requestedDueAt) <= localDateKey(task.dueAt)) {
    return refuse('ext.decide_not_later', { code: task.code, date: formatDateVi(request.requestedDueAt), due: formatDateVi(task.dueAt) });
  }
  return null;
}
