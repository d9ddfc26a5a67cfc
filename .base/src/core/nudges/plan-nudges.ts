/**
 * Which deadline nudges are due on a given local day. Nudges go out on working days only:
 * 3 and 1 working days before, the morning of the deadline (or the last working day before a deadline
 * that falls on a day off), daily while overdue up to a cap, and one escalation to the steering group.
 *
 * Overdue is counted in working days after the deadline's local date, because the offices being chased
 * do not work on weekends and holidays: escalating after a Tết break would punish nobody's inaction.
 */
import { addWorkingDays, type WorkCalendar, vietnamCalendar, workingDayOnOrBefore, workingDaysBetween } from '../time/work-calendar.ts';
import type { TaskStatus } from '../status/task-status.ts';
import { localDateKey } from '../time/zone.ts';

export type NudgeKind = 'before_3' | 'before_1' | 'due_today' | 'overdue' | 'escalate';

export interface NudgePolicy {
  /** daily overdue reminders to the unit stop after this many */
  maxOverdue: number;
  /** escalate to the steering group once the task is this many working days overdue */
  escalateAfterWorkingDays: number;
}

export const DEFAULT_NUDGE_POLICY: NudgePolicy = { maxOverdue: 5, escalateAfterWorkingDays: 3 };

export interface PlannedNudge {
  kind: NudgeKind;
  /** unit group (mentioning its focal points) or the steering group */
  target: 'unit' | 'steering';
  /** the local date the nudge belongs to */
  date: string;
  /** idempotency key: a slot is sent once, whatever retries or restarts happen */
  slotKey: string;
  /** working days overdue on `date` (overdue and escalate only) */
  workingDaysOverdue?: number;
}

export interface PlanNudgesInput {
  taskId: string;
  unitId: string;
  due: Date;
  status: TaskStatus;
  /** the local date (yyyy-MM-dd, Asia/Ho_Chi_Minh) the job runs for */
  today: string;
  calendar?: WorkCalendar;
  policy?: Partial<NudgePolicy>;
}

export function nudgeSlotKey(taskId: string, unitId: string, kind: NudgeKind, date: string): string {
  return `nudge:${taskId}:${unitId}:${kind}:${date}`;
}

/**
 * The local day a unit nudge was worded for ("2023-02-28"), read from its key (or a message key made
 * from it); null if none. An escalation is keyed by its scheduled day but worded when it is caught
 * up, so it has none (it must not be dropped).
 */
export function nudgeDayOfKey(key: string): string | null {
  if (!key.startsWith('nudge:') || key.includes(':escalate:')) return null;
  return /:(\d{4}-\d{2}-\d{2})(?::|$)/.exec(key)?.[1] ?? null;
}

const NO_NUDGES: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['done', 'awaiting_confirmation']);

/** The dates of every nudge for a deadline, in order (for previews, task details and tests). */
export function nudgeSchedule(due: Date, calendar: WorkCalendar = vietnamCalendar, policy: Partial<NudgePolicy> = {}): { kind: NudgeKind; date: string }[] {
  const { maxOverdue, escalateAfterWorkingDays } = { ...DEFAULT_NUDGE_POLICY, ...policy };
  const dueDay = localDateKey(due);
  const dueWorkday = workingDayOnOrBefore(dueDay, calendar);
  const schedule: { kind: NudgeKind; date: string }[] = [
    { kind: 'before_3', date: addWorkingDays(dueWorkday, -3, calendar) },
    { kind: 'before_1', date: addWorkingDays(dueWorkday, -1, calendar) },
    { kind: 'due_today', date: dueWorkday },
  ];
  const overdue = Math.max(maxOverdue, escalateAfterWorkingDays);
  for (let n = 1; n <= overdue; n++) {
    const date = addWorkingDays(dueDay, n, calendar);
    if (n <= maxOverdue) schedule.push({ kind: 'overdue', date });
    if (n === escalateAfterWorkingDays) schedule.push({ kind: 'escalate', date });
  }
  return schedule;
}

export function planNudges(input: PlanNudgesInput): PlannedNudge[] {
  const calendar = input.calendar ?? vietnamCalendar;
  const policy = { ...DEFAULT_NUDGE_POLICY, ...input.policy };
  const { taskId, unitId, today } = input;
  if (NO_NUDGES.has(input.status) || !calendar.isWorkingDay(today)) return [];

  const dueDay = localDateKey(input.due);
  const nudge = (kind: NudgeKind, target: PlannedNudge['target'], date: string, overdue?: number): PlannedNudge => ({
    kind,
    target,
    date,
    slotKey: nudgeSlotKey(taskId, unitId, kind, date),
    ...(overdue === undefined ? {} : { workingDaysOverdue: overdue }),
  });

  if (today > dueDay) {
    const overdue = workingDaysBetween(dueDay, today, calendar);
    const planned: PlannedNudge[] = [];
    if (overdue >= 1 && overdue <= policy.maxOverdue) planned.push(nudge('overdue', 'unit', today, overdue));
    // Keyed by the scheduled day, so a missed escalation is caught up later but still sent only once.
    if (overdue >= policy.escalateAfterWorkingDays) {
      const escalationDay = addWorkingDays(dueDay, policy.escalateAfterWorkingDays, calendar);
      planned.push(nudge('escalate', 'steering', escalationDay, overdue));
    }
    return planned;
  }

  const dueWorkday = workingDayOnOrBefore(dueDay, calendar);
  if (today === dueWorkday) return [nudge('due_today', 'unit', today)];
  const before = workingDaysBetween(today, dueWorkday, calendar);
  if (before === 1) return [nudge('before_1', 'unit', today)];
  if (before === 3) return [nudge('before_3', 'unit', today)];
  return [];
}
