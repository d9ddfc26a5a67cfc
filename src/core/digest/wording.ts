/** Shared phrases of digests and reports, Vietnamese first. */
import { vietnamCalendar, type WorkCalendar, workingDaysBetween } from '../time/work-calendar.ts';
import type { TaskState } from '../status/derive-task-state.ts';
import type { ReportedTimeliness } from '../status/reported-timeliness.ts';
import { dueDistance, dueDistanceText } from '../status/days-to-due.ts';
import { formatDateVi, localDateKey } from '../time/zone.ts';
import type { Locale } from './types.ts';

/** A phase's end by the deadlines' count of days: "còn 12 ngày", "kết thúc hôm nay", "đã kết thúc". */
export function phaseLeftText(end: Date, now: Date, locale: Locale): string {
  const vi = locale === 'vi';
  const distance = dueDistance(end, now);
  if (distance.kind === 'overdue') return vi ? 'đã kết thúc' : 'ended';
  if (distance.kind === 'due_today') return vi ? 'kết thúc hôm nay' : 'ends today';
  return dueDistanceText(end, now, locale);
}

export function dueText(due: Date | null, now: Date, locale: Locale): string {
  if (!due) return locale === 'vi' ? 'không có hạn' : 'no deadline';
  return `${locale === 'vi' ? 'hạn' : 'due'} ${formatDateVi(due)} (${dueDistanceText(due, now, locale)})`;
}

/** "báo hoàn thành 20/02/2023, đúng hạn" / "reported done 20/02/2023, 3 days late"; no verdict without a deadline. */
export function reportedDoneText(judged: ReportedTimeliness, locale: Locale): string {
  const reported = `${locale === 'vi' ? 'báo hoàn thành' : 'reported done'} ${formatDateVi(judged.reportedAt)}`;
  return judged.lateDays === null ? reported : `${reported}, ${lateDaysText(judged.lateDays, locale)}`;
}

/** "đúng hạn" / "trễ 3 ngày" ("on time" / "3 days late"): a report judged against its deadline. */
export function lateDaysText(late: number, locale: Locale): string {
  const vi = locale === 'vi';
  return late === 0 ? (vi ? 'đúng hạn' : 'on time') : vi ? `trễ ${late} ngày` : `${late} ${late === 1 ? 'day' : 'days'} late`;
}

/** The deadline of a task reported done, judged at the report: "hạn 28/02/2023 · báo hoàn thành 20/02/2023, đúng hạn". */
export function reportedDueText(due: Date | null, judged: ReportedTimeliness, locale: Locale): string {
  const deadline = due ? `${locale === 'vi' ? 'hạn' : 'due'} ${formatDateVi(due)}` : locale === 'vi' ? 'không có hạn' : 'no deadline';
  return `${deadline} · ${reportedDoneText(judged, locale)}`;
}

export function roleText(role: 'lead' | 'support', locale: Locale): string {
  if (locale === 'vi') return role === 'lead' ? 'chủ trì' : 'phối hợp';
  return role === 'lead' ? 'lead' : 'supporting';
}

export function lastReportText(lastReportAt: Date | null, locale: Locale): string {
  if (!lastReportAt) return locale === 'vi' ? 'chưa báo cáo lần nào' : 'never reported';
  return `${locale === 'vi' ? 'báo cáo gần nhất' : 'last report'} ${formatDateVi(lastReportAt)}`;
}

/** "từ 03/06/2023, 2 ngày làm việc" — how long a blocker has waited, in working days. */
export function blockerAgeText(since: Date, now: Date, locale: Locale, calendar: WorkCalendar = vietnamCalendar): string {
  const days = Math.max(workingDaysBetween(localDateKey(since), localDateKey(now), calendar), 0);
  if (locale === 'vi') return `từ ${formatDateVi(since)}, ${days === 0 ? 'trong ngày hôm nay' : `${days} ngày làm việc`}`;
  return `since ${formatDateVi(since)}, ${days === 0 ? 'today' : `${days} working ${days === 1 ? 'day' : 'days'}`}`;
}

export const STATE_LABEL_VI: Record<TaskState, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  blocked: 'Vướng mắc',
  returned: 'Bị trả lại',
  awaiting_confirmation: 'Chờ xác nhận',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  done_no_deadline: 'Hoàn thành (không có hạn)',
};

export const STATE_LABEL_EN: Record<TaskState, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  blocked: 'Blocked',
  returned: 'Returned',
  awaiting_confirmation: 'Awaiting confirmation',
  done_on_time: 'Done on time',
  done_late: 'Done late',
  done_no_deadline: 'Done (no deadline)',
};

/** The state's label; a task done with no deadline has its own state ("Hoàn thành (không có hạn)"), never "đúng hạn". */
export function stateLabel(state: TaskState, locale: Locale): string {
  return (locale === 'en' ? STATE_LABEL_EN : STATE_LABEL_VI)[state];
}

/**
 * A unit's part as every view names it (card, /chitiet, /nhiemvu, digests, answers): its state, or, for
 * a supporting unit whose part was closed by the lead's confirmed "done" without one of its own, that
 * the task was done as the lead reported and the unit did not report its part done (QA10 #3).
 */
export function partStateLabel(part: { state: TaskState; closedByLead?: boolean }, locale: Locale): string {
  if (!part.closedByLead) return stateLabel(part.state, locale);
  const state = stateLabel(part.state, locale);
  return locale === 'en'
    ? `Task ${state.charAt(0).toLowerCase()}${state.slice(1)} as the lead reported; this unit did not report its part done`
    : `Nhiệm vụ ${state.charAt(0).toLowerCase()}${state.slice(1)} theo báo cáo của đơn vị chủ trì; đơn vị không báo hoàn thành phần phối hợp`;
}

/**
 * " (2 theo báo cáo của đơn vị chủ trì, đơn vị không báo hoàn thành)": how many of a unit's done parts were
 * closed by the lead's confirmed "done" (partStateLabel), written after the count of done parts wherever one
 * is shown (unit digest, /baocao, .docx, .xlsx); nothing when there are none.
 */
export function closedByLeadCountNote(count: number, locale: Locale): string {
  if (count === 0) return '';
  return locale === 'en'
    ? ` (${count} as the lead reported, not reported done by this unit)`
    : ` (${count} theo báo cáo của đơn vị chủ trì, đơn vị không báo hoàn thành)`;
}

/** A percent as every view writes it after a status ("Đang thực hiện 40%"): nothing when unknown. */
export function percentText(percent: number | null): string {
  return percent === null ? '' : ` ${percent}%`;
}
