/**
 * Nudges for a recurring duty ("báo cáo trước ngày 20 hằng tháng"): each occurrence the unit owes is
 * nudged like a task with its own deadline, until the unit reports for it. Which occurrences are owed
 * and reported is decided in status/owed-deadline.ts, the rule every view reads too.
 */
import { addDays } from '../time/local-date.ts';
import { type WorkCalendar, vietnamCalendar } from '../time/work-calendar.ts';
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import { type NudgePolicy, type PlannedNudge, planNudges } from '../nudges/plan-nudges.ts';
import type { Occurrence } from '../nudges/recurrence-occurrences.ts';
import { owedOccurrences, type ReportHistory } from '../status/owed-deadline.ts';

export interface RecurringNudgesInput {
  taskId: string;
  unitId: string;
  recurrence: Recurrence;
  /** when the unit reported on the duty: each report covers one occurrence */
  history: ReportHistory;
  today: string;
  calendar?: WorkCalendar;
  policy?: Partial<NudgePolicy>;
  boundary?: BeforeBoundary;
  /** the unit owes only occurrences due after this instant (when it was given the duty, or the duty starts) */
  owedFrom?: Date | null;
}

export interface RecurringNudge extends PlannedNudge {
  occurrence: Occurrence;
}

/** How far around today occurrences can still owe a nudge (before: 3 working days; after: overdue cap and escalation). */
const LOOK_BACK_DAYS = 45;
const LOOK_AHEAD_DAYS = 20;

export function planRecurringNudges(input: RecurringNudgesInput): RecurringNudge[] {
  const calendar = input.calendar ?? vietnamCalendar;
  const from = addDays(input.today, -LOOK_BACK_DAYS);
  const to = addDays(input.today, LOOK_AHEAD_DAYS);
  const owed = owedOccurrences(input.recurrence, { history: input.history, owedFrom: input.owedFrom ?? null }, input.today, input.boundary).filter(
    (o) => o.dueDate >= from && o.dueDate <= to,
  );
  const nudges: RecurringNudge[] = [];
  for (const { reportedAt, ...occurrence } of owed) {
    const planned = planNudges({
      taskId: `${input.taskId}@${occurrence.key}`,
      unitId: input.unitId,
      due: occurrence.due,
      status: reportedAt ? 'done' : 'not_started',
      today: input.today,
      calendar,
      ...(input.policy ? { policy: input.policy } : {}),
    });
    for (const nudge of planned) nudges.push({ ...nudge, occurrence });
  }
  return nudges;
}
