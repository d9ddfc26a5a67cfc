import { bucketTasks } from '../digest/bucket-tasks.ts';
import { taskRow } from '../digest/digest-rows.ts';
import { phaseLeftText } from '../digest/wording.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale, PlanRecord } from '../model/records.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { formatDateVi } from '../time/zone.ts';
import { isOverdueOpen, withOverdueBucket } from '../status/overdue-open.ts';
import { overdueEntriesOf, overdueFiguresOf } from '../status/overdue-periods.ts';
import { overdueFiguresLine } from '../digest/overdue-figures-line.ts';

/** `/kehoach`: each active plan with its phases (dates, days left) and its tasks counted per bucket (each task once). */
export function composePlanOverview(plans: readonly PlanRecord[], views: readonly TaskView[], now: Date, locale: Locale): string {
  if (plans.length === 0) return t(locale, 'plan.none');
  const parts: string[] = [];
  for (const plan of plans) {
    const lines = [t(locale, 'plan.header', { number: plan.number, title: plan.title })];
    for (const phase of plan.phases) {
      if (!phase.endAt) continue;
      lines.push(
        t(locale, 'plan.phase', {
          name: phase.name,
          start: phase.startAt ? formatDateVi(phase.startAt) : '…',
          end: formatDateVi(phase.endAt),
          left: phaseLeftText(phase.endAt, now, locale),
        }),
      );
    }
    // a "done" reported late and awaiting confirmation is counted overdue, as /quahan and /baocao list it
    // (each task once); "chờ xác nhận" still counts it, as /nhiemvu and the digests list it, and says so
    const planViews = views.filter((v) => v.task.planId === plan.id);
    const own = planViews.map(taskRow);
    const rows = own.map(withOverdueBucket);
    const { counts } = bucketTasks(rows);
    const lateAwaiting = own.filter((r) => r.listBucket === 'awaiting_confirmation' && isOverdueOpen(r)).length;
    lines.push(
      t(locale, 'plan.counts', {
        total: rows.length,
        overdue: counts.overdue,
        due_soon: counts.due_soon,
        blocked: counts.blocked,
        returned: counts.returned,
        in_progress: counts.in_progress,
        not_started: counts.not_started,
        awaiting: counts.awaiting_confirmation + lateAwaiting,
        awaiting_late: lateAwaiting > 0 ? html(t(locale, 'plan.counts_awaiting_late', { count: lateAwaiting })) : '',
        done_on_time: counts.done_on_time,
        done_late: counts.done_late,
        // neither on time nor late: its own count, shown when a plan has such a task done
        no_deadline: counts.done_no_deadline > 0 ? html(t(locale, 'plan.counts_no_deadline', { count: counts.done_no_deadline })) : '',
      }),
    );
    // a recurring duty owes an entry per unit and period: the figures /quahan prints when entries outnumber tasks
    const figures = overdueFiguresLine(overdueFiguresOf(overdueEntriesOf(planViews, now)), locale);
    if (figures) lines.push(figures);
    // The same count of unresolved blockers as the digests, /nhiemvu and /baocao section IV (any bucket).
    const blockers = planViews.reduce((n, v) => n + v.blockers.length, 0);
    // None open: the line would only warn about nothing.
    if (blockers > 0) lines.push(t(locale, 'plan.blockers', { blockers, tasks: planViews.filter((v) => v.blockers.length > 0).length }));
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}
