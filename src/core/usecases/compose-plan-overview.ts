import { bucketTasks } from '../digest/bucket-tasks.ts';
import { daysLeftText } from '../digest/wording.ts';
import { t } from '../i18n/translate.ts';
import type { Locale, PlanRecord, TaskRecord } from '../model/records.ts';
import { formatDateVi } from '../time/zone.ts';
import { toDigestTasks } from './to-digest-tasks.ts';

/** `/kehoach`: each active plan with its phases (dates, days left) and task counts per bucket. */
export function composePlanOverview(plans: readonly PlanRecord[], tasks: readonly TaskRecord[], now: Date, locale: Locale): string {
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
          left: phase.endAt.getTime() < now.getTime() ? t(locale, 'plan.phase_ended') : daysLeftText(phase.endAt, now, locale),
        }),
      );
    }
    const rows = toDigestTasks(
      tasks.filter((task) => task.planId === plan.id),
      undefined,
      true,
    );
    const { counts } = bucketTasks(rows, now);
    lines.push(
      t(locale, 'plan.counts', {
        total: rows.length,
        overdue: counts.overdue,
        due_soon: counts.due_soon,
        in_progress: counts.in_progress,
        not_started: counts.not_started,
        awaiting: counts.awaiting_confirmation,
        done_on_time: counts.done_on_time,
        done_late: counts.done_late,
      }),
    );
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}
