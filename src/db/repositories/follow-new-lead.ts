import { statusAfterLeadChange } from '../../core/status/status-after-lead-change.ts';
import type { TaskStatus } from '../../core/status/task-status.ts';
import type { Prisma } from '../generated/sqlite/client.ts';

type Tx = Prisma.TransactionClient;

/**
 * After a task's units are set: if its lead is another unit than `formerLeadUnitId`, an open task takes
 * the new lead's own part as its status and percent (statusAfterLeadChange). Inside the caller's transaction.
 */
export async function followNewLead(tx: Tx, taskId: number, formerLeadUnitId: number | null): Promise<void> {
  const lead = await tx.assignment.findFirst({ where: { taskId, role: 'lead', removedAt: null } });
  if (!lead || lead.unitId === formerLeadUnitId) return;
  const task = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { status: true, percent: true } });
  const next = statusAfterLeadChange(
    { status: task.status as TaskStatus, percent: task.percent },
    { status: lead.status as TaskStatus, percent: lead.percent },
  );
  if (next) await tx.task.update({ where: { id: taskId }, data: { status: next.status, percent: next.percent } });
}
