/**
 * Which units owe a recurring duty's occurrence: each unit (lead and supporting) reports each occurrence
 * itself, so a missed occurrence is named with the units that have not reported it, not with the lead
 * that may have (QA4 #1). A one-off task has no occurrences: its lead answers for it.
 */
import type { PartState, TaskView } from './derive-task-state.ts';

/** The parts that still owed occurrence `key` at `now` (never reported it, or reported it only after). */
export function partsOwing(view: Pick<TaskView, 'parts'>, key: string, now: Date): PartState[] {
  return view.parts.filter((p) => p.occurrences.some((o) => o.key === key && (o.reportedAt === null || o.reportedAt.getTime() > now.getTime())));
}

/**
 * The units to name beside an owed occurrence, when they are not simply the lead: "Công an thành phố
 * Trà Vinh (phối hợp)"; null when the lead alone owes it (or nobody is known to), so callers keep
 * naming the lead as for any task.
 */
export function owingUnitsText(
  view: Pick<TaskView, 'parts'>,
  key: string | null,
  now: Date,
  roleName: (role: PartState['role']) => string,
  short = false,
): string | null {
  if (!key) return null;
  const owing = partsOwing(view, key, now);
  if (owing.length === 0 || (owing.length === 1 && owing[0]!.role === 'lead')) return null;
  return owing.map((p) => `${short ? (p.assignment.unitShortName ?? p.assignment.unitName) : p.assignment.unitName} (${roleName(p.role)})`).join(', ');
}
