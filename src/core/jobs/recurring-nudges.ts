/**
 * Nudges for a recurring duty ("báo cáo trước ngày 20 hằng tháng"): each occurrence is nudged like a task
 * with its own deadline, until the unit reports for it. An occurrence counts as reported when the unit
 * reported after the previous occurrence's due (a report made for last month does not cover this one).
 */
import { addDays } from '../time/local-date.ts';
import { type WorkCalendar, vietnamCalendar } from '../time/work-calendar.ts';
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import { type NudgePolicy, type PlannedNudge, planNudges } from '../nudges/plan-nudges.ts';
import { listOccurrences, type Occurrence } from '../nudges/recurrence-occurrences.ts';

export interface RecurringNudgesInput {
  taskId: string;
  unitId: string;
  recurrence: Recurrence;
  lastReportAt: Date | null;
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

export function isOccurrenceReported(previousDue: Date | null, lastReportAt: Date | null): boolean {
  if (!lastReportAt) return false;
  return previousDue === null || lastReportAt.getTime() > previousDue.getTime();
}

export function planRecurringNudges(input: RecurringNudgesInput): RecurringNudge[] {
  const calendar = input.calendar ?? vietnamCalendar;
  // A year back so that the first occurrence in the window also knows its predecessor.
  const occurrences = listOccurrences(input.recurrence, { from: addDays(input.today, -400), to: addDays(input.today, LOOK_AHEAD_DAYS) }, input.boundary);
  const earliest = addDays(input.today, -LOOK_BACK_DAYS);
  const nudges: RecurringNudge[] = [];
  occurrences.forEach((occurrence, index) => {
    if (occurrence.dueDate < earliest) return;
    // A plan issued on 01/03 does not make January's and February's reports overdue.
    if (input.owedFrom && occurrence.due.getTime() <= input.owedFrom.getTime()) return;
    const previousDue = index > 0 ? occurrences[index - 1]!.due : null;
    const reported = isOccurrenceReported(previousDue, input.lastReportAt);
    const planned = planNudges({
      taskId: `${input.taskId}@${occurrence.key}`,
      unitId: input.unitId,
      due: occurrence.due,
      status: reported ? 'done' : 'not_started',
      today: input.today,
      calendar,
      ...(input.policy ? { policy: input.policy } : {}),
    });
    for (const nudge of planned) nudges.push({ ...nudge, occurrence });
  });
  return nudges;
}
