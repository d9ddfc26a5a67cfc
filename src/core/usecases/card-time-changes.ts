/**
 * Whether time alone changed what a task's cards say: a deadline (the task's, or a recurring duty's
 * occurrence) passed between two instants, so "— đã quá hạn" or the owed periods now read differently.
 * The card is composed at both instants from the same reports and compared, so any time-dependent text
 * a card may carry is caught, not only the ones listed here. The card-deadlines job edits the cards of
 * the tasks for which this is true (jobs/card-deadlines.ts).
 */
import { deriveViews, type ReportsByTask } from '../digest/digest-rows.ts';
import type { TaskRecord } from '../model/records.ts';
import { composeTaskCard } from './compose-task-message.ts';

export function cardsChangedBetween(
  task: TaskRecord,
  from: Date,
  to: Date,
  reports: ReportsByTask = new Map(),
  complete: ReadonlySet<number> = new Set(),
): boolean {
  if (task.archivedAt) return false;
  const [before] = deriveViews([task], from, reports, complete);
  const [after] = deriveViews([task], to, reports, complete);
  if (!before || !after) return false;
  return task.assignments.some((a) => composeTaskCard(before, a.unitId, from, 'vi').html !== composeTaskCard(after, a.unitId, to, 'vi').html);
}
