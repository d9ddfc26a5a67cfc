import type { TaskStatus } from './task-status.ts';

interface StatusAndPercent {
  status: TaskStatus;
  percent: number | null;
}

/**
 * A unit's own part with no "done" the committee has not confirmed: the new lead's (it never reported
 * the task done as lead), and a former lead's, whose "done" a reassignment closed.
 */
export function partWithoutDone(part: StatusAndPercent | undefined): StatusAndPercent {
  if (!part || part.status === 'not_started') return { status: 'not_started', percent: part?.percent ?? null };
  if (part.status === 'blocked' || part.status === 'in_progress') return { status: part.status, percent: part.percent };
  return { status: 'in_progress', percent: part.percent === 100 ? null : part.percent };
}

const OPEN_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'blocked'];

/**
 * An open task's status and percent are its lead's: when the lead changes (`/giao`, a re-import), the task
 * takes the new lead's own part, never the former lead's figure (QA15 #1: a new lead's card said 70%
 * while its part was "Chưa thực hiện"). A task whose lead reported done is handled by the reopen rule;
 * a closed task keeps its status. Null: nothing to change.
 */
export function statusAfterLeadChange(task: StatusAndPercent, newLeadPart: StatusAndPercent | undefined): StatusAndPercent | null {
  if (!OPEN_STATUSES.includes(task.status)) return null;
  const next = partWithoutDone(newLeadPart);
  return next.status === task.status && next.percent === task.percent ? null : next;
}
