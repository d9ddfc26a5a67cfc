import { periodLabel } from '../time/period-label.ts';
/** One task as a line of an HTML digest; all user text escaped. */
import { t } from '../i18n/translate.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';
import type { Blocker } from '../status/derive-task-state.ts';
import { excerpt } from '../text/excerpt.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateVi } from '../time/zone.ts';
import type { DigestTask, Locale } from './types.ts';
import { isDoneState } from '../status/derive-task-state.ts';
import { blockerAgeText, dueText, lastReportText, partStateLabel, percentText, reportedDueText, roleText, stateLabel } from './wording.ts';
import { reportedTimeliness } from '../status/reported-timeliness.ts';

export interface LineOptions {
  /** plan-level lists: name the unit after the title */
  showUnit?: boolean;
  /** the list mixes tasks of several active plans: name each task's plan (QA14 #11) */
  showPlan?: boolean;
  calendar?: WorkCalendar;
}

/** Whether a list holds tasks of more than one plan, so each line names its plan. */
export function spansPlans(rows: readonly Pick<DigestTask, 'planNumber'>[]): boolean {
  return new Set(rows.map((row) => row.planNumber)).size > 1;
}

/** "⚠️ Vướng mắc (Công an Phường 5, từ 03/06/2023, 2 ngày làm việc): thiếu kinh phí" */
/** Longest blocker reason a line quotes: every view keeps a long reason to a glance (the report keeps the whole of it). */
export const BLOCKER_NOTE_MAX = 160;

export function blockerLineHtml(
  blocker: Blocker,
  now: Date,
  locale: Locale,
  options: { showUnit: boolean; calendar?: WorkCalendar /** false: only the date it began (a task card, not edited each day) */; age?: boolean },
): string {
  const vi = locale === 'vi';
  const who = options.showUnit ? `${escapeHtml(blocker.unitShortName)}, ` : '';
  const note = blocker.note ? escapeHtml(excerpt(blocker.note, BLOCKER_NOTE_MAX)) : vi ? '(chưa nêu lý do)' : '(no reason given)';
  const since = options.age === false ? `${vi ? 'từ' : 'since'} ${formatDateVi(blocker.since)}` : blockerAgeText(blocker.since, now, locale, options.calendar);
  return `⚠️ ${vi ? 'Vướng mắc' : 'Blocker'} (${who}${since}): ${note}`;
}

export function taskLineHtml(task: DigestTask, now: Date, locale: Locale, options: LineOptions = {}): string {
  const details: string[] = options.showPlan ? [t(locale, 'line.plan', { plan: escapeHtml(task.planNumber) })] : [];
  // a recurring duty's owed occurrence is named with the units that owe it
  const named = options.showUnit && task.owedBy?.length ? task.owedBy : [{ unitShortName: task.unitShortName, role: task.role }];
  if (options.showUnit) details.push(named.map((u) => `${escapeHtml(u.unitShortName)} (${roleText(u.role, locale)})`).join(', '));
  else if (task.role === 'support') details.push(roleText(task.role, locale));
  // a "done" is shown against the deadline it answered to: a recurring duty's, the occurrence it settled
  const judged = reportedTimeliness(task);
  details.push(judged ? reportedDueText(judged.due, judged, locale) : dueText(task.due, now, locale));
  // a recurring duty listed by a "done" of an earlier period also names the period owed now, as its card does (QA5 #6)
  if (judged?.occurrence && task.occurrence && task.occurrence !== judged.occurrence && task.due) {
    details.push(t(locale, 'line.owed_next', { period: periodLabel(task.occurrence, locale), due: dueText(task.due, now, locale) }));
  }
  if (task.closedByLead) details.push(partStateLabel(task, locale));
  if (task.percent !== null) details.push(`${task.percent}%`);
  if (task.state === 'returned') details.push(locale === 'vi' ? 'bị trả lại' : 'returned');
  const occurrence = judged ? judged.occurrence : task.occurrence;
  const period = occurrence ? t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) }) : '';
  let line = `• <b>${escapeHtml(task.code)}</b> ${escapeHtml(task.title)}${period} — ${details.join(' · ')}`;
  const showBlockerUnit = options.showUnit === true || task.blockers.some((b) => b.unitCode !== task.unitCode);
  for (const support of task.supportParts ?? []) {
    line += `\n  ${t(locale, 'line.support_part', { unit: support.unitShortName, status: stateLabel(support.state, locale), percent: isDoneState(support.state) ? '' : percentText(support.percent) })}`;
  }
  if (task.leadPart) line += `\n  ${t(locale, 'line.lead_part', { unit: task.leadPart.unitShortName, status: stateLabel(task.leadPart.state, locale) })}`;
  for (const blocker of task.blockers) {
    line += `\n  ${blockerLineHtml(blocker, now, locale, { showUnit: showBlockerUnit, ...(options.calendar ? { calendar: options.calendar } : {}) })}`;
  }
  return line;
}

export function silentTaskLineHtml(task: DigestTask, locale: Locale): string {
  return `• <b>${escapeHtml(task.code)}</b> ${escapeHtml(task.title)} — ${lastReportText(task.lastReportAt, locale)}`;
}
