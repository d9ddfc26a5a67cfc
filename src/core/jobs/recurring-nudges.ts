/**
 * Nudges for a recurring duty ("báo cáo trước ngày 20 hằng tháng"): each occurrence the unit owes is
 * nudged like a task with its own deadline, until the unit reports for it. Which occurrences are owed
 * and reported is decided in status/owed-deadline.ts, the rule every view reads too.
 *
 * While an earlier occurrence is overdue, a "done" would settle that one, not the next: so every nudge
 * of the day names the occurrence owed now (currentOccurrence, what /chitiet and /quahan name), never a
 * later month, and the unit gets one such nudge a day.
 */
import { addDays, endInstant, localDateParts } from '../time/local-date.ts';
import { addWorkingDays, type WorkCalendar, vietnamCalendar, workingDaysBetween } from '../time/work-calendar.ts';
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import { DEFAULT_NUDGE_POLICY, type NudgePolicy, nudgeSlotKey, type PlannedNudge, planNudges } from '../nudges/plan-nudges.ts';
import type { Occurrence } from '../nudges/recurrence-occurrences.ts';
import { currentOccurrence, isPastDue, type OwedOccurrence, owedOccurrences, type ReportHistory } from '../status/owed-deadline.ts';

export interface RecurringNudgesInput {
  taskId: string;
  unitId: string;
  recurrence: Recurrence;
  /** when the unit reported on the duty: each report covers one occurrence */
  history: ReportHistory;
  today: string;
  /** when the nudges are planned (the views' "now"); default: the end of `today` */
  now?: Date;
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

/**
 * A later occurrence's nudge turned to the overdue occurrence still owed: one overdue reminder naming it.
 * An escalation keeps the owed occurrence's own escalation day, so whichever later occurrence's schedule
 * brings it up (this month's, next month's…), that occurrence is escalated once, not again each month.
 */
function aimedAt(nudge: PlannedNudge, owed: Occurrence, input: RecurringNudgesInput, calendar: WorkCalendar): PlannedNudge {
  const taskId = `${input.taskId}@${owed.key}`;
  const workingDaysOverdue = workingDaysBetween(owed.dueDate, input.today, calendar);
  if (nudge.target === 'steering') {
    const { escalateAfterWorkingDays } = { ...DEFAULT_NUDGE_POLICY, ...input.policy };
    const date = addWorkingDays(owed.dueDate, escalateAfterWorkingDays, calendar);
    return { ...nudge, date, slotKey: nudgeSlotKey(taskId, input.unitId, 'escalate', date), workingDaysOverdue };
  }
  return { kind: 'overdue', target: 'unit', date: nudge.date, slotKey: nudgeSlotKey(taskId, input.unitId, 'overdue', nudge.date), workingDaysOverdue };
}

export function planRecurringNudges(input: RecurringNudgesInput): RecurringNudge[] {
  const calendar = input.calendar ?? vietnamCalendar;
  const now = input.now ?? endInstant(localDateParts(input.today));
  const from = addDays(input.today, -LOOK_BACK_DAYS);
  const to = addDays(input.today, LOOK_AHEAD_DAYS);
  const all = owedOccurrences(input.recurrence, { history: input.history, owedFrom: input.owedFrom ?? null }, input.today, input.boundary);
  // the one occurrence every view says is owed; when it is overdue, the day's nudges are about it
  const owedNow = currentOccurrence(all, now);
  const behind = owedNow && isPastDue(owedNow.due, now) ? owedNow : null;
  const nudges: RecurringNudge[] = [];
  const seen = new Set<string>();
  for (const { reportedAt, ...occurrence } of all.filter((o) => o.dueDate >= from && o.dueDate <= to)) {
    const planned = planNudges({
      taskId: `${input.taskId}@${occurrence.key}`,
      unitId: input.unitId,
      due: occurrence.due,
      status: reportedAt ? 'done' : 'not_started',
      today: input.today,
      calendar,
      ...(input.policy ? { policy: input.policy } : {}),
    });
    for (const nudge of planned) {
      const aim = behind && behind.key !== occurrence.key ? behind : null;
      const final = aim ? { ...aimedAt(nudge, aim, input, calendar), occurrence: aim } : { ...nudge, occurrence };
      // while one is behind: one unit nudge a day about it, and each escalation once
      const key = behind && final.target === 'unit' ? `unit:${final.date}` : final.slotKey;
      if (seen.has(key)) continue;
      seen.add(key);
      nudges.push(final);
    }
  }
  return nudges;
}

/** The escalations of a duty's units, each with the units it names (the unit's own assignment first). */
export interface EscalationCompanion<U> {
  nudge: RecurringNudge;
  unit: U;
}

/**
 * An escalation of an occurrence names every unit that still owes it: a unit whose nudges of the day are
 * about an earlier occurrence it owes (so it has no escalation of its own for this one) is behind on this
 * one too (QA5 #12). For each unit's escalation, the other units that owe its occurrence at `now` and
 * have no escalation of it that day.
 */
export function escalationCompanions<U>(
  units: readonly { unit: U; owed: readonly OwedOccurrence[]; planned: readonly RecurringNudge[] }[],
  now: Date,
): EscalationCompanion<U>[] {
  const escalated = (planned: readonly RecurringNudge[], key: string, date: string) =>
    planned.some((n) => n.kind === 'escalate' && n.occurrence.key === key && n.date === date);
  const out: EscalationCompanion<U>[] = [];
  const seen = new Set<string>();
  for (const { planned } of units) {
    for (const nudge of planned) {
      if (nudge.kind !== 'escalate' || seen.has(`${nudge.occurrence.key}|${nudge.date}`)) continue;
      seen.add(`${nudge.occurrence.key}|${nudge.date}`);
      for (const other of units) {
        if (escalated(other.planned, nudge.occurrence.key, nudge.date)) continue;
        const owes = other.owed.some((o) => o.key === nudge.occurrence.key && (o.reportedAt === null || o.reportedAt.getTime() > now.getTime()));
        if (owes) out.push({ nudge, unit: other.unit });
      }
    }
  }
  return out;
}
