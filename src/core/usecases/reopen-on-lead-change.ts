import { t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { Actor, AssignmentRecord, TaskRecord } from '../model/records.ts';
import type { ReopenTask } from '../ports/task-store.ts';
import { partWithoutDone } from '../status/status-after-lead-change.ts';
import type { TaskStatus } from '../status/task-status.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import type { WorkflowPorts } from './ports.ts';
import { closeDoneAsks, findPendingDone } from './steering-done-ask.ts';

/** Statuses that speak of the lead's "done" (awaiting confirmation, or sent back): they were the former lead's. */
const LEAD_DONE_STATUSES: readonly TaskStatus[] = ['awaiting_confirmation', 'returned'];

/**
 * `/giao` moving the lead of a task whose former lead reported it done (or had it returned): that
 * "done" was the former lead's and no longer waits for anyone's confirmation, else a confirmation
 * would credit the new lead with work it never reported. The task follows the new lead's own part.
 */
export async function reopenForNewLead(
  ports: WorkflowPorts,
  input: { task: TaskRecord; newLeadId: number; newLeadName: string },
): Promise<{ reopen: ReopenTask; pending: ReturnType<typeof findPendingDone>; formerLead: AssignmentRecord } | null> {
  const { task } = input;
  const formerLead = task.assignments.find((a) => a.role === 'lead');
  if (!formerLead || formerLead.unitId === input.newLeadId || !LEAD_DONE_STATUSES.includes(task.status)) return null;
  const pending = task.status === 'awaiting_confirmation' ? findPendingDone(await ports.stores.reports.history(task.id, 500), formerLead.unitId) : null;
  const reopen: ReopenTask = {
    ...partWithoutDone(task.assignments.find((a) => a.unitId === input.newLeadId)),
    formerLeadPart: partWithoutDone(formerLead),
    closed: { reportId: pending?.id ?? null, unitId: formerLead.unitId, unitName: formerLead.unitName, leadName: input.newLeadName },
  };
  return { reopen, pending, formerLead };
}

/** Every steering group's request to confirm the former lead's "done" is edited to say why it closed, without buttons. */
export async function closeFormerLeadAsks(
  ports: WorkflowPorts,
  input: { task: TaskRecord; closing: NonNullable<Awaited<ReturnType<typeof reopenForNewLead>>>; reason: string; actor: Actor; now: Date },
): Promise<void> {
  const { pending, formerLead, reopen } = input.closing;
  if (!pending) return;
  await closeDoneAsks(ports, {
    task: input.task,
    report: pending,
    unitName: formerLead.unitName,
    now: input.now,
    decision: (locale) =>
      t(locale, 'decision.reassigned_line', {
        unit: formerLead.unitName,
        lead: reopen.closed.leadName,
        at: formatDateTimeVi(input.now),
        by: input.actor.name ?? input.actor.id,
        reason: noticeQuote(input.reason),
      }),
  });
}
