/**
 * The "Trạng thái" line of a task's card and /chitiet. A recurring duty's line describes the occurrence
 * owed now, the one its due line names: once an earlier occurrence's "done" was reported or confirmed,
 * the owed one is "Chưa thực hiện" (a "done" settles only its own occurrence), and that earlier verdict
 * is labelled with its own period, never read as the owed one's ("Hoàn thành đúng hạn 100% · Quá hạn").
 */
import { percentText, stateLabel } from '../digest/wording.ts';
import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { isDueSoon } from '../status/days-to-due.ts';
import { isDoneState, type TaskView } from '../status/derive-task-state.ts';
import { isPastDue } from '../status/owed-deadline.ts';
import { partsOwing } from '../status/owing-units.ts';
import { periodLabel } from '../time/period-label.ts';

type StatusView = Pick<TaskView, 'state' | 'percent' | 'due' | 'occurrence' | 'doneOccurrence'> & {
  task: Pick<TaskView['task'], 'recurrence'>;
  /** a whole task's parts: a period the lead reported is not done while another unit still owes it */
  parts?: TaskView['parts'];
};

/** " · Quá hạn" for the owed occurrence, as its due line counts it. */
function owedTimeliness(due: Date, now: Date, locale: Locale): string {
  const key = isPastDue(due, now) ? 'detail.overdue' : isDueSoon(due, now) ? 'detail.due_soon' : 'detail.on_time';
  return ` · ${t(locale, key)}`;
}

/**
 * A recurring duty's status line for the occurrence it owes now; null for a one-off task or a duty that
 * owes none (callers keep the plain line). `withTimeliness`: the live "Quá hạn / Trong hạn" (/chitiet);
 * the card leaves it to its due line ("— đã quá hạn" once past, edited by the card-deadlines job).
 */
export function occurrenceStatusLine(view: StatusView, now: Date, locale: Locale, withTimeliness: boolean): string | null {
  if (!view.task.recurrence || !view.occurrence || !view.due) return null;
  // the state is a "done" of an earlier occurrence (the one owed now has none yet)
  const reported = isDoneState(view.state) || view.state === 'awaiting_confirmation';
  const settledEarlier = reported && view.doneOccurrence !== view.occurrence;
  // the lead reported the period owed now, another unit has not (QA5 #4): not "Hoàn thành … · Quá hạn"
  if (reported && !settledEarlier && view.parts && partsOwing({ parts: view.parts }, view.occurrence, now).length > 0) {
    return t(locale, 'detail.status_occurrence', {
      period: periodLabel(view.occurrence, locale),
      status: t(locale, 'detail.status_not_done'),
      percent: '',
      timeliness: withTimeliness ? owedTimeliness(view.due, now, locale) : '',
      settled: t(locale, 'detail.status_lead_reported', { status: stateLabel(view.state, locale) }),
    });
  }
  const settled =
    settledEarlier && view.doneOccurrence
      ? t(locale, 'detail.status_settled', { period: periodLabel(view.doneOccurrence, locale), status: stateLabel(view.state, locale) })
      : '';
  return t(locale, 'detail.status_occurrence', {
    period: periodLabel(view.occurrence, locale),
    status: stateLabel(settledEarlier ? 'not_started' : view.state, locale),
    percent: settledEarlier ? '' : percentText(view.percent),
    timeliness: withTimeliness ? owedTimeliness(view.due, now, locale) : '',
    settled,
  });
}
