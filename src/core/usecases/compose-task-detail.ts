import { t } from '../i18n/translate.ts';
import type { Locale, ReportRecord, TaskRecord } from '../model/records.ts';
import { escapeHtml } from '../text/html.ts';
import { judgeTimeliness } from '../status/task-status.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { dueLine } from './compose-task-message.ts';
import { timelinessLabel } from './confirm-completion.ts';
import { statusLabel } from './status-label.ts';

export interface DeadlineChangeView {
  at: Date;
  from: Date | null;
  to: Date | null;
  reason: string | null;
}

export interface TaskDetailInput {
  task: TaskRecord;
  reports: readonly ReportRecord[];
  evidenceCount: number;
  deadlineChanges: readonly DeadlineChangeView[];
  now: Date;
  locale: Locale;
}

const pct = (percent: number | null) => (percent === null ? '' : ` ${percent}%`);

/** `/chitiet <mã>`: the task, its units, the plan clause and its history. */
export function composeTaskDetail({ task, reports, evidenceCount, deadlineChanges, now, locale }: TaskDetailInput): string {
  const timeliness = judgeTimeliness({ status: task.status, due: task.dueAt, now, doneReportedAt: task.doneReportedAt });
  const lines = [
    t(locale, 'task.header', { title: task.title }),
    `<code>${escapeHtml(task.code)}</code> · ${t(locale, 'task.plan', { plan: task.planNumber, phase: task.phaseName ? ` · ${task.phaseName}` : '' })}`,
    dueLine(task, now, locale),
    t(locale, 'detail.status', { status: statusLabel(task.status, locale), percent: pct(task.percent), timeliness: timelinessLabel(timeliness, locale) }),
    '',
    t(locale, 'detail.units'),
    ...task.assignments.map((a) =>
      t(locale, 'detail.unit_line', {
        unit: a.unitName,
        role: t(locale, a.role === 'lead' ? 'role.lead' : 'role.support'),
        status: statusLabel(a.status, locale),
        percent: pct(a.percent),
        last: a.lastReportAt ? ` (${formatDateVi(a.lastReportAt)})` : '',
      }),
    ),
  ];
  const clause = task.sourceClause ?? task.body;
  if (clause) {
    lines.push('', t(locale, 'detail.source', { section: task.section ? ` (${task.section})` : '' }), `<blockquote>${escapeHtml(clause)}</blockquote>`);
  }
  lines.push('', reports.length ? t(locale, 'detail.history') : t(locale, 'detail.no_history'));
  for (const r of reports.slice(0, 10)) {
    lines.push(
      t(locale, 'detail.history_line', {
        at: formatDateTimeVi(r.createdAt),
        unit: r.unitCode,
        who: r.reporterName ?? r.reporterId,
        status: statusLabel(r.status, locale),
        percent: pct(r.percent),
        note: r.note ? ` — ${r.note}` : '',
      }) + (r.retractsReportId !== null ? t(locale, 'detail.retracted') : ''),
    );
  }
  lines.push('', t(locale, 'detail.evidence', { count: evidenceCount }));
  if (deadlineChanges.length) {
    lines.push(t(locale, 'detail.deadline_changes'));
    for (const c of deadlineChanges) {
      lines.push(
        t(locale, 'detail.deadline_line', {
          at: formatDateVi(c.at),
          from: c.from ? formatDateVi(c.from) : '—',
          to: c.to ? formatDateVi(c.to) : '—',
          reason: c.reason ?? '',
        }),
      );
    }
  }
  return lines.join('\n');
}
